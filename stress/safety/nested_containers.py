# Nested shared containers (a list of dicts of lists) mutated at every
# level: inner lists appended/popped, dicts replaced and updated, outer
# slots rebound, no locks.
# Invariant: the structure keeps its shape and types; every inner value
# encodes its slot and key (v // 1000 == slot * 10 + key).
# Usage: nested_containers.py [THREADS] [ITERS]; prints one verdict line "OK nested_containers ..."
# or "FAIL nested_containers: ..." (exit status 1).
import sys
import threading

NAME = "nested_containers"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 30000
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


SLOTS = 8
KEYS = 4


def fresh(slot):
    return {k: [(slot * 10 + k) * 1000] for k in range(KEYS)}


outer = [fresh(s) for s in range(SLOTS)]
replaced = [0]


def worker(i):
    seed = i + 55
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 8
        s = (seed >> 4) % SLOTS
        k = (seed >> 8) % KEYS
        d = outer[s]
        if op < 3:
            lst = d[k]
            if len(lst) < 50:
                lst.append((s * 10 + k) * 1000 + i)
        elif op == 3:
            try:
                d[k].pop()
            except IndexError:
                pass
        elif op == 4:
            outer[s] = fresh(s)
            replaced[0] += 1
        elif op == 5:
            d[k] = [(s * 10 + k) * 1000 + n % 1000]
        elif op == 6:
            for kk in range(KEYS):
                for v in d[kk]:
                    if v // 1000 != s * 10 + kk:
                        errors.append("slot %d key %d holds %r" % (s, kk, v))
        else:
            d.update({k: d[k][:]})


run_all(worker, threads)
problems = []
if len(outer) != SLOTS:
    problems.append("outer length %d" % len(outer))
for s in range(SLOTS):
    d = outer[s]
    if type(d) is not dict or sorted(d.keys()) != list(range(KEYS)):
        problems.append("slot %d is %r" % (s, type(d).__name__))
        continue
    for k in range(KEYS):
        if type(d[k]) is not list:
            problems.append("slot %d key %d not a list" % (s, k))
        for v in d[k]:
            if v // 1000 != s * 10 + k:
                problems.append("slot %d key %d holds %r" % (s, k, v))
                break
verdict(problems, "replaced=%d" % replaced[0])
