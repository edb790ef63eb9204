# Lock under heavy contention: plain with-blocks, acquire/release pairs,
# non-blocking tries and timed acquires protecting several counters.
# Invariant: the locked totals are exact; an invariant kept inside the
# critical section (a == b) is never seen broken.
# Usage: lock_contention.py [THREADS] [ITERS]; prints one verdict line "OK lock_contention ..."
# or "FAIL lock_contention: ..." (exit status 1).
import sys
import threading

NAME = "lock_contention"
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


lock = threading.Lock()
state = {"a": 0, "b": 0}
counter = [0]
tries = [0] * threads
broken = [0]


def worker(i):
    for n in range(iters):
        m = n % 4
        if m == 0:
            with lock:
                state["a"] += 1
                state["b"] += 1
                counter[0] += 1
        elif m == 1:
            lock.acquire()
            try:
                if state["a"] != state["b"]:
                    broken[0] += 1
                counter[0] += 1
            finally:
                lock.release()
        elif m == 2:
            k = 0
            while not lock.acquire(blocking=False):
                tries[i] += 1
                k += 1
                if k == 50:
                    lock.acquire()
                    break
            state["a"] += 1
            state["b"] += 1
            counter[0] += 1
            lock.release()
        else:
            if lock.acquire(timeout=5):
                counter[0] += 1
                lock.release()
            else:
                errors.append("timed acquire failed for 5 s")


run_all(worker, threads)
problems = []
if counter[0] != threads * iters:
    problems.append("counter %d != %d" % (counter[0], threads * iters))
want = threads * ((iters + 3) // 4 + (iters + 1) // 4)
if state["a"] != want or state["b"] != want:
    problems.append("a=%d b=%d expected %d" % (state["a"], state["b"], want))
if broken[0]:
    problems.append("critical-section invariant seen broken %d times" % broken[0])
if lock.locked():
    problems.append("lock still held")
verdict(problems, "counter=%d failed_tries=%d" % (counter[0], sum(tries)))
