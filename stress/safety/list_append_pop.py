# Racing append/pop/pop(0)/insert on one shared list, no locks.
# Invariant: popped + remaining == appended as multisets (every item is
# distinct, none lost, none duplicated, nothing foreign).
# Usage: list_append_pop.py [THREADS] [ITERS]; prints one verdict line "OK list_append_pop ..."
# or "FAIL list_append_pop: ..." (exit status 1).
import sys
import threading

NAME = "list_append_pop"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 40000
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
appended = [0] * threads
popped = [None] * threads
empty_pops = [0] * threads


def worker(i):
    mine = []
    seed = i + 1
    base = i * iters
    n = 0
    for k in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 8
        if op < 4:
            shared.append(base + n)
            n += 1
        elif op == 4:
            shared.insert(0, base + n)
            n += 1
        elif op == 5:
            try:
                mine.append(shared.pop(0))
            except IndexError:
                empty_pops[i] += 1
        else:
            try:
                mine.append(shared.pop())
            except IndexError:
                empty_pops[i] += 1
    appended[i] = n
    popped[i] = mine


run_all(worker, threads)
problems = []
everything = list(shared)
for m in popped:
    if m is not None:
        everything.extend(m)
expected = []
for i in range(threads):
    expected.extend(range(i * iters, i * iters + appended[i]))
if len(everything) != len(expected):
    problems.append("popped+remaining has %d items, appended %d" % (len(everything), len(expected)))
everything.sort()
if everything != expected:
    seen = set()
    dups = 0
    for x in everything:
        if x in seen:
            dups += 1
        seen.add(x)
    lost = len(set(expected) - seen)
    problems.append("multiset mismatch: %d duplicates, %d lost" % (dups, lost))
if not all(type(x) is int for x in shared):
    problems.append("non-int in list")
verdict(problems, "appended=%d remaining=%d empty_pops=%d" % (len(expected), len(shared), sum(empty_pops)))
