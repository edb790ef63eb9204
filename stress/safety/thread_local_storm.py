# threading.local shared by many short-lived threads and the long-lived
# workers: each sets, reads, replaces and deletes its own attributes while
# the others do the same.
# Invariant: a thread only ever sees its own values; a fresh thread sees
# no attributes; counts are exact.
# Usage: thread_local_storm.py [THREADS] [ITERS]; prints one verdict line "OK thread_local_storm ..."
# or "FAIL thread_local_storm: ..." (exit status 1).
import sys
import threading

NAME = "thread_local_storm"
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


data = threading.local()
fresh_ok = [0]
lock = threading.Lock()


def short_lived(tag):
    if hasattr(data, "owner"):
        errors.append("fresh thread sees an attribute")
    data.owner = tag
    data.items = [tag] * 3
    if data.owner != tag or data.items != [tag] * 3:
        errors.append("short-lived thread sees foreign values")
    with lock:
        fresh_ok[0] += 1


def worker(i):
    data.owner = i
    data.count = 0
    for n in range(iters):
        data.count += 1
        if data.owner != i:
            errors.append("thread %d sees owner %r" % (i, data.owner))
        if n % 10 == 0:
            data.tmp = (i, n)
        elif n % 10 == 5:
            if data.tmp != (i, n - 5):
                errors.append("tmp %r" % (data.tmp,))
            del data.tmp
        if n % 300 == 0:
            t = threading.Thread(target=short_lived, args=(i * 100000 + n,))
            t.start()
            t.join()
    if data.count != iters:
        errors.append("thread %d count %d" % (i, data.count))


run_all(worker, threads)
problems = []
if hasattr(data, "owner") or hasattr(data, "count"):
    problems.append("main thread sees worker attributes")
want = threads * ((iters + 299) // 300)
if fresh_ok[0] != want:
    problems.append("short-lived threads %d, expected %d" % (fresh_ok[0], want))
verdict(problems, "short_lived=%d" % fresh_ok[0])
