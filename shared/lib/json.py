# json - JSON encoding and decoding, as CPython's json (3.11): dumps, dump,
# loads, load, JSONEncoder, JSONDecoder and JSONDecodeError, with the
# output and error messages of CPython's C accelerated encoder and scanner
# (and of its Python encoder where CPython uses that: with indent, and in
# iterencode and dump).  The library modules are compiled into the binary
# one file each, so the encoder and decoder live in this one file.
#
# Deviations: loads and load take str, and bytes in UTF-8 only; twinpy
# cannot hold surrogates, so a string with a \uXXXX escape for a lone
# surrogate raises JSONDecodeError ('Lone surrogate ...'); nesting too deep
# (about 990 levels, as in CPython) raises RecursionError without CPython's
# ' while decoding a JSON array ...' suffix; there are no json.encoder,
# json.decoder, json.scanner and json.tool submodules (scanstring is here).
# twinpy's Counter, defaultdict, OrderedDict, namedtuples, IntEnum, IntFlag
# and StrEnum are not dict, tuple, int and str subclasses; they are encoded
# as CPython encodes them anyway.

import sys

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')
_NAN = float('nan')


# -- encoding ---------------------------------------------------------------

def _control_escapes():
    table = {}
    for n in range(32):
        table[n] = '\\u%04x' % n
    table[ord('\b')] = '\\b'
    table[ord('\f')] = '\\f'
    table[ord('\n')] = '\\n'
    table[ord('\r')] = '\\r'
    table[ord('\t')] = '\\t'
    table[ord('"')] = '\\"'
    table[ord('\\')] = '\\\\'
    return table


_ESCAPE = _control_escapes()          # what a JSON string always escapes
_ESCAPE_ASCII = dict(_ESCAPE)
_ESCAPE_ASCII[127] = '\\u007f'        # as CPython: ensure_ascii escapes DEL


def _uescape(n):
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def _encode_str(s):
    # a JSON string for s, keeping non-ASCII characters as they are
    if '"' not in s and '\\' not in s and s.isprintable():
        return '"' + s + '"'
    return '"' + s.translate(_ESCAPE) + '"'


def _encode_str_ascii(s):
    # a JSON string for s in ASCII only
    if s.isascii():
        if '"' not in s and '\\' not in s and s.isprintable():
            return '"' + s + '"'
        return '"' + s.translate(_ESCAPE_ASCII) + '"'
    table = dict(_ESCAPE_ASCII)
    for c in set(s):
        n = ord(c)
        if n > 127:
            table[n] = _uescape(n)
    return '"' + s.translate(table) + '"'


def _enum_value(o):
    # the value of an IntEnum, IntFlag or StrEnum member, or None: not int
    # or str instances in twinpy, as they are in CPython
    enum = sys.modules.get('enum')     # only if imported
    if enum is not None and isinstance(o, (enum.IntEnum, enum.IntFlag, enum.StrEnum)):
        return o.value
    return None


def _stand_in(o):
    # twinpy's Counter, defaultdict and OrderedDict are not dicts, nor its
    # namedtuples tuples, nor its IntEnum members ints; CPython encodes
    # them as objects, arrays, numbers and strings, so here they stand in
    # for the dict, tuple, int or str they hold (or None)
    value = _enum_value(o)
    if value is not None:
        return value
    cls = type(o)
    if isinstance(getattr(cls, '_fields', None), tuple) and hasattr(cls, '_make') and hasattr(cls, '_asdict'):
        return tuple(o)
    collections = sys.modules.get('collections')   # only if imported
    if collections is not None and isinstance(o, (collections.OrderedDict, collections.defaultdict,
                                                  collections.Counter)):
        d = getattr(o, '_d', None)     # the dict it holds: same id each time
        if isinstance(d, dict):
            return d
        return dict(o.items())
    return None


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_str_ascii(o)
            return _encode_str(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        enc = _Encoder(self, _one_shot and self.indent is None)
        if _one_shot:
            out = []
            enc.value(o, out, 0)
            return out
        return enc.chunks(o, 0)


class _Encoder:
    # the state of one encoding: the options of a JSONEncoder, and the
    # containers being encoded (for check_circular)

    def __init__(self, encoder, short_nan_message):
        self.markers = {} if encoder.check_circular else None
        self.strenc = _encode_str_ascii if encoder.ensure_ascii else _encode_str
        self.allow_nan = encoder.allow_nan
        self.short_nan_message = short_nan_message
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.default = encoder.default

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            if self.short_nan_message:
                raise ValueError('Out of range float values are not JSON compliant')
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def scalar(self, o):
        # the text of a str, None, bool, int or float, or None for others
        if isinstance(o, str):
            return self.strenc(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def key(self, k):
        # the text of a dict key, or None to skip it
        if isinstance(k, str):
            return self.strenc(k)
        if isinstance(k, float):
            return self.strenc(self.floatstr(k))
        if k is True:
            return '"true"'
        if k is False:
            return '"false"'
        if k is None:
            return '"null"'
        if isinstance(k, int):
            return '"' + int.__repr__(k) + '"'
        value = _enum_value(k)
        if value is not None:
            return self.key(value)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def items(self, d):
        if self.sort_keys:
            return sorted(d.items())
        return d.items()

    # one shot: append the chunks to a list

    def value(self, o, out, level):
        text = self.scalar(o)
        if text is not None:
            out.append(text)
        elif isinstance(o, (list, tuple)):
            self.list(o, out, level)
        elif isinstance(o, dict):
            self.dict(o, out, level)
        else:
            stand_in = _stand_in(o)
            if stand_in is not None:
                self.value(stand_in, out, level)
                return
            self.enter(o)
            self.value(self.default(o), out, level)
            self.leave(o)

    def list(self, lst, out, level):
        if not lst:
            out.append('[]')
            return
        self.enter(lst)
        indent = self.indent
        if indent is None:
            separator = self.item_separator
            out.append('[')
        else:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            out.append('[' + newline)
        scalar = self.scalar
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(separator)
            text = scalar(v)
            if text is not None:
                out.append(text)
            elif isinstance(v, (list, tuple)):
                self.list(v, out, level)
            elif isinstance(v, dict):
                self.dict(v, out, level)
            else:
                self.value(v, out, level)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append(']')
        self.leave(lst)

    def dict(self, d, out, level):
        if not d:
            out.append('{}')
            return
        self.enter(d)
        indent = self.indent
        if indent is None:
            separator = self.item_separator
            out.append('{')
        else:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            out.append('{' + newline)
        key_separator = self.key_separator
        scalar = self.scalar
        first = True
        for k, v in self.items(d):
            k = self.key(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                out.append(separator)
            out.append(k)
            out.append(key_separator)
            text = scalar(v)
            if text is not None:
                out.append(text)
            elif isinstance(v, (list, tuple)):
                self.list(v, out, level)
            elif isinstance(v, dict):
                self.dict(v, out, level)
            else:
                self.value(v, out, level)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append('}')
        self.leave(d)

    # iterencode: a generator of chunks

    def chunks(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.list_chunks(o, level)
        elif isinstance(o, dict):
            yield from self.dict_chunks(o, level)
        else:
            stand_in = _stand_in(o)
            if stand_in is not None:
                yield from self.chunks(stand_in, level)
                return
            self.enter(o)
            yield from self.chunks(self.default(o), level)
            self.leave(o)

    def list_chunks(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        indent = self.indent
        if indent is None:
            separator = self.item_separator
            buf = '['
        else:
            level += 1
            separator = self.item_separator + '\n' + indent * level
            buf = '[\n' + indent * level
        for v in lst:
            text = self.scalar(v)
            if text is not None:
                yield buf + text
            else:
                yield buf
                if isinstance(v, (list, tuple)):
                    yield from self.list_chunks(v, level)
                elif isinstance(v, dict):
                    yield from self.dict_chunks(v, level)
                else:
                    yield from self.chunks(v, level)
            buf = separator
        if indent is not None:
            yield '\n' + indent * (level - 1)
        yield ']'
        self.leave(lst)

    def dict_chunks(self, d, level):
        if not d:
            yield '{}'
            return
        self.enter(d)
        yield '{'
        indent = self.indent
        if indent is None:
            separator = self.item_separator
        else:
            level += 1
            separator = self.item_separator + '\n' + indent * level
            yield '\n' + indent * level
        first = True
        for k, v in self.items(d):
            k = self.key(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield k
            yield self.key_separator
            text = self.scalar(v)
            if text is not None:
                yield text
            elif isinstance(v, (list, tuple)):
                yield from self.list_chunks(v, level)
            elif isinstance(v, dict):
                yield from self.dict_chunks(v, level)
            else:
                yield from self.chunks(v, level)
        if indent is not None:
            yield '\n' + indent * (level - 1)
        yield '}'
        self.leave(d)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and
            indent is None and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and
            indent is None and separators is None and default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                       allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                       sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


# -- decoding ---------------------------------------------------------------

class JSONDecodeError(ValueError):
    # msg: the message alone; doc: the document; pos: where in it;
    # lineno and colno: pos as a line and a column, counted from 1

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WHITESPACE = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'
_CONSTANTS = {'-Infinity': -_INF, 'Infinity': _INF, 'NaN': _NAN}


def _skip(s, i):
    # the index of the first character at or after i that is not whitespace
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _ascii_copy(s):
    # s with each non-ASCII character replaced by 'x', which the grammar
    # treats alike: as a character of a string, or an error outside one
    table = {}
    for c in set(s):
        if c > '\x7f':
            table[ord(c)] = 'x'
    return s.translate(table)


class _Text:
    # the text of a document by ranges: cutting s[a:b] from a long non-ASCII
    # str takes time in proportion to a in twinpy, so the ranges are cut
    # from small blocks, cut from big blocks, cut from the document; ranges
    # asked for in order of position cut each block once
    SMALL = 4096

    def __init__(self, doc):
        self.doc = doc
        self.big_size = self.SMALL * max(16, len(doc) // (64 * self.SMALL) + 1)
        self.big_index = -1
        self.big = ''
        self.small_index = -1
        self.small = ''

    def block(self, k):
        # the small block k
        if k != self.small_index:
            start = k * self.SMALL
            j = start // self.big_size
            if j != self.big_index:
                self.big = self.doc[j * self.big_size:(j + 1) * self.big_size]
                self.big_index = j
            start -= j * self.big_size
            self.small = self.big[start:start + self.SMALL]
            self.small_index = k
        return self.small

    def text(self, a, b):
        size = self.SMALL
        pieces = []
        while a < b:
            k = a // size
            start = k * size
            end = min(b, start + size)
            pieces.append(self.block(k)[a - start:end - start])
            a = end
        if len(pieces) == 1:
            return pieces[0]
        return ''.join(pieces)


def _hex4(s, i):
    # the value of the four hex digits at s[i:i + 4], or -1
    digits = s[i:i + 4]
    if len(digits) != 4 or digits.strip(_HEX):
        return -1
    return int(digits, 16)


def scanstring(s, end, strict=True):
    # the string whose opening quote is at end - 1, and the index after
    # its closing quote
    return _scanstring(s, end, strict, None)


def _scanstring(s, end, strict, chars):
    # scanstring; where chars is not None, s is an ASCII copy of a
    # document (see _ascii_copy) and chars a _Text of the document
    begin = end - 1
    n = len(s)
    if end < 0 or end > n:
        raise ValueError('end is out of bounds')
    chunks = None
    lone = -1       # where a \u escape for a lone surrogate is (see below)
    while True:
        quote = s.find('"', end)
        if quote < 0:
            quote = n
        backslash = s.find('\\', end, quote)
        stop = quote if backslash < 0 else backslash
        if strict and stop > end and not s[end:stop].isprintable():
            for k in range(end, stop):
                if s[k] < ' ':
                    raise JSONDecodeError('Invalid control character at', s, k)
        if stop == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if chars is None:
            chunk = s[end:stop]
        else:
            chunk = chars.text(end, stop)
        if backslash < 0:
            if chunks is None:
                return chunk, quote + 1
            chunks.append(chunk)
            if lone >= 0:
                raise JSONDecodeError('Lone surrogate \\uXXXX escape (not supported by twinpy)', s, lone)
            return ''.join(chunks), quote + 1
        if chunks is None:
            chunks = []
        if chunk:
            chunks.append(chunk)
        if backslash + 1 == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[backslash + 1]
        if c != 'u':
            c = _ESCAPES.get(c)
            if c is None:
                raise JSONDecodeError('Invalid \\escape', s, backslash)
            chunks.append(c)
            end = backslash + 2
            continue
        u = backslash + 1
        end = u + 5
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
        code = _hex4(s, u + 1)
        if code < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        try:
            chunks.append(chr(code))
        except ValueError:
            # twinpy has no surrogate code points: report the first lone
            # one once the string is read (a later error in it comes first)
            if lone < 0:
                lone = u


class _Scanner:
    # scan_once(s, idx): the value at s[idx] and the index after it, or
    # StopIteration(idx) when no value starts there.  (A class, not
    # closures that call each other: twinpy does not collect cycles.)

    def __init__(self, decoder):
        self.parse_float = None if decoder.parse_float is float else decoder.parse_float
        self.parse_int = None if decoder.parse_int is int else decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook

    def scan_once(self, s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        return self.scan(s, idx, None)

    def scan(self, s, i, chars):
        # chars: None, or a _Text of the document s is an ASCII copy of
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return _scanstring(s, i + 1, self.strict, chars)
        if c == '{':
            return self.object(s, i + 1, chars)
        if c == '[':
            return self.array(s, i + 1, chars)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(s, i)

    def number(self, s, i):
        n = len(s)
        start = i
        if s[i] == '-':
            i += 1
            if i == n:
                raise StopIteration(start)
        c = s[i]
        if c == '0':
            i += 1
        elif '1' <= c <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i + 1 < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if s[j] == '-' or s[j] == '+':
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                is_float = True
                i = j
        text = s[start:i]
        if is_float:
            if self.parse_float is None:
                return float(text), i
            return self.parse_float(text), i
        if self.parse_int is None:
            return int(text), i
        return self.parse_int(text), i

    def array(self, s, i, chars):
        n = len(s)
        values = []
        while i < n and s[i] in _WHITESPACE:
            i += 1
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            # a nested array or object is parsed here, not through scan:
            # one frame a level, so nesting goes as deep as in CPython
            c = s[i] if i < n else ''
            if c == '[':
                value, i = self.array(s, i + 1, chars)
            elif c == '{':
                value, i = self.object(s, i + 1, chars)
            else:
                value, i = self.scan(s, i, chars)
            values.append(value)
            if i < n and s[i] in _WHITESPACE:
                i = _skip(s, i)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1
            if i < n and s[i] in _WHITESPACE:
                i = _skip(s, i)

    def object(self, s, i, chars):
        n = len(s)
        pairs = []
        while i < n and s[i] in _WHITESPACE:
            i += 1
        if i >= n or s[i] != '}':
            strict = self.strict
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = _scanstring(s, i + 1, strict, chars)
                if i < n and s[i] != ':':
                    i = _skip(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i += 1
                if i < n and s[i] in _WHITESPACE:
                    i = _skip(s, i)
                c = s[i] if i < n else ''
                if c == '[':
                    value, i = self.array(s, i + 1, chars)
                elif c == '{':
                    value, i = self.object(s, i + 1, chars)
                else:
                    value, i = self.scan(s, i, chars)
                pairs.append((key, value))
                if i < n and s[i] in _WHITESPACE:
                    i = _skip(s, i)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i += 1
                if i < n and s[i] in _WHITESPACE:
                    i = _skip(s, i)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i + 1


class JSONDecoder:

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        scanner = _Scanner(self)
        self.scan_once = scanner.scan_once
        self._scan = scanner.scan

    def decode(self, s):
        obj, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        # indexing a long non-ASCII str is slow in twinpy (it takes time
        # in proportion to the index), so such a document is scanned as
        # an ASCII copy, and its strings are taken from a _Text of it
        if s.isascii():
            try:
                return self._scan(s, idx, None)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
        copy = _ascii_copy(s)
        try:
            return self._scan(copy, idx, _Text(s))
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        except JSONDecodeError as err:
            if err.doc is not copy:     # from a hook
                raise
            raise JSONDecodeError(err.msg, s, err.pos) from None


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        # CPython also detects UTF-16 and UTF-32 here; twinpy's codecs are
        # utf-8, ascii and latin-1
        s = (s[3:] if s.startswith(b'\xef\xbb\xbf') else s).decode('utf-8')
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
