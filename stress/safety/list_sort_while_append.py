# Sorting one shared list while other threads append distinct items to it
# (CPython raises ValueError "list modified during sort" and may drop the
# items appended during that sort). Invariant: no duplicates, nothing
# foreign, the final list sorts correctly, the sorts that raised are counted.
# Usage: list_sort_while_append.py [THREADS] [ITERS]; prints one verdict line "OK list_sort_while_append ..."
# or "FAIL list_sort_while_append: ..." (exit status 1).
import sys
import threading

NAME = "list_sort_while_append"
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


shared = []
sort_errors = [0]
sorts = [0]


def worker(i):
    base = i * iters
    for k in range(iters):
        shared.append(base + k)
        if k % 50 == 0:
            try:
                if k % 150 == 0:
                    shared.sort(key=lambda x: -x)
                else:
                    shared.sort(reverse=(k % 100 == 0))
                sorts[0] += 1
            except ValueError as e:
                if "modified" not in str(e):
                    errors.append("unexpected ValueError: %s" % e)
                sort_errors[0] += 1
        if k % 200 == 0 and len(shared) > 2000:
            del shared[:1000]


run_all(worker, threads)
problems = []
if len(shared) != len(set(shared)):
    problems.append("duplicates: len %d distinct %d" % (len(shared), len(set(shared))))
limit = threads * iters
for x in shared:
    if type(x) is not int or x < 0 or x >= limit:
        problems.append("foreign element %r" % (x,))
        break
shared.sort()
if any(shared[k - 1] >= shared[k] for k in range(1, len(shared))):
    problems.append("final sort not strictly ordered")
verdict(problems, "len=%d sorts=%d sort_errors=%d" % (len(shared), sorts[0], sort_errors[0]))
