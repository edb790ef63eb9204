# One shared list hammered with append, iterate, sort, reverse, slice
# assignment, index assignment, remove, count, copy and len, no locks.
# Invariant: the interpreter survives; every element is an int in the
# range the threads use; a final sort yields an ordered list whose length
# matches iteration; the list never exceeds its bound by much.
# Usage: list_mixed_ops.py [THREADS] [ITERS]; prints one verdict line "OK list_mixed_ops ..."
# or "FAIL list_mixed_ops: ..." (exit status 1).
import sys
import threading

NAME = "list_mixed_ops"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
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


LIMIT = 400
shared = list(range(100))
sort_errors = [0]


def worker(i):
    seed = i * 7 + 3
    for k in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 12
        v = (seed >> 4) % 1000
        if op == 0 or op == 1:
            if len(shared) < LIMIT:
                shared.append(v)
        elif op == 2:
            total = 0
            for x in shared:
                total += x
        elif op == 3:
            try:
                shared.sort()
            except ValueError:
                sort_errors[0] += 1
        elif op == 4:
            shared.reverse()
        elif op == 5:
            a = (seed >> 8) % 50
            shared[a:a + 5] = [v, v + 1, v + 2]
        elif op == 6:
            n = len(shared)
            if n:
                try:
                    shared[(seed >> 3) % n] = v
                except IndexError:
                    pass
        elif op == 7:
            try:
                shared.remove(v)
            except ValueError:
                pass
        elif op == 8:
            c = shared.count(v)
            if c < 0:
                errors.append("negative count")
        elif op == 9:
            cp = shared.copy()
            if len(cp) > LIMIT + 10 * threads:
                errors.append("copy too long: %d" % len(cp))
        elif op == 10:
            s = shared[::3]
            t = shared[-5:]
        else:
            if len(shared) > LIMIT // 2:
                del shared[:10]


run_all(worker, threads)
problems = []
for x in shared:
    if type(x) is not int or x < 0 or x > 1002:
        problems.append("bad element %r" % (x,))
        break
n_iter = 0
for x in shared:
    n_iter += 1
if n_iter != len(shared):
    problems.append("iteration saw %d, len %d" % (n_iter, len(shared)))
shared.sort()
for k in range(1, len(shared)):
    if shared[k - 1] > shared[k]:
        problems.append("final sort not ordered")
        break
verdict(problems, "len=%d sort_errors=%d" % (len(shared), sort_errors[0]))
