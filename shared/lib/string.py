# string: the character classes, capwords, Template and Formatter.
__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace',
           'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


class Template:
    """$-substitution: $name, ${name}, $$ for a dollar."""
    delimiter = '$'
    idpattern = None
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)

    @staticmethod
    def _is_ident_start(ch):
        return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')

    @staticmethod
    def _is_ident_char(ch):
        return ch == '_' or ch.isalnum() and ch.isascii()

    def _scan(self):
        # yields ('text', s) | ('escaped',) | ('named', name, start)
        #        | ('invalid', start)
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        text_start = 0
        while i < n:
            if not t.startswith(d, i):
                i += 1
                continue
            if text_start < i:
                yield ('text', t[text_start:i])
            start = i
            j = i + len(d)
            if t.startswith(d, j):
                yield ('escaped',)
                i = j + len(d)
            elif j < n and t[j] == '{':
                k = j + 1
                if k < n and self._is_ident_start(t[k]):
                    m = k + 1
                    while m < n and self._is_ident_char(t[m]):
                        m += 1
                    if m < n and t[m] == '}':
                        yield ('named', t[k:m], start)
                        i = m + 1
                        text_start = i
                        continue
                yield ('invalid', start)
                i = j
            elif j < n and self._is_ident_start(t[j]):
                m = j + 1
                while m < n and self._is_ident_char(t[m]):
                    m += 1
                yield ('named', t[j:m], start)
                i = m
            else:
                yield ('invalid', start)
                i = j
            text_start = i
        if text_start < n:
            yield ('text', t[text_start:])

    def _invalid(self, start):
        start += len(self.delimiter)  # counted from just after the delimiter
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _subst(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged
        out = []
        for part in self._scan():
            kind = part[0]
            if kind == 'text':
                out.append(part[1])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                name = part[1]
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self.template[part[2]:self._end_of(part[2])])
                else:
                    out.append(str(mapping[name]))
            else:
                if safe:
                    out.append(self.delimiter)
                else:
                    self._invalid(part[1])
        return ''.join(out)

    def _end_of(self, start):
        t = self.template
        j = start + len(self.delimiter)
        if t[j] == '{':
            return t.index('}', j) + 1
        m = j + 1
        while m < len(t) and self._is_ident_char(t[m]):
            m += 1
        return m

    def substitute(self, mapping=None, /, **kws):
        return self._subst(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._subst(mapping, kws, True)

    def is_valid(self):
        return all(p[0] != 'invalid' for p in self._scan())

    def get_identifiers(self):
        ids = []
        for p in self._scan():
            if p[0] == 'named' and p[1] not in ids:
                ids.append(p[1])
        return ids


class Formatter:
    """str.format as a class whose steps can be overridden."""
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used, depth, auto=None):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        if auto is None:
            auto = [0]
        out = []
        for literal, field, spec, conv in self.parse(format_string):
            if literal:
                out.append(literal)
            if field is None:
                continue
            if field == '':
                if auto[0] is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field = str(auto[0])
                auto[0] += 1
            elif field.isdigit():
                if auto[0]:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto[0] = False
            obj, key = self.get_field(field, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conv)
            spec = self._vformat(spec, args, kwargs, used, depth - 1, auto)
            out.append(self.format_field(obj, spec))
        return ''.join(out)

    def parse(self, format_string):
        s = format_string
        i = 0
        n = len(s)
        lit = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    lit.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                body = s[i + 1:j - 1]
                conv = None
                spec = ''
                k = 0
                bracket = 0
                while k < len(body):
                    ch = body[k]
                    if ch == '[':
                        bracket += 1
                    elif ch == ']':
                        bracket -= 1
                    elif bracket == 0 and ch in '!:':
                        break
                    k += 1
                name = body[:k]
                rest = body[k:]
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError('end of string while looking for conversion specifier')
                    conv = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError('expected \':\' after conversion specifier')
                if rest.startswith(':'):
                    spec = rest[1:]
                yield (''.join(lit), name, spec, conv)
                lit = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    lit.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                lit.append(c)
                i += 1
        if lit:
            yield (''.join(lit), None, None, None)

    def get_field(self, field_name, args, kwargs):
        i = 0
        n = len(field_name)
        while i < n and field_name[i] not in '.[':
            i += 1
        first = field_name[:i]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while i < n:
            if field_name[i] == '.':
                j = i + 1
                while j < n and field_name[j] not in '.[':
                    j += 1
                obj = getattr(obj, field_name[i + 1:j])
                i = j
            else:
                j = field_name.index(']', i)
                idx = field_name[i + 1:j]
                obj = obj[int(idx)] if idx.isdigit() else obj[idx]
                i = j + 1
        return obj, key

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))
