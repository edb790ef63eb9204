# CPU-bound threads under a tiny switch interval (sys.setswitchinterval
# (1e-6)): per-thread loops with local state, a shared unlocked counter and
# a shared locked counter.
# Invariant: per-thread results are exact; locked total exact; unlocked
# total within (0, expected]; the interval reads back.
# Usage: switch_interval_cpu.py [THREADS] [ITERS]; prints one verdict line "OK switch_interval_cpu ..."
# or "FAIL switch_interval_cpu: ..." (exit status 1).
import sys
import threading

NAME = "switch_interval_cpu"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
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


sys.setswitchinterval(1e-6)
results = [0] * threads
unlocked = [0]
locked = [0]
lock = threading.Lock()


def worker(i):
    x = 0
    acc = 0
    for n in range(iters):
        x += 1
        acc += n % 7
        if n % 16 == 0:
            unlocked[0] += 1
        if n % 64 == 0:
            with lock:
                locked[0] += 1
    results[i] = x
    if acc != sum(n % 7 for n in range(iters)):
        errors.append("thread %d acc wrong" % i)


run_all(worker, threads)
problems = []
if results != [iters] * threads:
    problems.append("per-thread results %r" % (results,))
exp_u = threads * ((iters + 15) // 16)
exp_l = threads * ((iters + 63) // 64)
if not 0 < unlocked[0] <= exp_u:
    problems.append("unlocked %d outside (0, %d]" % (unlocked[0], exp_u))
if locked[0] != exp_l:
    problems.append("locked %d != %d" % (locked[0], exp_l))
iv = sys.getswitchinterval()
if not 0 < iv < 0.001:
    problems.append("switch interval reads back %r" % iv)
sys.setswitchinterval(0.005)
verdict(problems, "unlocked=%d/%d locked=%d" % (unlocked[0], exp_u, locked[0]))
