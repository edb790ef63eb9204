# One exception object raised, caught and changed by every thread at once
# (a module-level sentinel, a saved error raised again): its traceback chain,
# __cause__, __context__ and args are fields of a shared object.
# Invariant: no raise loses its traceback entry (the chain of the shared
# exception is exactly threads x iterations long); a reader sees one whole
# value that some writer stored (args a 1-tuple of a thread's number, the
# cause one of the causes); nothing crashes.
# Usage: exception_shared.py [THREADS] [ITERS]; prints one verdict line "OK exception_shared ..."
# or "FAIL exception_shared: ..." (exit status 1).
import sys
import threading

NAME = "exception_shared"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 8000
errors = []


def run_all(worker, n):
    # start n threads running worker(i), released together, and join them;
    # an unexpected exception in a thread is recorded as a failure
    go = threading.Event()

    def wrapped(i):
        go.wait()
        try:
            worker(i)
        except BaseException as e:
            errors.append("thread %d raised %s: %s" % (i, type(e).__name__, e))

    ts = [threading.Thread(target=wrapped, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    go.set()
    for t in ts:
        t.join()


def verdict(problems, facts):
    problems = errors[:3] + problems
    if problems:
        print("FAIL %s: %s" % (NAME, "; ".join(problems)))
        sys.exit(1)
    print("OK %s %s" % (NAME, facts))
    sys.exit(0)


shared = {}

shared = ValueError("shared")
chained = KeyError("chained")
causes = [OSError(i) for i in range(threads)]
raised = [0] * threads


def worker(i):
    for n in range(iters):
        try:
            raise shared
        except ValueError as e:
            tb = e.__traceback__
            if tb is None or tb.tb_lineno <= 0:
                errors.append("thread %d: a raised exception without its traceback" % i)
                return
            raised[i] += 1
        if n % 4 == 0:
            try:
                raise chained from causes[i]
            except KeyError as e:
                c = e.__cause__
                if c not in causes:
                    errors.append("thread %d: __cause__ is %r" % (i, c))
                    return
        elif n % 4 == 1:
            chained.args = (i,)
            a = chained.args
            if type(a) is not tuple or len(a) != 1 or not 0 <= a[0] < threads:
                errors.append("thread %d: args is %r" % (i, a))
                return
        elif n % 4 == 2:
            try:
                try:
                    raise causes[i]
                except OSError:
                    raise chained
            except KeyError as e:
                ctx = e.__context__
                if ctx is not None and ctx not in causes:
                    errors.append("thread %d: __context__ is %r" % (i, ctx))
                    return
                e.__context__ = None
        else:
            chained.__traceback__ = None
            repr(chained)
            str(chained)


run_all(worker, threads)
problems = []
depth = 0
tb = shared.__traceback__
while tb is not None:
    depth += 1
    tb = tb.tb_next
if depth != sum(raised):
    problems.append("the traceback chain has %d entries for %d raises" % (depth, sum(raised)))
verdict(problems, "raises=%d chain=%d" % (sum(raised), depth))
