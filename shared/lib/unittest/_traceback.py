# unittest._traceback - the tracebacks of unittest's failure reports, in
# the layout of CPython 3.11's traceback module ("Traceback (most recent
# call last):", '  File "f.py", line 3, in name', the source line, the
# chained exceptions, "[Previous line repeated N more times]", the
# exception line and its notes), with the levels of unittest itself left
# out as CPython's unittest leaves them out.  Written for twinpy; private
# to unittest (there is no traceback module).
#
# A twinpy traceback entry tells its line number only (tb_lineno; there is
# no tb_frame), so the code each entry ran is worked out here: every code
# object reachable from the loaded modules (functions, methods, the
# functions nested in them) is placed on the lines of its file, read from
# the source file; an entry is given the code that holds its line, the
# callee being told apart from other candidates by its name on the calling
# line of the entry before it, by its file, and by hints from the caller of
# format_exception (the code that caught the exception and the function it
# called).  A level is unittest's own when its function's globals hold
# __unittest, as in CPython.
#
# Deviations: no "^^^^" markers under the source lines; the code behind an
# entry is a well-informed guess (a line reached through a function made
# at run time that no module refers to, or by way of an operator or a
# property, may get the wrong name, or "?"); the levels of modules
# compiled into the binary show no source line, and their codes are placed
# by their first lines only unless their file is found along sys.path.
import re
import sys

__unittest = True

_CodeType = type((lambda: None).__code__)


# ---- source files -----------------------------------------------------------

_files = {}     # filename -> _File


class _File(object):
    """The lines of one source file and its logical lines."""

    def __init__(self, filename):
        self.lines = _read(filename)
        self.shown = True
        if not self.lines and filename.startswith('<twinpy ') and filename.endswith('>'):
            # a module compiled into the binary: its file on sys.path, if
            # there is one, tells where its functions are (it may not be
            # what was compiled in, so its lines are not printed)
            self.lines = _read_module(filename[8:-1])
            self.shown = False
        self.logical_of = None   # line number -> (first, last, indent, code?)

    def line(self, lineno):
        if self.shown and 1 <= lineno <= len(self.lines):
            return self.lines[lineno - 1]
        return ''

    def logical(self):
        if self.logical_of is None:
            self.logical_of = _logical_lines(self.lines)
        return self.logical_of


def _read(filename):
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    names = [filename]
    if not filename.startswith('/'):
        import os
        for d in sys.path:
            if isinstance(d, str) and d:
                names.append(os.path.join(d, filename))
    for name in names:
        try:
            with open(name, encoding='utf-8') as f:
                return f.read().splitlines()
        except (OSError, UnicodeError, ValueError):
            continue
    return []


def _read_module(name):
    import os
    rel = name.replace('.', '/')
    for d in sys.path:
        if isinstance(d, str) and d:
            for cand in (os.path.join(d, rel + '.py'),
                         os.path.join(d, rel, '__init__.py')):
                if os.path.isfile(cand):
                    return _read(cand)
    return []


def _file(filename):
    f = _files.get(filename)
    if f is None:
        f = _files[filename] = _File(filename)
    return f


def getline(filename, lineno):
    return _file(filename).line(lineno)


def _indent(text):
    return len(text.expandtabs(8)) - len(text.expandtabs(8).lstrip())


def _logical_lines(lines):
    """For each line number, (first, last, indent, has_code) of the logical
    line it is part of: brackets, strings and backslashes join lines."""
    out = {}
    depth = 0
    quote = None
    first = None
    has_code = False
    for n, text in enumerate(lines, 1):
        if first is None:
            first = n
            has_code = False
        i = 0
        size = len(text)
        joined = False
        while i < size:
            c = text[i]
            if quote is not None:
                if c == '\\':
                    i += 2
                    continue
                if text.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                i += 1
                continue
            if c == '#':
                break
            if c == '"' or c == "'":
                has_code = True
                if text.startswith(c * 3, i):
                    quote = c * 3
                    i += 3
                else:
                    quote = c
                    i += 1
                continue
            if c in '([{':
                depth += 1
            elif c in ')]}':
                if depth:
                    depth -= 1
            elif c == '\\' and i == size - 1:
                joined = True
            if c not in ' \t\f':
                has_code = True
            i += 1
        if quote is not None and len(quote) == 1 and not joined:
            quote = None     # an unclosed one-line string ends with its line
        if quote is not None or depth or joined:
            continue
        item = (first, n, _indent(lines[first - 1]), has_code)
        for m in range(first, n + 1):
            out[m] = item
        first = None
    if first is not None:
        item = (first, len(lines), _indent(lines[first - 1]), has_code)
        for m in range(first, len(lines) + 1):
            out[m] = item
    return out


# ---- code objects and the lines they hold -----------------------------------

class _Code(object):
    def __init__(self, code, hidden, index):
        self.code = code
        self.index = index
        self.filename = code.co_filename
        self.name = code.co_name
        self.qualname = getattr(code, 'co_qualname', code.co_name)
        self.first_line = code.co_firstlineno
        self.hidden = hidden
        self.span = None
        self.parent = None

    def lines(self):
        if self.span is None:
            self.span = _span(self)
        return self.span

    def holds(self, lineno):
        lo, hi = self.lines()
        return lo <= lineno <= hi


def _span(info):
    f = _file(info.filename)
    first = info.first_line
    if not f.lines:
        # no source: a lambda or comprehension is taken to be one line, a
        # function to run up to the next function of the file that is not
        # nested in it
        if info.name.startswith('<'):
            return (first, first)
        nxt = None
        for other in info.index.by_file.get(info.filename, ()):
            if other.first_line > first and (nxt is None or other.first_line < nxt):
                p = other.parent
                while p is not None and p is not info:
                    p = p.parent
                if p is None:
                    nxt = other.first_line
        return (first, nxt - 1 if nxt is not None else 1 << 60)
    logical = f.logical()
    here = logical.get(first)
    if here is None:
        return (first, first)
    if info.name.startswith('<'):
        # a lambda, comprehension or generator expression: its logical line
        return (here[0], here[1])
    # step over decorators to the def line
    n = here[0]
    while n <= len(f.lines):
        item = logical.get(n)
        if item is None:
            break
        text = f.lines[item[0] - 1].lstrip()
        if text.startswith('@') or not item[3]:
            n = item[1] + 1
            continue
        break
    item = logical.get(n, here)
    start, last, indent = item[0], item[1], item[2]
    n = last + 1
    while n <= len(f.lines):
        nxt = logical.get(n)
        if nxt is None:
            break
        if nxt[3]:
            if nxt[2] <= indent:
                break
            last = nxt[1]
        n = nxt[1] + 1
    return (start, last)


class _Index(object):
    """Every code object reachable from sys.modules, by file."""

    def __init__(self):
        self.by_id = {}
        self.by_file = {}
        self._holding = {}        # lineno -> codes, while no code is added
        self._holding_size = 0
        seen = set()
        for mod in list(sys.modules.values()):
            d = getattr(mod, '__dict__', None)
            if isinstance(d, dict):
                for value in list(d.values()):
                    self._object(value, seen, 0)

    def _object(self, obj, seen, depth):
        if id(obj) in seen or depth > 8:
            return
        if isinstance(obj, type):
            seen.add(id(obj))
            try:
                items = list(obj.__dict__.values())
            except Exception:
                return
            for v in items:
                self._object(v, seen, depth + 1)
            return
        if isinstance(obj, (staticmethod, classmethod)):
            self._object(obj.__func__, seen, depth + 1)
            return
        if isinstance(obj, property):
            for fn in (obj.fget, obj.fset, obj.fdel):
                if fn is not None:
                    self._object(fn, seen, depth + 1)
            return
        code = getattr(obj, '__code__', None) if callable(obj) else None
        if type(code) is _CodeType:
            seen.add(id(obj))
            g = getattr(obj, '__globals__', None)
            self.add(code, isinstance(g, dict) and '__unittest' in g)
            wrapped = getattr(obj, '__wrapped__', None)
            if wrapped is not None:
                self._object(wrapped, seen, depth + 1)

    def add(self, code, hidden, parent=None):
        if id(code) in self.by_id:
            return self.by_id[id(code)]
        info = _Code(code, hidden, self)
        info.parent = parent
        self.by_id[id(code)] = info
        self.by_file.setdefault(info.filename, []).append(info)
        for c in code.co_consts:
            if type(c) is _CodeType:
                self.add(c, hidden, info)
        return info

    def holding(self, lineno):
        """The codes (of any file) whose lines include lineno."""
        found = self._holding.get(lineno)
        if found is None or self._holding_size != len(self.by_id):
            if self._holding_size != len(self.by_id):
                self._holding = {}
                self._holding_size = len(self.by_id)
            found = []
            for infos in self.by_file.values():
                for info in infos:
                    if info.first_line <= lineno and info.holds(lineno):
                        found.append(info)
            self._holding[lineno] = found
        return found


def _names_on(info, lineno):
    """The identifiers on the logical line of lineno in info's file."""
    f = _file(info.filename)
    if not f.lines:
        return None
    item = f.logical().get(lineno)
    lo, hi = (item[0], item[1]) if item else (lineno, lineno)
    text = '\n'.join(f.lines[lo - 1:hi])
    return set(re.findall(r'[A-Za-z_][A-Za-z_0-9]*', text)), (lo, hi)


# the names unittest calls the tests' callables by
_USER_CALLS = set(['callable_obj', 'function', 'func', 'obj', 'enter'])

# what calls a special method without naming it
_OPERATORS = {
    '__eq__': ('==',), '__ne__': ('!=',), '__lt__': ('<',), '__le__': ('<=',),
    '__gt__': ('>',), '__ge__': ('>=',), '__contains__': (' in ',),
    '__getitem__': ('[',), '__setitem__': ('[',), '__delitem__': ('del ',),
    '__len__': ('len(',), '__iter__': ('for ', 'list(', 'tuple(', 'sorted('),
    '__next__': ('for ', 'next(', 'list('), '__add__': ('+',),
    '__sub__': ('-',), '__mul__': ('*',), '__truediv__': ('/',),
    '__str__': ('str(', '%s', 'format(', 'print('),
    '__repr__': ('repr(', '%r', '!r', 'safe_repr('), '__hash__': ('hash(',),
    '__bool__': ('if ', 'not ', 'while ', ' and ', ' or '),
    '__enter__': ('with ', 'enter('), '__exit__': ('with ', 'exit('),
}


def _called_from(cand, names, caller, call_lines, text=''):
    if names is None:
        return False
    if cand.name in names:
        return True
    if cand.name.startswith('<'):
        # a lambda or comprehension written on the calling line itself
        lo, hi = cand.lines()
        return (cand.filename == caller.filename
                and call_lines[0] <= lo and hi <= call_lines[1])
    if cand.name.startswith('__') and cand.name.endswith('__'):
        # Class(...) runs __init__; a == b runs __eq__ ...
        parts = cand.qualname.split('.')
        if cand.name in ('__init__', '__new__', '__call__'):
            return len(parts) >= 2 and parts[-2] in names
        return any(op in text for op in _OPERATORS.get(cand.name, ()))
    return False


def _pick(index, lineno, caller, call_line, prefer):
    cands = index.holding(lineno)
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    names = call_lines = None
    text = ''
    if caller is not None:
        got = _names_on(caller, call_line)
        if got is not None:
            names, call_lines = got
            f = _file(caller.filename)
            text = '\n'.join(f.lines[call_lines[0] - 1:call_lines[1]]).lstrip()
            if text.startswith('raise ') and 'from' not in names:
                # re-raised: what follows comes from an older traceback
                caller = None
    prefer_files = set(p.filename for p in prefer)

    def score(c):
        lo, hi = c.lines()
        known = bool(_file(c.filename).lines)
        if caller is None:
            near = (c in prefer, c.filename in prefer_files, known)
            by_name = False
        else:
            by_name = _called_from(c, names, caller, call_lines, text)
            if caller.hidden:
                # unittest calls the tests' code through a few names (a
                # callable it was given), else its own functions
                if names is None:
                    # no source: a code placed by its source, else its own
                    near = (known, c.hidden and c.filename == caller.filename,
                            c.hidden, c.filename in prefer_files)
                elif names & _USER_CALLS:
                    near = (not c.hidden, c.filename in prefer_files, known)
                else:
                    near = (c.hidden and c.filename == caller.filename,
                            c.filename in prefer_files, known)
            elif names is None:
                # a caller without source: a code placed by its source is
                # surer than one placed by its first line
                near = (known, c.filename == caller.filename)
            else:
                # a call not by name: more likely a call back into the tests
                near = (c.filename in prefer_files, c.filename == caller.filename, known)
        # at last: a file of the program's own before a library module
        own = not c.filename.startswith('<')
        return (by_name, near, own, lo, -(hi - lo))
    return max(cands, key=score)


# hints left by the code that caught an exception: id(tb) -> (tb, known),
# known[i] being (code, hidden) for the i-th entry of tb, or None
_hints = {}


def _func_code(func):
    # (code object, hidden) of what a call of func runs first, or None
    for getter in (lambda f: f, lambda f: f.__func__,
                   lambda f: type(f).__call__):
        try:
            fn = getter(func)
            code = fn.__code__
        except Exception:
            continue
        if type(code) is _CodeType:
            g = getattr(fn, '__globals__', None)
            return code, isinstance(g, dict) and '__unittest' in g
    return None


def hint(tb, *funcs):
    """Tell what the first entries of tb ran: the functions (or None)."""
    if tb is None:
        return
    if len(_hints) > 500:
        _hints.clear()
    _hints[id(tb)] = (tb, tuple(None if f is None else _func_code(f)
                                for f in funcs))


class _Entry(object):
    def __init__(self, lineno, info):
        self.lineno = lineno
        self.info = info
        self.hidden = info is not None and info.hidden

    def filename(self):
        return self.info.filename if self.info is not None else '?'

    def name(self):
        return self.info.name if self.info is not None else '?'


def entries(tb, prefer=(), index=None):
    """The entries of traceback tb, each with the code it ran (or None);
    prefer: codes (_Code) that the first entry is more likely to be in."""
    lines = []
    t = tb
    while t is not None:
        lines.append(t.tb_lineno)
        t = t.tb_next
    known = ()
    h = _hints.get(id(tb))
    if h is not None and h[0] is tb:
        known = h[1]
    if index is None:
        index = _Index()
    out = []
    caller = None
    call_line = 0
    for n, lineno in enumerate(lines):
        info = None
        if n < len(known) and known[n] is not None:
            code, hidden = known[n]
            info = index.by_id.get(id(code)) or index.add(code, hidden)
            if not info.holds(lineno):
                info = None
        if info is None:
            info = _pick(index, lineno, caller, call_line, prefer)
        out.append(_Entry(lineno, info))
        caller, call_line = info, lineno
    return out


# ---- formatting -------------------------------------------------------------

def _safe_str(value, what):
    try:
        return str(value)
    except Exception:
        return '<%s str() failed>' % what


def format_exception_only(exc):
    t = type(exc)
    name = t.__qualname__
    mod = t.__module__
    if mod not in ("__main__", "builtins"):
        if not isinstance(mod, str):
            mod = "<unknown>"
        name = mod + '.' + name
    out = []
    if isinstance(exc, SyntaxError):
        filename = getattr(exc, 'filename', None)
        lineno = getattr(exc, 'lineno', None)
        if lineno is not None:
            out.append('  File "%s", line %s\n' % (filename or "<string>", lineno))
        text = getattr(exc, 'text', None)
        if text is not None:
            stripped = text.rstrip('\n').lstrip(' \n\f')
            out.append('    %s\n' % stripped)
            offset = getattr(exc, 'offset', None)
            if offset is not None and offset >= 1:
                col = offset - 1 - (len(text.rstrip('\n')) - len(stripped))
                if col >= 0:
                    out.append('    %s^\n' % (' ' * col))
        msg = getattr(exc, 'msg', None) or "<no detail available>"
        out.append('%s: %s\n' % (name, msg))
    else:
        text = _safe_str(exc, 'exception')
        out.append('%s: %s\n' % (name, text) if text else name + '\n')
    notes = getattr(exc, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = note if isinstance(note, str) else _safe_str(note, 'note')
                out.extend(line + '\n' for line in note.split('\n'))
        else:
            try:
                out.append(repr(notes) + '\n')
            except Exception:
                out.append('<__notes__ repr() failed>\n')
    return out


def format_entries(ents):
    out = []
    last = None
    count = 0
    for e in ents:
        key = (e.filename(), e.lineno, e.name())
        if key != last:
            if count > 3:
                more = count - 3
                out.append('  [Previous line repeated %d more time%s]\n'
                           % (more, 's' if more > 1 else ''))
            last = key
            count = 0
        count += 1
        if count > 3:
            continue
        out.append('  File "%s", line %d, in %s\n' % key)
        line = getline(key[0], e.lineno).strip() if e.info is not None else ''
        if line:
            out.append('    %s\n' % line)
    if count > 3:
        more = count - 3
        out.append('  [Previous line repeated %d more time%s]\n'
                   % (more, 's' if more > 1 else ''))
    return out


def _chain(exc):
    # (exception, the text that leads from it to the next), the first cause
    # or context first and exc last
    seen = set()
    out = []
    note = None
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        out.append((exc, note))
        if exc.__cause__ is not None:
            exc, note = exc.__cause__, ("\nThe above exception was the direct "
                                        "cause of the following exception:\n\n")
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc, note = exc.__context__, ("\nDuring handling of the above "
                                          "exception, another exception "
                                          "occurred:\n\n")
        else:
            exc = None
    out.reverse()
    return out


_last_index = [None, None]    # (what the modules looked like, _Index)


def _current_index():
    # the index is made again when a module was loaded or gained names
    key = []
    for mod in list(sys.modules.values()):
        d = getattr(mod, '__dict__', None)
        key.append((id(mod), len(d) if isinstance(d, dict) else 0))
    key = tuple(key)
    if _last_index[0] != key:
        _last_index[1] = _Index()
        _last_index[0] = key
    return _last_index[1]


def format_exception(exc, tb, clean=None, prefer=()):
    """The lines of the report of exc (with traceback tb, and the exceptions
    chained to it).  clean(exception, entries) may take levels out; prefer:
    functions the first entry is likely to be in."""
    index = _current_index()
    prefer = [c for c in (_func_code(f) for f in prefer) if c is not None]
    prefer = [index.by_id.get(id(c)) or index.add(c, h) for c, h in prefer]
    main = entries(tb, prefer, index)
    # a chained exception was caught in one of the levels seen so far
    known = prefer + [e.info for e in main if e.info is not None]
    out = []
    for e, note in _chain(exc):
        ents = main if e is exc else entries(e.__traceback__, known, index)
        if clean is not None:
            ents = clean(e, ents)
        if ents:
            out.append('Traceback (most recent call last):\n')
            out.extend(format_entries(ents))
        out.extend(format_exception_only(e))
        if note:
            out.append(note)
    return out


def format_exc():
    """The report of the exception being handled, every level kept."""
    t, v, tb = sys.exc_info()
    if v is None:
        return 'NoneType: None\n'
    return ''.join(format_exception(v, tb))
