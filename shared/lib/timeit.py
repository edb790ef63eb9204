# timeit - timing small pieces of code, as CPython's timeit module (3.11):
# Timer (timeit, repeat, autorange, print_exc), the functions timeit and
# repeat, default_timer (time.perf_counter) and the command line (main).
# Written for twinpy.
#
# As in CPython, a statement and setup given as strings are compiled into a
# function (source name "<timeit-src>") that runs the statement in a loop,
# so its variables are that function's locals; callables are called instead;
# globals= gives the namespace (by default this module's).  The collector is
# switched off while timing, as in CPython (in twinpy that changes nothing:
# see gc).
#
# Deviations: the timing loop runs over range(number), not
# itertools.repeat (in twinpy range is the cheaper of the two); print_exc
# drops chained exceptions when it has to put the traceback's entry for
# the generated function right (twinpy's traceback module cannot place
# code made by exec), and without a traceback module prints line numbers
# only; the help text of the command line is this module's own.

import gc
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The function the statement is timed in; {init} binds callables given for
# stmt or setup as default arguments, {setup} and {stmt} are the code.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Shift every line of src but the first right by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Time a statement (a string of code or a callable) after a setup.

    Timer(stmt='pass', setup='pass', timer=default_timer, globals=None)

    timeit(number) runs the setup once and then the statement number times,
    and returns the seconds taken as a float; repeat(repeat, number) does
    that repeat times and returns the list; autorange() finds a number of
    loops that takes at least 0.2 seconds.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # the setup must compile on its own, outside the function too
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # so is the statement, after the setup (catches 'return' etc.)
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the exception being handled, for code run by this timer,
        with the lines of the timed code shown from the generated source.

        Use as:  try: t.timeit() except: t.print_exc()
        """
        try:
            import traceback
        except ImportError:
            traceback = None
        typ, value, tb = sys.exc_info()
        if traceback is not None:
            try:
                import linecache
            except ImportError:
                linecache = None
            if linecache is not None:
                # CPython's traceback finds the source there
                linecache.cache[dummy_src_name] = (len(self.src), None,
                                                   self.src.split("\n"),
                                                   dummy_src_name)
            entries = self._entries(traceback, tb)
            if entries is None:
                traceback.print_exc(file=file)
                return
            if file is None:
                file = sys.stderr
            file.write("Traceback (most recent call last):\n")
            file.write("".join(traceback.format_list(entries)))
            file.write("".join(traceback.format_exception_only(typ, value)))
            return
        # no traceback module: the line numbers, then the exception
        if file is None:
            file = sys.stderr
        if typ is None:
            file.write("NoneType: None\n")
            return
        out = ["Traceback (most recent call last):\n"]
        while tb is not None:
            out.append("  line %d\n" % tb.tb_lineno)
            tb = tb.tb_next
        name = typ.__name__
        mod = getattr(typ, "__module__", "builtins")
        if mod not in ("builtins", "__main__") and isinstance(mod, str):
            name = mod + "." + name
        msg = str(value)
        out.append(name + (": " + msg if msg else "") + "\n")
        file.write("".join(out))

    def _entries(self, traceback, tb):
        # The traceback's entries with those of Timer.timeit and of the
        # generated function put right, for a traceback module that cannot
        # place code made by exec (twinpy's works from the code objects the
        # modules hold); None when nothing needs putting right.
        mine = getattr(self, "_tb", None)
        if mine is None or tb is None:
            return None
        k = 0
        t = tb
        while t is not None and t is not mine:
            t = t.tb_next
            k += 1
        if t is None or mine.tb_next is None:
            return None
        try:
            entries = list(traceback.extract_tb(tb))
        except Exception:
            return None
        if len(entries) < k + 2:
            return None
        if entries[k + 1].filename == dummy_src_name:
            return None     # the traceback module placed it
        lines = self.src.split("\n")
        n = mine.tb_next.tb_lineno
        line = lines[n - 1] if 0 < n <= len(lines) else ""
        entries[k] = traceback.FrameSummary(
            Timer.timeit.__code__.co_filename, mine.tb_lineno, "timeit",
            lookup_line=False, line="timing = self.inner(it, self.timer)")
        entries[k + 1] = traceback.FrameSummary(
            dummy_src_name, n, "inner", lookup_line=False, line=line)
        return entries

    def timeit(self, number=default_number):
        """Time number runs of the statement; returns seconds as a float.

        The setup runs once first and is not timed.
        """
        it = range(number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        except BaseException as e:
            # remember the traceback entries from this call on, so that
            # print_exc can tell which entry is the generated function's
            self._tb = e.__traceback__
            raise
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit(number) repeat times; returns the list of times.

        The least of them is the one to look at: the others are slower
        because of other work the machine did, not because of the code.
        """
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        """Find a number of loops that takes at least 0.2 seconds.

        Tries 1, 2, 5, 10, 20, 50, ... loops in turn; returns
        (number, time_taken) for the first that is long enough.  callback,
        if given, is called with (number, time_taken) after each try.
        """
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Make a Timer and return the result of its timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Make a Timer and return the result of its repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_USAGE = """\
Time a Python statement from the command line.

usage: timeit [-n N] [-r N] [-s S] [-p] [-v] [-u U] [-h] [--] [statement ...]

  -n/--number N   run the statement N times per measurement (default: the
                  first of 1, 2, 5, 10, 20, 50, ... that takes 0.2 seconds)
  -r/--repeat N   take N measurements (default 5)
  -s/--setup S    code run once before each measurement, not timed (default
                  'pass'); may be given more than once, one line each
  -p/--process    time with time.process_time() instead of
                  time.perf_counter()
  -v/--verbose    print every measurement; repeat for more digits
  -u/--unit U     show times in U: nsec, usec, msec or sec
  -h/--help       print this text and exit
  --              end of options (for a statement that starts with -)
  statement       the code to time (default 'pass'); each argument is one
                  line, and quoted leading spaces indent a line
"""


class _OptError(Exception):
    pass


def _parse_args(args):
    # getopt-style parsing of "n:u:s:r:tcpvh" and the long options
    shorts = {"n": True, "u": True, "s": True, "r": True, "p": False,
              "v": False, "h": False}
    longs = {"number": True, "setup": True, "repeat": True, "process": False,
             "verbose": False, "unit": True, "help": False}
    opts = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            i += 1
            break
        if a.startswith("--"):
            name, eq, val = a[2:].partition("=")
            matches = [k for k in longs if k.startswith(name)]
            if name in longs:
                matches = [name]
            if not matches:
                raise _OptError("option --%s not recognized" % name)
            if len(matches) > 1:
                raise _OptError("option --%s not a unique prefix" % name)
            name = matches[0]
            if longs[name]:
                if not eq:
                    i += 1
                    if i >= len(args):
                        raise _OptError("option --%s requires argument" % name)
                    val = args[i]
            elif eq:
                raise _OptError("option --%s must not have an argument" % name)
            opts.append(("--" + name, val))
            i += 1
            continue
        if a.startswith("-") and a != "-":
            j = 1
            while j < len(a):
                c = a[j]
                if c not in shorts:
                    raise _OptError("option -%s not recognized" % c)
                if shorts[c]:
                    val = a[j + 1:]
                    if not val:
                        i += 1
                        if i >= len(args):
                            raise _OptError("option -%s requires argument" % c)
                        val = args[i]
                    opts.append(("-" + c, val))
                    break
                opts.append(("-" + c, ""))
                j += 1
            i += 1
            continue
        break
    return opts, args[i:]


def main(args=None, *, _wrap_timer=None):
    """Run timeit's command line; args defaults to sys.argv[1:].

    Returns 0 on success, 1 when the code raised (the traceback is
    printed), 2 for a bad command line.
    """
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_args(args)
    except _OptError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0          # 0: find it with autorange
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setup.append(a)
        if o in ("-u", "--unit"):
            if a in units:
                time_unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
        if o in ("-r", "--repeat"):
            repeat = int(a)
            if repeat <= 0:
                repeat = 1
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(_USAGE, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"

    # the statement may import modules from the current directory
    import os
    sys.path.insert(0, getattr(os, "curdir", "."))
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        # find a number of loops that takes long enough
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '',
                                 secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = sorted([(s, u) for u, s in units.items()], reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]

    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat, format_time(best)))

    worst = max(timings)
    if worst >= best * 4:
        msg = ("The test results are likely unreliable. "
               "The worst time (%s) was more than four times "
               "slower than the best time (%s)."
               % (format_time(worst), format_time(best)))
        try:
            import warnings
        except ImportError:
            sys.stderr.write(":0: UserWarning: %s\n" % msg)
        else:
            warnings.warn_explicit(msg, UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
