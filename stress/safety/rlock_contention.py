# RLock under contention with nesting depth 1..4, recursion under the lock
# and non-blocking re-acquires by the owner.
# Invariant: exact totals; the lock is free at the end.
# Usage: rlock_contention.py [THREADS] [ITERS]; prints one verdict line "OK rlock_contention ..."
# or "FAIL rlock_contention: ..." (exit status 1).
import sys
import threading

NAME = "rlock_contention"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 16000
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


rlock = threading.RLock()
total = [0]


def nested(d):
    with rlock:
        total[0] += 1
        if d > 1:
            nested(d - 1)


def worker(i):
    for n in range(iters):
        d = 1 + n % 4
        nested(d)
        rlock.acquire()
        rlock.acquire(blocking=False)
        total[0] += 1
        rlock.release()
        rlock.release()


run_all(worker, threads)
problems = []
per_thread = 0
for n in range(iters):
    per_thread += 1 + n % 4 + 1
want = threads * per_thread
if total[0] != want:
    problems.append("total %d != %d" % (total[0], want))
if not rlock.acquire(blocking=False):
    problems.append("rlock still held by someone")
else:
    rlock.release()
verdict(problems, "total=%d" % total[0])
