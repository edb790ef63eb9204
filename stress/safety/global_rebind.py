# A global name rebound to fresh objects (instances, lists, functions)
# while other threads read it and call through it, no locks.
# Invariant: every object read is internally consistent (total == a + b,
# a list's sum equals its recorded sum, a function returns what its
# closure says); the final objects are intact.
# Usage: global_rebind.py [THREADS] [ITERS]; prints one verdict line "OK global_rebind ..."
# or "FAIL global_rebind: ..." (exit status 1).
import sys
import threading

NAME = "global_rebind"
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


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.total = a + b


def make_fn(k):
    def fn(x):
        return x + k
    return fn, k


current = Pair(1, 2)
current_list = [3, 4, 5]
current_fn = make_fn(10)
rebinds = [0] * threads


def worker(i):
    global current, current_list, current_fn
    seed = i + 21
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 6
        v = (seed >> 4) % 1000
        if op == 0:
            current = Pair(v, i)
            rebinds[i] += 1
        elif op == 1:
            current_list = [v, v, v, 3 * v]
        elif op == 2:
            current_fn = make_fn(v)
        elif op == 3:
            p = current
            if p.a + p.b != p.total:
                errors.append("pair %r %r %r" % (p.a, p.b, p.total))
        elif op == 4:
            lst = current_list
            if len(lst) == 4 and lst[0] + lst[1] + lst[2] != lst[3]:
                errors.append("list %r" % (lst,))
            elif len(lst) == 3 and lst != [3, 4, 5]:
                errors.append("list %r" % (lst,))
        else:
            fn, k = current_fn
            if fn(1) != 1 + k:
                errors.append("fn(1) = %r, k = %r" % (fn(1), k))


run_all(worker, threads)
problems = []
if current.a + current.b != current.total:
    problems.append("final pair broken")
fn, k = current_fn
if fn(0) != k:
    problems.append("final fn broken")
verdict(problems, "rebinds=%d" % sum(rebinds))
