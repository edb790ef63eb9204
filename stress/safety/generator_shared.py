# One generator (and one generator expression) consumed by all threads at
# once with next(), no locks. CPython raises ValueError "generator already
# executing" when two threads resume it together: caught and counted.
# Invariant: every value is produced exactly once in total.
# Usage: generator_shared.py [THREADS] [ITERS]; prints one verdict line "OK generator_shared ..."
# or "FAIL generator_shared: ..." (exit status 1).
import sys
import threading

NAME = "generator_shared"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
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


def numbers(n):
    for k in range(n):
        x = 0
        for j in range(10):
            x += j
        if x != 45:
            errors.append("generator local damaged")
        yield k


total = threads * iters
gen = numbers(total)
genexp = (k * 2 for k in range(total))
got = [None] * threads
got2 = [None] * threads
busy = [0]


def drain(g, out, i):
    mine = []
    while True:
        try:
            mine.append(next(g))
        except StopIteration:
            break
        except ValueError as e:
            if "already executing" not in str(e):
                errors.append("unexpected ValueError: %s" % e)
            busy[0] += 1
    out[i] = mine


def worker(i):
    drain(gen, got, i)
    drain(genexp, got2, i)


run_all(worker, threads)
problems = []
allv = []
allv2 = []
for m in got:
    allv.extend(m or [])
for m in got2:
    allv2.extend(m or [])
allv.sort()
allv2.sort()
if allv != list(range(total)):
    problems.append("generator: %d values, %d distinct, expected %d" % (len(allv), len(set(allv)), total))
if allv2 != list(range(0, 2 * total, 2)):
    problems.append("genexp: %d values, %d distinct, expected %d" % (len(allv2), len(set(allv2)), total))
verdict(problems, "values=%d already_executing=%d" % (len(allv) + len(allv2), busy[0]))
