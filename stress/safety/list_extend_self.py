# list.extend(itself), lst += lst, lst * 2, slice copies and clears racing
# on one shared list of small ints. Invariant: every element is one of the
# values ever put in; length stays bounded; iteration matches len.
# Usage: list_extend_self.py [THREADS] [ITERS]; prints one verdict line "OK list_extend_self ..."
# or "FAIL list_extend_self: ..." (exit status 1).
import sys
import threading

NAME = "list_extend_self"
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


shared = [1, 2, 3]
VALUES = set(range(20))
extends = [0] * threads


def worker(i):
    seed = i + 11
    for k in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 7
        if op == 0:
            if len(shared) < 500:
                shared.extend(shared)
                extends[i] += 1
        elif op == 1:
            if len(shared) < 500:
                lst = shared
                lst += lst[:10]
        elif op == 2:
            d = shared * 2
            if len(d) % 2 != 0:
                errors.append("list*2 has odd length %d" % len(d))
        elif op == 3:
            shared.append((seed >> 8) % 20)
        elif op == 4:
            if len(shared) > 300:
                del shared[100:]
        elif op == 5:
            shared[:] = shared[:50]
        else:
            shared.extend([(seed >> 4) % 20, (seed >> 20) % 20])


run_all(worker, threads)
problems = []
bad = [x for x in shared if x not in VALUES]
if bad:
    problems.append("foreign elements, e.g. %r" % (bad[0],))
if len(shared) > 600 * 2 ** min(threads, 40) + 1000 * threads:
    problems.append("list too long: %d" % len(shared))
if len([x for x in shared]) != len(shared):
    problems.append("iteration and len disagree")
verdict(problems, "len=%d self_extends=%d" % (len(shared), sum(extends)))
