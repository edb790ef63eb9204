# warnings - warning messages and their filters, as CPython's warnings
# (3.11): warn, warn_explicit, showwarning, formatwarning, filterwarnings,
# simplefilter, resetwarnings, catch_warnings, WarningMessage, the filters
# list and the actions "error", "ignore", "always", "default", "module" and
# "once", with CPython's default filters and its "file:line: Category:
# message" report (and the source line) on sys.stderr.  The options of
# sys.warnoptions, or of $PYTHONWARNINGS when sys has none, are read as -W
# options are.  Written for twinpy.
#
# Where a warning comes from: warn() needs the file, line and globals of
# the code stacklevel frames up.  It asks, in order, the hook
# warnings._location_hook (a function taking the stacklevel, 1 being the
# caller of warn(), and returning (filename, lineno, globals) or None when
# the stack is not that deep), then sys._getframe when the interpreter has
# one; so frame support can be added later without touching this file or
# the interpreter's own C code.
#
# Deviations: twinpy keeps no frames that Python code can read, so without
# a hook every warning from warn() is placed where CPython places one whose
# stacklevel goes past the top of the stack: file "sys", line 1, module
# "sys" ("sys:1: UserWarning: ...").  So "default" and "module" report a
# message once per (text, category) rather than once per line, a filter
# for a module sees "sys" (a DeprecationWarning raised in __main__ is not
# shown by default, as CPython shows it), and catch_warnings(record=True)
# records filename "sys", lineno 1.  warn_explicit() places a warning
# where it is told, as in CPython.  The source= argument is kept but no
# allocation traceback is printed (no tracemalloc).  There is no C
# accelerator (_warnings), but its rules are followed where they differ
# from CPython's Python fallback ("once" is once per registry,
# onceregistry serving only calls without one); a warning turned into an
# error has the levels of warn() and warn_explicit() in its traceback.
import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# the hook that finds a caller's place (see above); None: none installed
_location_hook = None


# ---- reading source lines (what linecache does for CPython) -----------------

_source_cache = {}


def _read_lines(filename):
    if filename in _source_cache:
        return _source_cache[filename]
    lines = []
    if filename and not (filename.startswith('<') and filename.endswith('>')):
        names = [filename]
        if not filename.startswith('/'):
            # a relative name is also looked for along sys.path
            import os
            for d in sys.path:
                if isinstance(d, str) and d:
                    names.append(os.path.join(d, filename))
        for name in names:
            try:
                with open(name, encoding='utf-8') as f:
                    lines = f.read().splitlines(True)
                break
            except (OSError, UnicodeError, ValueError):
                continue
    _source_cache[filename] = lines
    return lines


def _getline(filename, lineno):
    lines = _read_lines(filename)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


# ---- WarningMessage, showing and formatting ---------------------------------

class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno,
                                msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        try:
            line = _getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


def _showwarnmsg_impl(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return
    text = _formatwarnmsg(msg)
    try:
        out.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (default: sys.stderr)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        # a program replaced warnings.formatwarning: call it the old way
        return fw(msg.message, msg.category, msg.filename, msg.lineno,
                  msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
           msg.line)
        return
    _showwarnmsg_impl(msg)


# ---- the filters ------------------------------------------------------------

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(*item, append):
    # a filter given again moves (or stays, when appended) rather than doubles
    if append:
        if item not in filters:
            filters.append(item)
    else:
        while item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter: message and module are regular expressions that the
    start of the text (case-insensitively) and of the module name must
    match; lineno 0 matches every line."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Remove every filter (the default ones too)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    # a filter holds None (anything), a plain string (that exact text, as
    # the default filters do) or a compiled pattern (matched at the start)
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _action_for(text, category, module, lineno):
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or ln == lineno)):
            return action, item
    return defaultaction, None


# ---- warn and warn_explicit -------------------------------------------------

def _caller_location(stacklevel):
    """(filename, lineno, globals) of the code stacklevel frames above the
    caller of warn(), or None when that is past the top of the stack or
    cannot be known."""
    hook = _location_hook
    if hook is not None:
        return hook(stacklevel)
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    try:
        # frame 0 is this function, 1 is warn(), 2 is warn's caller
        frame = getframe(stacklevel + 1)
    except ValueError:
        return None
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: message is a str (made into category(message)) or
    a Warning instance; stacklevel says whose line it is reported at."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    where = _caller_location(stacklevel)
    if where is None:
        # as CPython does for a stack not that deep
        filename, lineno, module_globals = "sys", 1, sys.__dict__
    else:
        filename, lineno, module_globals = where
    module = module_globals.get('__name__', "<string>")
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  module_globals, source)


def _seen(registry, key, mark):
    # whether registry says key was shown (a registry recorded under other
    # filters is emptied first); mark: record it now
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if mark:
        registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning placed at filename:lineno (module: the name the
    filters see; registry: the dict recording where it was shown, None for
    none)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _seen(registry, key, False):
        return
    action, item = _action_for(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            # once per registry; once in all when there is none
            if _seen(onceregistry if registry is None else registry,
                     (text, category), True):
                return
        elif action == "module":
            if registry is not None and _seen(registry, (text, category, 0), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                               % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                source=source))


# ---- catch_warnings ---------------------------------------------------------

class catch_warnings(object):
    """A context manager that saves the filters and showwarning on entry and
    puts them back on exit.  record=True makes the warnings go to a list
    (returned by __enter__) of WarningMessage objects instead of being shown;
    action (with category, lineno, append) adds a simplefilter on entry."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno,
                                                    append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            # so that _showwarnmsg goes to _showwarnmsg_impl
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that name goes away in version remove (a (major, minor) tuple)."""
    remove_formatted = "%d.%d" % (remove[0], remove[1])
    current = (_version[0], _version[1])
    if current > tuple(remove) or (current == tuple(remove) and _version[3] != "alpha"):
        raise RuntimeError("%r was slated for removal after Python %s alpha"
                           % (name, remove_formatted))
    warn(message.format(name=name, remove=remove_formatted),
         DeprecationWarning, stacklevel=3)


# ---- -W options -------------------------------------------------------------

class _OptionError(Exception):
    """A -W option that cannot be read."""


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        modname, _, klass = category.rpartition('.')
        try:
            m = __import__(modname, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _startup_options():
    opts = getattr(sys, 'warnoptions', None)
    if opts is not None:
        return list(opts)
    import os
    env = os.environ.get('PYTHONWARNINGS', '')
    return [s for s in env.split(',') if s.strip()]


# CPython's default filters (a release build without -X dev)
filters.extend([
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
])
_processoptions(_startup_options())
