# Fixed-length shared lists: unlocked counters[k] += 1, unlocked swaps of
# perm[k] and perm[j], and a per-slot locked list alongside.
# Invariant: the lengths never change; the unlocked counter total is within
# (0, expected] (lost updates only lose); perm only ever holds values it
# started with (a racing swap may duplicate one and drop another, so its
# sum is not checked); the locked total is exact.
# Usage: list_index_assign.py [THREADS] [ITERS]; prints one verdict line "OK list_index_assign ..."
# or "FAIL list_index_assign: ..." (exit status 1).
import sys
import threading

NAME = "list_index_assign"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 80000
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


SLOTS = 16
counters = [0] * SLOTS
perm = list(range(SLOTS))
locked = [0] * SLOTS
locks = [threading.Lock() for _ in range(SLOTS)]
swaps = [0]


def worker(i):
    seed = i + 13
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = (seed >> 16) % SLOTS
        counters[k] += 1
        if n % 4 == 0:
            with locks[k]:
                locked[k] += 1
        if n % 50 == 0:
            j = (seed >> 8) % SLOTS
            perm[k], perm[j] = perm[j], perm[k]
            swaps[0] += 1
        if n % 100 == 0 and (len(counters) != SLOTS or len(perm) != SLOTS):
            errors.append("length changed to %d/%d" % (len(counters), len(perm)))


run_all(worker, threads)
problems = []
if len(counters) != SLOTS or any(type(x) is not int for x in counters):
    problems.append("counters damaged")
if len(perm) != SLOTS or any(type(x) is not int or not 0 <= x < SLOTS for x in perm):
    problems.append("perm holds a value it never had: %r" % (perm,))
total = sum(counters)
want = threads * iters
if not 0 < total <= want:
    problems.append("unlocked total %d outside (0, %d]" % (total, want))
want_l = threads * ((iters + 3) // 4)
if sum(locked) != want_l:
    problems.append("locked total %d != %d" % (sum(locked), want_l))
verdict(problems, "unlocked=%d/%d locked=%d" % (total, want, sum(locked)))
