# Semaphore(2) and BoundedSemaphore(3) under contention, with blocking,
# non-blocking and timed acquires.
# Invariant: never more than 2 (3) holders at once (counted under a lock);
# the number of completed critical sections is exact; the bounded
# semaphore ends full (one more release raises ValueError).
# Usage: semaphore_contention.py [THREADS] [ITERS]; prints one verdict line "OK semaphore_contention ..."
# or "FAIL semaphore_contention: ..." (exit status 1).
import sys
import threading

NAME = "semaphore_contention"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
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


sem = threading.Semaphore(2)
bsem = threading.BoundedSemaphore(3)
lock = threading.Lock()
inside = [0, 0]
peak = [0, 0]
done = [0, 0]


def enter(k):
    with lock:
        inside[k] += 1
        if inside[k] > peak[k]:
            peak[k] = inside[k]


def leave(k):
    with lock:
        inside[k] -= 1
        done[k] += 1


def worker(i):
    for n in range(iters):
        if n % 3 == 0:
            with sem:
                enter(0)
                leave(0)
        elif n % 3 == 1:
            k = 0
            while not sem.acquire(blocking=False):
                k += 1
                if k == 50:
                    sem.acquire()
                    break
            enter(0)
            leave(0)
            sem.release()
        else:
            if not bsem.acquire(timeout=10):
                errors.append("bounded acquire timed out")
                continue
            enter(1)
            leave(1)
            bsem.release()


run_all(worker, threads)
problems = []
if peak[0] > 2 or peak[1] > 3:
    problems.append("peaks %r exceed 2/3" % (peak,))
want0 = threads * ((iters + 2) // 3 + (iters + 1) // 3)
want1 = threads * (iters // 3)
if done != [want0, want1]:
    problems.append("done %r expected %r" % (done, [want0, want1]))
try:
    bsem.release()
    problems.append("bounded semaphore accepted an extra release")
except ValueError:
    pass
got = [sem.acquire(blocking=False) for _ in range(3)]
if got != [True, True, False]:
    problems.append("semaphore value wrong at the end: %r" % (got,))
verdict(problems, "peaks=%r done=%d" % (peak, sum(done)))
