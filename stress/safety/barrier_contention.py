# A Barrier reused for many rounds by all threads; between barriers each
# thread adds to a per-round slot without a lock (one writer per slot).
# Invariant: wait() indexes in each round are 0..n-1 exactly; after each
# barrier every thread sees the previous round complete.
# Usage: barrier_contention.py [THREADS] [ITERS]; prints one verdict line "OK barrier_contention ..."
# or "FAIL barrier_contention: ..." (exit status 1).
import sys
import threading

NAME = "barrier_contention"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 800
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


bar = threading.Barrier(threads)
slots = [[0] * threads for _ in range(iters)]
idx_seen = [[] for _ in range(iters)]
lock = threading.Lock()


def worker(i):
    for r in range(iters):
        slots[r][i] = r + 1
        idx = bar.wait(30)
        with lock:
            idx_seen[r].append(idx)
        if r > 0:
            prev = slots[r - 1]
            if prev != [r] * threads:
                errors.append("round %d incomplete after barrier: %r" % (r - 1, prev))
        if slots[r] != [r + 1] * threads:
            errors.append("round %d incomplete right after barrier" % r)


run_all(worker, threads)
problems = []
for r in range(iters):
    if sorted(idx_seen[r]) != list(range(threads)):
        problems.append("round %d indexes %r" % (r, sorted(idx_seen[r])))
        break
if bar.n_waiting != 0:
    problems.append("barrier left with %d waiting" % bar.n_waiting)
verdict(problems, "rounds=%d parties=%d" % (iters, bar.parties))
