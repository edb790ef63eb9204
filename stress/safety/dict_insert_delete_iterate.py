# One dict, overlapping keys: set, del, pop, setdefault, get, iterate over
# keys/values/items (CPython raises RuntimeError "dictionary changed size
# during iteration" or "dictionary keys changed during iteration": caught
# and counted), no locks.
# Invariant: every value encodes its own key (v // 1000 == k); len matches
# iteration and the distinct keys; all keys are in the key space.
# Usage: dict_insert_delete_iterate.py [THREADS] [ITERS]; prints one verdict line "OK dict_insert_delete_iterate ..."
# or "FAIL dict_insert_delete_iterate: ..." (exit status 1).
import sys
import threading

NAME = "dict_insert_delete_iterate"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 60000
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


KEYS = 64
shared = {}
iter_errors = [0]
misses = [0]


def worker(i):
    seed = i * 31 + 7
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 10
        k = (seed >> 4) % KEYS
        if op < 3:
            shared[k] = k * 1000 + i
        elif op == 3:
            try:
                del shared[k]
            except KeyError:
                misses[0] += 1
        elif op == 4:
            shared.pop(k, None)
        elif op == 5:
            v = shared.setdefault(k, k * 1000 + i)
            if v // 1000 != k:
                errors.append("setdefault(%d) gave %r" % (k, v))
        elif op == 6:
            v = shared.get(k)
            if v is not None and v // 1000 != k:
                errors.append("get(%d) gave %r" % (k, v))
        else:
            try:
                if op == 7:
                    for key in shared:
                        if type(key) is not int:
                            errors.append("bad key %r" % (key,))
                elif op == 8:
                    for key, v in shared.items():
                        if v // 1000 != key:
                            errors.append("item %r: %r" % (key, v))
                else:
                    total = 0
                    for v in shared.values():
                        total += v
            except RuntimeError as e:
                if "changed" not in str(e):
                    errors.append("unexpected RuntimeError: %s" % e)
                iter_errors[0] += 1


run_all(worker, threads)
problems = []
keys = list(shared)
if len(keys) != len(shared) or len(set(keys)) != len(keys):
    problems.append("len %d, iteration %d, distinct %d" % (len(shared), len(keys), len(set(keys))))
for k, v in shared.items():
    if type(k) is not int or k < 0 or k >= KEYS or v // 1000 != k or v % 1000 >= threads:
        problems.append("bad entry %r: %r" % (k, v))
        break
for k in range(KEYS):
    if (k in shared) != (k in keys):
        problems.append("membership of %d disagrees with iteration" % k)
        break
verdict(problems, "len=%d iter_errors=%d del_misses=%d" % (len(shared), iter_errors[0], misses[0]))
