# Threads replace a shared function's __defaults__, __kwdefaults__,
# __name__ and __code__ while others call it: every call runs with one
# whole set of defaults some thread stored (a tuple freed under a caller
# would be a use after free under ASan), and one of the two bodies.
# Invariant: f() returns (tag, n, tag) of a stored default, or the other
# body's mark; names read back are ones that were set.
# Usage: function_fields.py [THREADS] [ITERS]; prints one verdict line "OK function_fields ..."
# or "FAIL function_fields: ..." (exit status 1).
import sys
import threading

NAME = "function_fields"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 6000
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


def f(a=("init", 0, "init"), *, k="init"):
    return a, k


def other(a=("init", 0, "init"), *, k="init"):
    return "other", k


bodies = [f.__code__, other.__code__]
names = set(["f"] + ["name%d" % i for i in range(threads)])
calls = [0] * threads


def worker(i):
    tag = "t%d" % i
    for n in range(iters):
        if n % 3 == 0:
            f.__defaults__ = ((tag, n, tag),)
            f.__kwdefaults__ = {"k": tag}
        elif n % 3 == 1:
            if n % 31 == 1:
                f.__code__ = bodies[(n // 31) % 2]
            if n % 7 == 1:
                f.__name__ = "name%d" % i
        a, k = f()
        if a == "other":
            pass
        elif type(a) is not tuple or len(a) != 3 or a[0] != a[2] or not isinstance(a[1], int):
            errors.append("thread %d: f() got default %r" % (i, a))
            return
        if k != "init" and not (isinstance(k, str) and k.startswith("t")):
            errors.append("thread %d: f() got k=%r" % (i, k))
            return
        if f.__name__ not in names:
            errors.append("thread %d: __name__ is %r" % (i, f.__name__))
            return
        calls[i] += 1


run_all(worker, threads)
problems = []
if sum(calls) != threads * iters:
    problems.append("%d calls of %d" % (sum(calls), threads * iters))
verdict(problems, "calls=%d" % sum(calls))
