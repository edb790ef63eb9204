# One list iterator, one dict iterator, one set iterator and one range
# iterator, each advanced by every thread at once with next().
# Invariant: the list, dict and set iterators hand out every item exactly
# once in total (each step is taken under the container's lock); the range
# iterator never hands out a value outside its range (duplicates are
# allowed there, as in CPython).
# Usage: shared_iterators.py [THREADS] [ITERS]; prints one verdict line "OK shared_iterators ..."
# or "FAIL shared_iterators: ..." (exit status 1).
import sys
import threading

NAME = "shared_iterators"
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


shared = {}


n_items = threads * iters
lit = iter(list(range(n_items)))
dit = iter({k: None for k in range(n_items)})
sit = iter(set(range(n_items)))
rit = iter(range(n_items))
got = [[] for _ in range(threads)]
ranged = [0] * threads


def worker(i):
    mine = got[i]
    for _ in range(iters):
        for it in (lit, dit, sit):
            v = next(it, None)
            if v is not None:
                mine.append(v)
        r = next(rit, None)
        if r is not None:
            if not 0 <= r < n_items:
                errors.append("thread %d: range iterator gave %r" % (i, r))
                return
            ranged[i] += 1


run_all(worker, threads)
problems = []
counts = {}
for mine in got:
    for v in mine:
        counts[v] = counts.get(v, 0) + 1
total = sum(counts.values())
if total != 3 * n_items or any(c != 3 for c in counts.values()):
    dup = [v for v, c in counts.items() if c != 3][:3]
    problems.append("%d items handed out for %d; wrong counts at %r" % (total, 3 * n_items, dup))
verdict(problems, "items=%d range_steps=%d" % (total, sum(ranged)))
