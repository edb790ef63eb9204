# traceback module: formatting, extracting and printing tracebacks, chained
# exceptions, SyntaxError layout, FrameSummary/StackSummary, TracebackException.
import sys
import io
import traceback

NAME = __file__.replace('\\', '/').rsplit('/', 1)[-1]


def clean(text):
    # no machine-dependent paths, no column markers (not produced by twinpy)
    text = text.replace(__file__, NAME)
    keep = [ln for ln in text.split('\n')
            if not (ln.strip() and set(ln.strip()) <= set('^~'))]
    return '\n'.join(keep)


def show(lines):
    print(clean(''.join(lines)), end='')


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def outer():
    try:
        middle(0)
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e


def handler_fails():
    try:
        {}['missing']
    except KeyError:
        raise RuntimeError("while handling")


def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    return recurse(n - 1)


class Quiet(Exception):
    pass


class BrokenStr(Exception):
    def __str__(self):
        raise TypeError("no str")


print("-- format_exc of a direct cause")
try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()), end='')

print("-- print_exc with context, to a StringIO")
buf = io.StringIO()
try:
    handler_fails()
except RuntimeError:
    traceback.print_exc(file=buf)
print(clean(buf.getvalue()), end='')

print("-- chain=False and the (type, value, tb) form")
try:
    outer()
except ValueError:
    show(traceback.format_exception(*sys.exc_info(), chain=False))

print("-- suppressed context")
try:
    try:
        [][1]
    except IndexError:
        raise LookupError("replaced") from None
except LookupError as e:
    show(traceback.format_exception(e))

print("-- repeated lines")
try:
    recurse(8)
except RecursionError as e:
    show(traceback.format_exception(e))

print("-- exception lines only")
show(traceback.format_exception_only(Quiet()))
show(traceback.format_exception_only(Quiet("with text")))
show(traceback.format_exception_only(ValueError, ValueError("two args")))
show(traceback.format_exception_only(KeyError("k")))
show(traceback.format_exception_only(BrokenStr()))

print("-- SyntaxError")
try:
    compile("value = (1,\n", "<snippet>", "exec")
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
err = SyntaxError("invalid thing", ("conf.py", 4, 7, "  a = b c\n"))
print(''.join(traceback.format_exception_only(err)), end='')
print(''.join(traceback.format_exception_only(SyntaxError("no location"))), end='')

print("-- extract_tb and FrameSummary")
try:
    middle(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    stack = traceback.extract_tb(tb)
    print(len(stack))
    for fs in stack:
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
        fname, lineno, name, line = fs
        print(name == fs[2], line == fs.line, len(fs))
    print(stack[-1] == (__file__, stack[-1].lineno, 'inner', 'return 10 // x'))
    show(traceback.format_tb(tb))
    show(traceback.format_tb(tb, limit=1))
    show(traceback.format_tb(tb, limit=-1))
    print([lineno for frame, lineno in traceback.walk_tb(tb)])
    print([frame.f_code.co_name for frame, lineno in traceback.walk_tb(tb)])
    out = io.StringIO()
    traceback.print_tb(tb, file=out)
    print(clean(out.getvalue()), end='')

print("-- format_list and StackSummary.from_list")
items = [("a.py", 1, "f", "call()"), ("b.py", 20, "g", "")]
show(traceback.format_list(items))
ss = traceback.StackSummary.from_list(items)
print(len(ss), ss[0].name, ss[1].lineno, repr(ss[0]))

print("-- TracebackException")
try:
    outer()
except ValueError as e:
    caught = e
    te = traceback.TracebackException.from_exception(e)
print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__)
print(len(te.stack), [f.name for f in te.stack])
print([f.name for f in te.__cause__.stack])
show(te.format_exception_only())
show(te.format(chain=False))
print(te.__suppress_context__, te.__context__ is not None)
te2 = traceback.TracebackException(type(caught), caught, caught.__traceback__,
                                  limit=1)
print([f.name for f in te2.stack])

print("-- print_exception to stdout, no exception")
traceback.print_exception(Quiet("plain"), file=sys.stdout)
print(repr(traceback.format_exc()))
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError:", e)
