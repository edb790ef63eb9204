# csv - reading and writing comma-separated values, as CPython's csv module
# (3.11): reader, writer, DictReader, DictWriter, the Dialect class and the
# excel, excel_tab and unix dialects, the dialect registry, field_size_limit,
# the QUOTE_* constants, csv.Error with CPython's messages, and Sniffer.
# Written for twinpy; CPython keeps the parser in C (_csv), here the whole
# module is one Python file.
#
# The reader is a state machine fed one character at a time (a run of
# ordinary characters at once), with the states and transitions of CPython's
# parser as its behaviour shows them: quoted fields
# may span lines, escapechar, doublequote, skipinitialspace, strict and
# QUOTE_NONNUMERIC (unquoted fields become floats) work as there.
#
# Deviations: reader, writer and the validated dialect are Python classes
# (named _csv.reader, _csv.writer and _csv.Dialect, as in CPython, but
# reachable only through reader(), writer() and get_dialect()); a reader or
# writer shared between threads is not made atomic per row; where there is
# no complex type, Sniffer.has_header tells numbers from text with float()
# and a pattern for complex literals instead of complex().

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


Error.__module__ = "_csv"

_INT_MAX = 2 ** 31 - 1
_LONG_MAX = 2 ** 63 - 1
_field_limit = 128 * 1024
_dialects = {}

_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
          "quotechar", "quoting", "skipinitialspace", "strict")


# -- validated dialects -----------------------------------------------------

_MISSING = object()     # an option not given


def _char(name, value, default, none_ok):
    if value is None and none_ok:
        return None
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        if none_ok:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


# The validated dialect; defined under CPython's name Dialect (the csv.Dialect
# class below takes that module name over), since assigning a class's
# __name__ afterwards does not stick in twinpy.
class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __getattr__(self, name):
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


_Dialect = Dialect
_Dialect.__module__ = "_csv"


def _make_dialect(dialect, kw):
    for k in kw:
        if k not in _ATTRS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    if dialect is not _MISSING:
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if type(dialect) is _Dialect and not kw:
            return dialect
    vals = {}
    for name in _ATTRS:
        v = kw.get(name, _MISSING)
        if v is _MISSING and dialect is not _MISSING:
            try:
                v = getattr(dialect, name)
            except AttributeError:
                v = _MISSING
        vals[name] = v
    delimiter = _char("delimiter", vals["delimiter"], ",", False)
    v = vals["doublequote"]
    doublequote = True if v is _MISSING else bool(v)
    escapechar = _char("escapechar", vals["escapechar"], None, True)
    v = vals["lineterminator"]
    if v is _MISSING:
        lineterminator = "\r\n"
    elif v is None:
        lineterminator = None
    elif not isinstance(v, str):
        raise TypeError('"lineterminator" must be a string')
    else:
        lineterminator = v
    quotechar_given = vals["quotechar"]
    quotechar = _char("quotechar", quotechar_given, '"', True)
    v = vals["quoting"]
    if v is _MISSING:
        quoting = QUOTE_MINIMAL
    else:
        if type(v) is not int:
            raise TypeError('"quoting" must be an integer')
        if v > _INT_MAX or v < -_INT_MAX - 1:
            raise OverflowError("Python int too large to convert to C int")
        quoting = int(v)
    v = vals["skipinitialspace"]
    skipinitialspace = False if v is _MISSING else bool(v)
    v = vals["strict"]
    strict = False if v is _MISSING else bool(v)
    if quoting not in (0, 1, 2, 3):
        raise TypeError('bad "quoting" value')
    if quotechar_given is None and vals["quoting"] is _MISSING:
        quoting = QUOTE_NONE
    if quoting != QUOTE_NONE and quotechar is None:
        raise TypeError("quotechar must be set if quoting enabled")
    if lineterminator is None:
        raise TypeError("lineterminator must be set")
    d = _Dialect()
    put = object.__setattr__
    put(d, "delimiter", delimiter)
    put(d, "doublequote", doublequote)
    put(d, "escapechar", escapechar)
    put(d, "lineterminator", lineterminator)
    put(d, "quotechar", quotechar)
    put(d, "quoting", quoting)
    put(d, "skipinitialspace", skipinitialspace)
    put(d, "strict", strict)
    return d


def _split_args(args, kw):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    dialect = _MISSING
    if len(args) == 2:
        dialect = args[1]
    if "dialect" in kw:
        kw = dict(kw)
        dialect = kw.pop("dialect")
    return args[0], dialect, kw


# -- the registry -----------------------------------------------------------

def register_dialect(*args, **kw):
    """Create a mapping from a string name to a dialect class."""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    dialect = args[1] if len(args) == 2 else _MISSING
    _dialects[name] = _make_dialect(dialect, kw)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(*args, **kw):
    """Return the dialect instance associated with name."""
    if kw:
        if "name" not in kw or len(kw) > 1 or args:
            raise TypeError("get_dialect() takes exactly one argument")
        args = (kw["name"],)
    if not args:
        raise TypeError("get_dialect() missing required argument 'name' (pos 1)")
    if len(args) > 1:
        raise TypeError("get_dialect() takes exactly one argument (%d given)" % len(args))
    try:
        return _dialects[args[0]]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_dialects)


def field_size_limit(*args, **kw):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if kw:
        if list(kw) != ["new_limit"] or args:
            for k in kw:
                if k != "new_limit":
                    raise TypeError("field_size_limit() got an unexpected keyword argument '%s'" % k)
            raise TypeError("field_size_limit() got multiple values for argument 'new_limit'")
        args = (kw["new_limit"],)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if type(limit) is not int:
            raise TypeError("limit must be an integer")
        if limit > _LONG_MAX or limit < -_LONG_MAX - 1:
            raise OverflowError("Python int too large to convert to C long")
        _field_limit = limit
    return old


# -- the reader -------------------------------------------------------------

_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = ""        # fed after each line; never equal to a dialect character


class reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, it, dialect):
        self._it = it
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._flen = 0
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        s = "".join(self._field)
        self._field = []
        self._flen = 0
        if self._numeric:
            self._numeric = False
            s = float(s)
        self._fields.append(s)

    def _feed(self, line):
        # Runs the state machine over one line and then the end-of-line mark.
        # A field is kept as a list of pieces, flen counting its characters.
        d = self.dialect
        delim = d.delimiter
        quote = d.quotechar if d.quoting != QUOTE_NONE else None
        esc = d.escapechar
        skipsp = d.skipinitialspace
        state = self._state
        field = self._field
        flen = self._flen
        limit = _field_limit
        n = len(line)
        i = 0
        while i <= n:
            if i < n:
                c = line[i]
            else:
                c = _EOL
            i += 1
            save = False
            add = False
            if state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                # after an escaped line break the state is kept (CPython
                # does so), so the end of this line does not end the record
                if state == _AFTER_ESCAPED_CRNL and c == _EOL:
                    continue
                if c == "\n" or c == "\r" or c == _EOL:
                    save = True
                    state = _START_RECORD if c == _EOL else _EAT_CRNL
                elif c == esc:
                    state = _ESCAPED_CHAR
                elif c == delim:
                    save = True
                    state = _START_FIELD
                else:
                    # take the run of ordinary characters at once
                    j = i
                    while j < n:
                        ch = line[j]
                        if ch == delim or ch == esc or ch == "\n" or ch == "\r":
                            break
                        j += 1
                    k = j - i + 1
                    if flen + k > limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(line[i - 1:j])
                    flen += k
                    i = j
            elif state == _IN_QUOTED_FIELD:
                if c == _EOL:
                    pass
                elif c == esc:
                    state = _ESCAPE_IN_QUOTED_FIELD
                elif c == quote:
                    state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                else:
                    j = i
                    while j < n:
                        ch = line[j]
                        if ch == quote or ch == esc:
                            break
                        j += 1
                    k = j - i + 1
                    if flen + k > limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(line[i - 1:j])
                    flen += k
                    i = j
            else:
                if state == _START_RECORD:
                    if c == _EOL:
                        continue
                    if c == "\n" or c == "\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c == "\n" or c == "\r" or c == _EOL:
                        save = True
                        state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif c == quote:
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == " " and skipsp:
                        pass
                    elif c == delim:
                        save = True
                    else:
                        if d.quoting == QUOTE_NONNUMERIC:
                            self._numeric = True
                        add = True
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == "\n" or c == "\r":
                        add = True
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        if c == _EOL:
                            c = "\n"
                        add = True
                        state = _IN_FIELD
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    if c == _EOL:
                        c = "\n"
                    add = True
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quote:
                        add = True
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        save = True
                        state = _START_FIELD
                    elif c == "\n" or c == "\r" or c == _EOL:
                        save = True
                        state = _START_RECORD if c == _EOL else _EAT_CRNL
                    elif not d.strict:
                        add = True
                        state = _IN_FIELD
                    else:
                        self._state = state
                        raise Error("'%s' expected after '%s'" % (delim, d.quotechar))
                elif state == _EAT_CRNL:
                    if c == "\n" or c == "\r":
                        pass
                    elif c == _EOL:
                        state = _START_RECORD
                    else:
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
            if add:
                if flen >= limit:
                    raise Error("field larger than field limit (%d)" % limit)
                field.append(c)
                flen += 1
            elif save:
                self._field = field
                self._save_field()
                field = self._field
                flen = 0
        self._state = state
        self._field = field
        self._flen = flen

    def __next__(self):
        self._fields = []
        self._field = []
        self._flen = 0
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._flen or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            self._feed(line)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


_Reader = reader
_Reader.__module__ = "_csv"


def reader(*args, **kw):
    """csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    src, dialect, kw = _split_args(args, kw)
    it = iter(src)
    return _Reader(it, _make_dialect(dialect, kw))


# -- the writer -------------------------------------------------------------

class writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _field(self, s, quoted):
        # Returns the text of one field, escaped, and quoted if it must be.
        d = self.dialect
        delim = d.delimiter
        quote = d.quotechar
        esc = d.escapechar
        term = d.lineterminator
        none = d.quoting == QUOTE_NONE
        out = None
        start = 0
        for i in range(len(s)):
            c = s[i]
            if c == delim or c == esc or c == quote or c in term:
                if out is None:
                    out = []
                out.append(s[start:i])
                start = i
                want_escape = False
                if none:
                    want_escape = True
                else:
                    if c == quote:
                        if d.doublequote:
                            out.append(quote)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
        if out is not None:
            out.append(s[start:])
            s = "".join(out)
        if quoted:
            return quote + s + quote
        return s

    def writerow(self, *args):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        if len(args) != 1:
            raise TypeError("writer.writerow() takes exactly one argument (%d given)"
                            % len(args))
        row = args[0]
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        quoting = d.quoting
        parts = []
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if isinstance(field, str):
                s = field
            elif field is None:
                s = ""
            else:
                s = str(field)
            parts.append(self._field(s, quoted))
        if len(parts) == 1 and parts[0] == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


_Writer = writer
_Writer.__module__ = "_csv"


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, "__index__") or hasattr(t, "__int__")
            or hasattr(t, "__float__")) and not isinstance(x, str)


def writer(*args, **kw):
    """csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
"""
    f, dialect, kw = _split_args(args, kw)
    try:
        write = f.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    return _Writer(write, _make_dialect(dialect, kw))


# -- dialect classes --------------------------------------------------------

class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _make_dialect(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# -- dictionaries -----------------------------------------------------------

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames   # list of keys for the dict
        self.restkey = restkey          # key to catch long rows
        self.restval = restval          # default value for short rows
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # read the header line if it has not been read yet
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # a blank line gives [] from the reader; skip it
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames    # list of keys for the dict
        self.restval = restval          # for writing short dicts
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            names = self.fieldnames
            wrong = [k for k in rowdict if k not in names]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# -- the sniffer ------------------------------------------------------------

# has_header asks complex() whether a field is a number; where the
# interpreter has no complex type, a float or a complex literal (a pattern
# for complex()'s syntax) counts as one
_NUM = (r"(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)"
        r"(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)")
_COMPLEX_RE = re.compile(r"\s*(?:\(\s*)?(?:[+-]?%s)?(?:[+-](?:%s)?)?[jJ]\s*\)?\s*$"
                         % (_NUM, _NUM), re.IGNORECASE)

try:
    _complex = complex
except NameError:
    _complex = None


def _as_complex(s):
    # True when complex(s) would succeed
    if _complex is not None:
        try:
            _complex(s)
            return True
        except (ValueError, OverflowError):
            return False
    try:
        float(s)
        return True
    except ValueError:
        pass
    t = s.strip()
    if t.startswith("(") and t.endswith(")"):
        try:
            float(t[1:-1])
            return True
        except ValueError:
            pass
    return _COMPLEX_RE.match(s) is not None


class Sniffer:
    """
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    """

    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            # escapechar = ''

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # _csv.reader won't accept a quotechar of ''
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # Look for a quoted field with a delimiter or a line boundary on
        # each side; the most frequent quote and delimiter seen win.
        found = []
        for pat in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
                    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
                    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
                    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):
            rx = re.compile(pat, re.DOTALL | re.MULTILINE)
            found = list(rx.finditer(data))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        for m in found:
            gd = m.groupdict()
            q = gd.get("quote")
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            dl = gd.get("delim")
            if dl and (delimiters is None or dl in delimiters):
                delims[dl] = delims.get(dl, 0) + 1
            if gd.get("space"):
                spaces += 1
        quotechar = _most(quotes)
        if delims:
            delim = _most(delims)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':       # most likely a file with a single column
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # is a doubled quote used inside quoted fields?
        dq = re.compile(r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
                        % {"delim": re.escape(delim), "quote": quotechar}, re.MULTILINE)
        doublequote = dq.search(data) is not None
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        # Build, for each character, how often each per-line count occurs;
        # a character whose commonest count is consistent across (nearly)
        # all lines is a delimiter.  Lines are taken ten at a time until one
        # candidate is found.
        lines = [ln for ln in data.split('\n') if ln]
        ascii_chars = [chr(c) for c in range(127)]
        chunk = 10
        iteration = 0
        freqs = {}
        modes = {}
        delims = {}
        start = 0
        end = chunk
        while start < len(lines):
            iteration += 1
            for line in lines[start:end]:
                for ch in ascii_chars:
                    table = freqs.setdefault(ch, {})
                    k = line.count(ch)
                    table[k] = table.get(k, 0) + 1
            for ch in freqs.keys():
                items = list(freqs[ch].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = items[0]
                    for it in items[1:]:
                        if it[1] > best[1]:
                            best = it
                    rest = sum(it[1] for it in items if it is not best)
                    modes[ch] = (best[0], best[1] - rest)
                else:
                    modes[ch] = items[0]
            total = float(min(chunk * iteration, len(lines)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0:
                        if (v[1] / total) >= consistency and (delimiters is None or k in delimiters):
                            delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skipinitialspace = (lines[0].count(delim)
                                    == lines[0].count("%c " % delim))
                return (delim, skipinitialspace)
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    skipinitialspace = (lines[0].count(d)
                                        == lines[0].count("%c " % d))
                    return (d, skipinitialspace)
        # nothing else indicates a preference, pick the character that
        # dominates(?)
        items = [(v, k) for (k, v) in delims.items()]
        items.sort()
        delim = items[-1][1]
        skipinitialspace = (lines[0].count(delim)
                            == lines[0].count("%c " % delim))
        return (delim, skipinitialspace)

    def has_header(self, sample):
        # The first row is a header if, in the columns whose later rows all
        # have one type (numbers, or strings of one length), it differs.
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        types = {}
        for i in range(columns):
            types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(types.keys()):
                if _as_complex(row[col]):
                    this = "number"
                else:
                    this = len(row[col])
                if this != types[col]:
                    if types[col] is None:
                        types[col] = this
                    else:
                        del types[col]
        votes = 0
        for col, kind in types.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            elif kind == "number":
                votes += -1 if _as_complex(header[col]) else 1
            else:
                votes += 1
        return votes > 0


def _most(counts):
    best = None
    for k in counts:
        if best is None or counts[k] > counts[best]:
            best = k
    return best
