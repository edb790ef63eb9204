# list(d), tuple(d), sorted(d), list(d.items()), xs.extend(d), set(d),
# dict(d), d.copy(), set(s), sorted(s) ... while other threads add and
# delete keys: in free-threaded CPython each copy is made in one step
# under the container's lock, so none may raise "changed size during
# iteration" and every copy is a state the container was in.
# Invariant: no RuntimeError; every copied pair has v == 2 * k; a copy of
# the keys has no duplicates.
# Usage: container_copy_atomic.py [THREADS] [ITERS]; prints one verdict line "OK container_copy_atomic ..."
# or "FAIL container_copy_atomic: ..." (exit status 1).
import sys
import threading

NAME = "container_copy_atomic"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
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


shared = {}

d = {k: 2 * k for k in range(64)}
s = set(range(64))
copies = [0] * max(threads, 2)


def check_keys(i, what, ks):
    if len(set(ks)) != len(ks):
        errors.append("thread %d: %s has duplicates" % (i, what))


def worker(i):
    seed = i + 11
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = 64 + (seed >> 8) % 200
        if i % 2 == 0:
            # a writer: grow and shrink both containers
            d[k] = 2 * k
            s.add(k)
            d.pop(k - 1, None)
            s.discard(k + 1)
            continue
        op = n % 12
        try:
            if op == 0:
                check_keys(i, "list(d)", list(d))
            elif op == 1:
                check_keys(i, "tuple(d)", tuple(d))
            elif op == 2:
                check_keys(i, "sorted(d)", sorted(d))
            elif op == 3:
                for kk, vv in list(d.items()):
                    if vv != 2 * kk:
                        errors.append("thread %d: list(d.items()) pair %r" % (i, (kk, vv)))
            elif op == 4:
                vs = list(d.values())
                if any(v % 2 for v in vs):
                    errors.append("thread %d: list(d.values()) has an odd value" % i)
            elif op == 5:
                xs = []
                xs.extend(d)
                check_keys(i, "extend(d)", xs)
            elif op == 6:
                set(d)
                set(d.keys())
            elif op == 7:
                c = dict(d)
                c2 = d.copy()
                for cc in (c, c2):
                    for kk in cc:
                        if cc[kk] != 2 * kk:
                            errors.append("thread %d: a copy has %r: %r" % (i, kk, cc[kk]))
            elif op == 8:
                c = dict(d.items())
                if any(c[kk] != 2 * kk for kk in c):
                    errors.append("thread %d: dict(d.items()) is wrong" % i)
            elif op == 9:
                check_keys(i, "list(s)", list(s))
                check_keys(i, "sorted(s)", sorted(s))
            elif op == 10:
                set(s)
                tuple(s)
                frozen = s.copy()
                if len(frozen) != len(list(frozen)):
                    errors.append("thread %d: s.copy() is inconsistent" % i)
            else:
                xs = []
                xs.extend(s)
                xs.extend(d.values())
            copies[i] += 1
        except RuntimeError as e:
            errors.append("thread %d: op %d raised RuntimeError: %s" % (i, op, e))
            return


run_all(worker, max(threads, 2))
problems = []
for kk in d:
    if d[kk] != 2 * kk:
        problems.append("d[%r] = %r" % (kk, d[kk]))
        break
verdict(problems, "copies=%d len(d)=%d len(s)=%d" % (sum(copies), len(d), len(s)))
