# Closures sharing cells through nonlocal: an unlocked counter (lost
# updates are allowed), a locked counter (must be exact), and a cell
# rebound to fresh lists while other threads read it.
# Invariant: 0 < unlocked <= expected; locked == expected; every list read
# from the rebound cell is consistent.
# Usage: closure_cells.py [THREADS] [ITERS]; prints one verdict line "OK closure_cells ..."
# or "FAIL closure_cells: ..." (exit status 1).
import sys
import threading

NAME = "closure_cells"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 60000
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


def make():
    unlocked = 0
    locked = 0
    box = [0, 0]
    lock = threading.Lock()

    def bump_unlocked():
        nonlocal unlocked
        unlocked += 1

    def bump_locked():
        nonlocal locked
        with lock:
            locked += 1

    def rebind(v):
        nonlocal box
        box = [v, -v]

    def check():
        b = box
        return b[0] + b[1] == 0

    def totals():
        return unlocked, locked

    return bump_unlocked, bump_locked, rebind, check, totals


bump_unlocked, bump_locked, rebind, check, totals = make()
bad = [0]


def worker(i):
    for n in range(iters):
        bump_unlocked()
        if n % 3 == 0:
            bump_locked()
        if n % 5 == 0:
            rebind(n * threads + i)
        if not check():
            bad[0] += 1


run_all(worker, threads)
problems = []
u, l = totals()
expected_u = threads * iters
expected_l = threads * ((iters + 2) // 3)
if not 0 < u <= expected_u:
    problems.append("unlocked total %d outside (0, %d]" % (u, expected_u))
if l != expected_l:
    problems.append("locked total %d != %d" % (l, expected_l))
if bad[0]:
    problems.append("%d inconsistent cell reads" % bad[0])
verdict(problems, "unlocked=%d/%d locked=%d" % (u, expected_u, l))
