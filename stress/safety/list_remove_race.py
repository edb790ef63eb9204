# Threads remove the items of one shared list, each its own share, while
# others ask index/count/in of items that stay: list.remove finds and
# removes in one step, so no remove takes a neighbour or misses its item.
# Invariant: no ValueError, every removed item gone, every other item kept,
# the order of what stays unchanged.
# Usage: list_remove_race.py [THREADS] [ITERS]; prints one verdict line "OK list_remove_race ..."
# or "FAIL list_remove_race: ..." (exit status 1).
import sys
import threading

NAME = "list_remove_race"
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

items = list(range(threads * iters))
keep = ["keep%d" % k for k in range(8)]
shared = keep[:4] + items + keep[4:]


def worker(i):
    # thread i removes the items congruent to i, from the front
    for v in range(i, threads * iters, threads):
        try:
            shared.remove(v)
        except ValueError:
            errors.append("thread %d: remove(%d) raised ValueError" % (i, v))
            return
        if v % 97 == 0:
            k = keep[v % 8]
            if k not in shared or shared.count(k) != 1:
                errors.append("thread %d: %s went missing" % (i, k))
                return
            if shared.index(keep[0]) != 0:
                errors.append("thread %d: index(%s) is %d" % (i, keep[0], shared.index(keep[0])))
                return


run_all(worker, threads)
problems = []
if shared != keep:
    problems.append("left %d items, first %r; expected the 8 kept" % (len(shared), shared[:10]))
verdict(problems, "removed=%d left=%d" % (threads * iters, len(shared)))
