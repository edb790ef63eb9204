# queue.Queue (bounded) with many producers and consumers, put/get with
# timeouts, get_nowait polling, task_done/join.
# Invariant: every item is delivered exactly once; join returns; the
# queue ends empty.
# Usage: queue_many.py [THREADS] [ITERS]; prints one verdict line "OK queue_many ..."
# or "FAIL queue_many: ..." (exit status 1).
import sys
import threading
import queue

NAME = "queue_many"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
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


q = queue.Queue(maxsize=16)
producers = max(1, threads // 2)
consumers = max(1, threads - producers)
got = [None] * consumers
empties = [0]


def produce(p):
    for n in range(iters):
        q.put(p * iters + n, timeout=30)


def consume(c):
    mine = []
    while True:
        try:
            if len(mine) % 3 == 0:
                try:
                    item = q.get_nowait()
                except queue.Empty:
                    empties[0] += 1
                    item = q.get(timeout=0.05)
            else:
                item = q.get(timeout=0.05)
        except queue.Empty:
            empties[0] += 1
            continue
        q.task_done()
        if item is None:
            break
        mine.append(item)
    got[c] = mine


def worker(i):
    if i < producers:
        produce(i)
    else:
        consume(i - producers)


def feeder():
    for p in prod_threads:
        p.join()
    q.join()
    for c in range(consumers):
        q.put(None)


go = threading.Event()


def wrap(fn, i):
    def run():
        go.wait()
        try:
            fn(i)
        except BaseException as e:
            errors.append("%s raised %s: %s" % (fn.__name__, type(e).__name__, e))
    return run


prod_threads = [threading.Thread(target=wrap(produce, p)) for p in range(producers)]
cons_threads = [threading.Thread(target=wrap(consume, c)) for c in range(consumers)]
all_threads = prod_threads + cons_threads
for t in all_threads:
    t.start()
go.set()
feeder()
for t in all_threads:
    t.join()
q.join()
problems = []
items = []
for m in got:
    items.extend(m or [])
items.sort()
if items != list(range(producers * iters)):
    problems.append("%d items, %d distinct, expected %d" % (len(items), len(set(items)), producers * iters))
if not q.empty() or q.qsize() != 0:
    problems.append("queue not empty at the end")
verdict(problems, "producers=%d consumers=%d items=%d empty_polls=%d" % (producers, consumers, len(items), empties[0]))
