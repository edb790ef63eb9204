# One set: add, discard, remove, pop, membership, iteration (CPython raises
# RuntimeError "Set changed size during iteration": caught and counted),
# union/intersection copies, no locks.
# Invariant: len matches iteration and distinctness; every element is an
# int of the value space; membership agrees with iteration.
# Usage: set_add_discard_iterate.py [THREADS] [ITERS]; prints one verdict line "OK set_add_discard_iterate ..."
# or "FAIL set_add_discard_iterate: ..." (exit status 1).
import sys
import threading

NAME = "set_add_discard_iterate"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 30000
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


VALUES = 200
shared = set(range(0, VALUES, 3))
iter_errors = [0]
pops = [0]


def worker(i):
    seed = i * 17 + 1
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 10
        v = (seed >> 4) % VALUES
        if op < 3:
            shared.add(v)
        elif op == 3:
            shared.discard(v)
        elif op == 4:
            try:
                shared.remove(v)
            except KeyError:
                pass
        elif op == 5:
            try:
                x = shared.pop()
                if type(x) is not int or x < 0 or x >= VALUES:
                    errors.append("popped %r" % (x,))
                pops[0] += 1
            except KeyError:
                pass
        elif op == 6:
            if (v in shared) not in (True, False):
                errors.append("membership not a bool")
        elif op == 7:
            try:
                for x in shared:
                    if type(x) is not int:
                        errors.append("bad element %r" % (x,))
            except RuntimeError as e:
                if "changed" not in str(e):
                    errors.append("unexpected RuntimeError: %s" % e)
                iter_errors[0] += 1
        elif op == 8:
            try:
                u = shared | {v}
                w = shared & set(range(50))
                if v not in u or len(w) > 50:
                    errors.append("union/intersection wrong")
            except RuntimeError:
                iter_errors[0] += 1
        else:
            try:
                c = set(shared)
                if len(c) > VALUES:
                    errors.append("copy too big")
            except RuntimeError:
                iter_errors[0] += 1


run_all(worker, threads)
problems = []
items = list(shared)
if len(items) != len(shared) or len(set(items)) != len(items):
    problems.append("len %d iteration %d distinct %d" % (len(shared), len(items), len(set(items))))
for x in items:
    if type(x) is not int or x < 0 or x >= VALUES or x not in shared:
        problems.append("bad element %r" % (x,))
        break
for v in range(VALUES):
    if (v in shared) != (v in items):
        problems.append("membership of %d disagrees" % v)
        break
verdict(problems, "len=%d iter_errors=%d pops=%d" % (len(shared), iter_errors[0], pops[0]))
