# Threads that start threads that start threads (a tree per round), while
# the root threads keep working; leaves report under a lock.
# Invariant: the number of leaves and their labels are exact; no thread is
# left alive; active_count returns to 1.
# Usage: threads_start_threads.py [THREADS] [ITERS]; prints one verdict line "OK threads_start_threads ..."
# or "FAIL threads_start_threads: ..." (exit status 1).
import sys
import threading

NAME = "threads_start_threads"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 40
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


lock = threading.Lock()
leaves = []
DEPTH = 3
FAN = 2


def node(depth, label):
    if depth == 0:
        x = 0
        for k in range(50):
            x += k
        with lock:
            leaves.append((label, x))
        return
    kids = [threading.Thread(target=node, args=(depth - 1, label * FAN + j)) for j in range(FAN)]
    for t in kids:
        t.start()
    for t in kids:
        t.join()
        if t.is_alive():
            errors.append("joined child still alive")


def worker(i):
    for r in range(iters):
        node(DEPTH, i * iters + r)


run_all(worker, threads)
problems = []
per_tree = FAN ** DEPTH
expected = threads * iters * per_tree
if len(leaves) != expected:
    problems.append("%d leaves, expected %d" % (len(leaves), expected))
labels = sorted(label for label, x in leaves)
want = []
for root in range(threads * iters):
    for j in range(per_tree):
        want.append(root * per_tree + j)
if labels != want:
    problems.append("leaf labels wrong")
if any(x != 1225 for label, x in leaves):
    problems.append("leaf computed wrong value")
if threading.active_count() != 1:
    problems.append("active_count %d at the end" % threading.active_count())
verdict(problems, "leaves=%d" % len(leaves))
