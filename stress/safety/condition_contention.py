# A bounded buffer built from one Condition: producers and consumers
# (half the threads each, plus a stopper thread) use wait/notify/notify_all/wait_for.
# Invariant: every produced item is consumed exactly once; the buffer
# never exceeds its capacity.
# Usage: condition_contention.py [THREADS] [ITERS]; prints one verdict line "OK condition_contention ..."
# or "FAIL condition_contention: ..." (exit status 1).
import sys
import threading

NAME = "condition_contention"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
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


cond = threading.Condition()
buf = []
CAP = 8
consumed = []
over = [0]
producers = max(1, threads // 2)
consumers = max(1, threads - producers)
DONE = -1


def produce(p):
    for n in range(iters):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(p * iters + n)
            if len(buf) > CAP:
                over[0] += 1
            cond.notify_all()


def consume(c):
    mine = []
    while True:
        with cond:
            while not buf:
                cond.wait()
            item = buf.pop(0)
            cond.notify_all()
        if item == DONE:
            break
        mine.append(item)
    with cond:
        consumed.extend(mine)


def stopper(i):
    # after all producers are done, one DONE per consumer
    for t in prod_threads:
        t.join()
    for c in range(consumers):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(DONE)
            cond.notify_all()


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
stop_thread = threading.Thread(target=wrap(stopper, 0))
for t in prod_threads + cons_threads + [stop_thread]:
    t.start()
go.set()
for t in prod_threads + cons_threads + [stop_thread]:
    t.join()
problems = []
consumed.sort()
if consumed != list(range(producers * iters)):
    problems.append("consumed %d items, %d distinct, expected %d" % (len(consumed), len(set(consumed)), producers * iters))
if over[0]:
    problems.append("buffer over capacity %d times" % over[0])
if buf:
    problems.append("buffer not empty: %d" % len(buf))
verdict(problems, "producers=%d consumers=%d items=%d" % (producers, consumers, len(consumed)))
