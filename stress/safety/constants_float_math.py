# String and tuple constants, float math (math module), int/float
# conversions, rounding and formatting in every thread at once.
# Invariant: each thread's results are bit-identical to the same
# computation done in the main thread before the threads started.
# Usage: constants_float_math.py [THREADS] [ITERS]; prints one verdict line "OK constants_float_math ..."
# or "FAIL constants_float_math: ..." (exit status 1).
import sys
import threading
import math

NAME = "constants_float_math"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
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


NAMES = ("alpha", "beta", "gamma", "delta")
TABLE = ((1, 2.5, "x"), (2, -0.75, "y"), (3, 1e-3, "z"))


def compute(n):
    x = n * 0.001 + 0.5
    a = math.sqrt(x) + math.sin(x) * math.cos(x) - math.log(x + 1.0)
    b = math.exp(-x) * math.pi + x ** 1.5 / (1.0 + x)
    c = math.floor(a * 1000.0) + math.ceil(b * 10.0)
    t = TABLE[n % 3]
    s = NAMES[n % 4] + ":" + "%.6f" % a + ":" + str(t[0]) + t[2]
    f = float(int(b * 1e6)) / 1e6 + round(t[1] * x, 3)
    return (a, b, c, s, f, math.hypot(a, b), math.atan2(a, b), abs(-x) // 0.3)


def digest(n0, count):
    out = []
    for n in range(n0, n0 + count):
        out.append(compute(n))
    return out


CHUNK = 500
expected = {}
for start in range(0, iters, CHUNK):
    expected[start] = digest(start, min(CHUNK, iters - start))
mismatch = [0]


def worker(i):
    starts = list(range(0, iters, CHUNK))
    for k in range(len(starts)):
        start = starts[(k + i) % len(starts)]
        got = digest(start, min(CHUNK, iters - start))
        if got != expected[start]:
            mismatch[0] += 1
            errors.append("chunk %d differs in thread %d" % (start, i))


run_all(worker, threads)
problems = []
if NAMES != ("alpha", "beta", "gamma", "delta") or TABLE[1] != (2, -0.75, "y"):
    problems.append("constants changed")
verdict(problems, "chunks=%d" % (len(expected) * threads))
