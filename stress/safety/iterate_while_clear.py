# Iterating a shared dict and list while another thread clears and
# refills them (dict: RuntimeError "changed size during iteration" caught;
# list iteration just stops early or sees new items).
# Invariant: iteration only ever yields valid items; containers stay
# usable; the list's length is always a multiple of the refill size (every
# change to it, extend/clear, is one atomic step); len agrees with
# iteration at the end.
# Usage: iterate_while_clear.py [THREADS] [ITERS]; prints one verdict line "OK iterate_while_clear ..."
# or "FAIL iterate_while_clear: ..." (exit status 1).
import sys
import threading

NAME = "iterate_while_clear"
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


SIZE = 100
d = {}
lst = []
iter_errors = [0]
seen = [0] * threads


def refill():
    for k in range(SIZE):
        d[k] = -k
    lst.extend(range(SIZE))


def worker(i):
    seed = i + 3
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 6
        if op == 0:
            d.clear()
            del lst[:]
        elif op == 1:
            refill()
        elif op == 2:
            try:
                for k in d:
                    v = d.get(k)
                    if v is not None and v != -k:
                        errors.append("d[%r] = %r" % (k, v))
                    seen[i] += 1
            except RuntimeError as e:
                if "changed" not in str(e):
                    errors.append("unexpected RuntimeError: %s" % e)
                iter_errors[0] += 1
        elif op == 3:
            for x in lst:
                if type(x) is not int or not 0 <= x < SIZE:
                    errors.append("list item %r" % (x,))
                seen[i] += 1
        elif op == 4:
            try:
                items = sorted(d.items())
                for k, v in items:
                    if v != -k:
                        errors.append("item %r" % ((k, v),))
            except RuntimeError:
                iter_errors[0] += 1
        else:
            lst.clear()
            n = len(lst)
            if n % SIZE:
                errors.append("list length %d not a multiple of %d (torn extend/clear)" % (n, SIZE))


run_all(worker, threads)
problems = []
if len(list(d)) != len(d) or len(list(lst)) != len(lst):
    problems.append("len disagrees with iteration")
for k, v in d.items():
    if v != -k:
        problems.append("final d[%r] = %r" % (k, v))
        break
refill()
if len(d) != SIZE or len(lst) < SIZE:
    problems.append("refill after the race: d %d list %d" % (len(d), len(lst)))
verdict(problems, "seen=%d iter_errors=%d" % (sum(seen), iter_errors[0]))
