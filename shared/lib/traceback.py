# traceback - printing and extracting tracebacks, as CPython's traceback
# module (3.11): print_exc, format_exc, print_exception, format_exception
# (called with an exception, or with type, value and traceback),
# format_exception_only, print_tb, format_tb, extract_tb, format_list,
# print_list, walk_tb, print_last, FrameSummary, StackSummary and
# TracebackException, in CPython's layout: "Traceback (most recent call
# last):", '  File "f.py", line 3, in name', the source line, "[Previous
# line repeated N more times]", the chained exceptions (cause and context)
# and the exception line with its notes, SyntaxError's file/text/caret lines
# included.  Written for twinpy.
#
# Frames: when traceback entries have tb_frame and sys has _getframe
# (newer twinpy builds), the real frames are used.  Deviations, with an
# interpreter whose traceback entries hold only tb_lineno and tb_next: the
# file and function of each entry are worked out from the code objects of
# the loaded modules and the source files (the machinery of
# unittest._traceback, which is shared); a function made at run time that
# no module refers to may be named wrong or "?"; walk_tb yields stand-in
# frames (f_code, f_lineno, empty f_globals and f_locals), so
# capture_locals shows nothing; without sys._getframe, extract_stack and
# format_stack give an empty stack and print_stack prints nothing.
# Always: no "^^^^" markers are printed under the source lines (no column
# positions are kept).  Modules compiled into the binary have pseudo file
# names such as "<twinpy random>" and their source lines are not printed
# (the interpreter's own report of an uncaught exception prints them).
# StackSummary is not a list subclass (built-in types cannot be
# subclassed) but behaves as a sequence of FrameSummary objects and
# compares equal to a list.  No exception groups (twinpy has none).
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_tbinfo = None


def _info():
    global _tbinfo
    if _tbinfo is None:
        from unittest import _traceback as m
        _tbinfo = m
    return _tbinfo


def _getline(filename, lineno):
    try:
        return _info().getline(filename, lineno)
    except Exception:
        return ''


# ---- stand-in frames --------------------------------------------------------

class _NoCode(object):
    """What an entry whose code could not be told runs."""
    co_filename = '?'
    co_name = '?'
    co_qualname = '?'
    co_firstlineno = 0


class _Frame(object):
    """A frame as far as a traceback entry can tell it."""

    def __init__(self, code, lineno):
        self.f_code = code
        self.f_lineno = lineno
        self.f_globals = {}
        self.f_locals = {}
        self.f_back = None

    def __repr__(self):
        return '<frame of %s, line %d>' % (self.f_code.co_name, self.f_lineno)


class _ModuleCode(object):
    """The code of a module's top level, which no object refers to."""
    co_name = '<module>'
    co_qualname = '<module>'
    co_firstlineno = 1
    co_consts = ()

    def __init__(self, filename):
        self.co_filename = filename


_index_cache = [None, None]   # (what the modules held, the index)


def _index_with_modules():
    # the index of unittest._traceback, with each loaded module that has a
    # source file given a code for its top level (holding all its lines,
    # so that a function holding a line is preferred, being nearer)
    info = _info()
    key = []
    for mod in list(sys.modules.values()):
        d = getattr(mod, '__dict__', None)
        if isinstance(d, dict):
            key.append(id(mod))
            key.extend(id(v) for v in list(d.values()) if callable(v))
    key = tuple(key)
    if _index_cache[0] != key:
        _index_cache[1] = info._Index()
        _index_cache[0] = key
    index = _index_cache[1]
    tops = getattr(index, '_module_tops', None)
    if tops is None:
        tops = index._module_tops = []
        main = sys.modules.get('__main__')
        for name, mod in list(sys.modules.items()):
            filename = getattr(mod, '__file__', None)
            if not isinstance(filename, str) or filename.startswith('<'):
                continue
            lines = info._file(filename).lines
            if not lines:
                continue
            top = index.add(_ModuleCode(filename), False)
            top.span = (1, len(lines))
            if mod is main:
                tops.insert(0, top)
    # the first entry of a traceback is where it was caught: most likely
    # in the main program, by its innermost code holding the line
    prefer = index.by_file.get(tops[0].filename, []) if tops else []
    return index, list(prefer)


def _walk(tb, also=()):
    # (frame, lineno) pairs of tb's entries; also: codes (of the levels of
    # an exception this one is chained to) the first entry may be in
    if tb is None:
        return []
    if hasattr(tb, 'tb_frame'):
        # the interpreter keeps the frames: nothing to work out
        out = []
        while tb is not None:
            out.append((tb.tb_frame, tb.tb_lineno))
            tb = tb.tb_next
        return out
    index, prefer = _index_with_modules()
    ents = _info().entries(tb, list(also) + prefer, index)
    out = []
    for e in ents:
        code = e.info.code if e.info is not None else _NoCode()
        frame = _Frame(code, e.lineno)
        frame._info = e.info
        out.append((frame, e.lineno))
    return out


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of tb, outermost first; the
    frames are stand-ins that carry f_code and f_lineno."""
    for pair in _walk(tb):
        yield pair


def walk_stack(f):
    """Yield (frame, lineno) from frame f (default: the caller's caller,
    when sys._getframe exists) outward."""
    if f is None and hasattr(sys, '_getframe'):
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = getattr(f, 'f_back', None)


def clear_frames(tb):
    """Nothing to clear: twinpy tracebacks hold no frames."""
    return None


# ---- FrameSummary and StackSummary --------------------------------------------

class FrameSummary(object):
    """One level of a traceback: filename, lineno, name, line, locals."""

    def __init__(self, filename, lineno, name, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        self.locals = None
        if locals:
            self.locals = dict((k, repr(v)) for k, v in locals.items())

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(
            self.filename, self.lineno, self.name)


_RECURSIVE_CUTOFF = 3


class StackSummary(object):
    """A sequence of FrameSummary objects, outermost first."""

    def __init__(self, frames=()):
        self._frames = list(frames)

    @classmethod
    def extract(klass, frame_gen, limit=None, lookup_lines=True,
                capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        pairs = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                pairs = pairs[:limit]
            else:
                pairs = pairs[limit:]
        result = klass()
        for f, lineno in pairs:
            code = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f_locals))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    # the list protocol
    def append(self, item):
        self._frames.append(item)

    def extend(self, items):
        self._frames.extend(items)

    def __len__(self):
        return len(self._frames)

    def __iter__(self):
        return iter(self._frames)

    def __getitem__(self, i):
        r = self._frames[i]
        return StackSummary(r) if isinstance(i, slice) else r

    def __bool__(self):
        return bool(self._frames)

    def __eq__(self, other):
        if isinstance(other, StackSummary):
            return self._frames == other._frames
        if isinstance(other, list):
            return self._frames == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        return repr(self._frames)

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {} = {}\n'.format(name, value))
        return ''.join(row)

    def format(self):
        """The lines of the stack, a run of more than three identical
        levels shortened to "[Previous line repeated N more times]"."""
        out = []
        last = None
        count = 0
        for fs in self._frames:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    out.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            out.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            out.append(_repeated(count - _RECURSIVE_CUTOFF))
        return out


def _repeated(n):
    return '  [Previous line repeated {} more time{}]\n'.format(
        n, 's' if n > 1 else '')


# ---- TracebackException -----------------------------------------------------------

def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return '<{} {}() failed>'.format(what, func.__name__)


def _syntax_error_fields(exc):
    # (filename, lineno, offset, text, msg, end_lineno, end_offset); a
    # SyntaxError made by Python code in twinpy has no such attributes, so
    # they are read from its arguments: (msg, (filename, lineno, offset,
    # text[, end_lineno, end_offset]))
    names = ('filename', 'lineno', 'offset', 'text', 'msg', 'end_lineno',
             'end_offset')
    got = [getattr(exc, n, None) for n in names]
    if got[4] is None:
        args = exc.args
        if args:
            got[4] = args[0]
        if len(args) == 2 and isinstance(args[1], tuple):
            loc = args[1]
            for i in range(min(len(loc), 6)):
                n = i if i < 4 else i + 1
                if got[n] is None:
                    got[n] = loc[i]
    return got


class TracebackException(object):
    """An exception ready to be formatted: its type, its stack (a
    StackSummary), the exceptions chained to it, and for a SyntaxError its
    filename, lineno, offset, text and msg."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None,
                 _also=()):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        pairs = _walk(exc_traceback, _also)
        _also = list(_also) + [f._info for f, n in pairs
                               if getattr(f, '_info', None) is not None]
        self.stack = StackSummary.extract(pairs, limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception:
            self.__notes__ = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            where = _syntax_error_fields(exc_value)
            self.filename = where[0]
            lno = where[1]
            self.lineno = str(lno) if lno is not None else None
            end = where[5]
            self.end_lineno = str(end) if end is not None else None
            self.text = where[3]
            self.offset = where[2]
            self.end_offset = where[6]
            self.msg = where[4]
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            kw = dict(limit=limit, lookup_lines=lookup_lines,
                      capture_locals=capture_locals, _seen=_seen,
                      _also=_also)
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, **kw)
            ctx = exc_value.__context__
            if (ctx is not None and id(ctx) not in _seen and
                    not (compact and (self.__cause__ is not None or
                                      self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(ctx), ctx, ctx.__traceback__, **kw)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The lines that name the exception (and its notes)."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ('__main__', 'builtins'):
            if not isinstance(smod, str):
                smod = '<unknown>'
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            for line in self._syntax_error_lines(stype):
                yield line
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, 'note')
                for part in note.split('\n'):
                    yield part + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr) + '\n'

    def _syntax_error_lines(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or '<string>',
                                                  self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset
                if end is None or end == 0:
                    end = start
                if end == start or end == -1:
                    end = start + 1
                col = start - 1 - spaces
                end_col = end - 1 - spaces
                if col >= 0:
                    lead = ''.join(c if c.isspace() else ' ' for c in ltext[:col])
                    yield '    {}{}\n'.format(lead, '^' * (end_col - col))
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(stype, msg, suffix)

    def format(self, *, chain=True):
        """The lines of the whole report, the first chained exception
        first."""
        parts = []
        exc = self
        while exc is not None:
            if chain:
                if exc.__cause__ is not None:
                    nxt = exc.__cause__
                    note = _CAUSE
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    nxt = exc.__context__
                    note = _CONTEXT
                else:
                    nxt = None
                    note = None
            else:
                nxt = None
                note = None
            parts.append((exc, note))
            exc = nxt
        for exc, note in reversed(parts):
            if note is not None:
                yield note
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                for line in exc.stack.format():
                    yield line
            for line in exc.format_exception_only():
                yield line

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


_CAUSE = ('\nThe above exception was the direct cause '
          'of the following exception:\n\n')
_CONTEXT = ('\nDuring handling of the above exception, '
            'another exception occurred:\n\n')


def _format_final_exc_line(etype, value):
    valuestr = value if isinstance(value, str) else _safe_string(value, 'exception')
    if value is None or not valuestr:
        return '%s\n' % etype
    return '%s: %s\n' % (etype, valuestr)


# ---- the functions ---------------------------------------------------------------

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, '
                            '{} found'.format(type(exc).__name__))
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines of the report of an exception (exc, or type, value, tb)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print the report of an exception to file (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_sentinel):
    """The lines that name an exception, without its traceback."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of traceback tb."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    """The lines for a list of FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    """The stack of the caller (empty without sys._getframe)."""
    if f is None and hasattr(sys, '_getframe'):
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack._frames.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None and hasattr(sys, '_getframe'):
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None and hasattr(sys, '_getframe'):
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)
