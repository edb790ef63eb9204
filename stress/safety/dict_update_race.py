# dict.update from other dicts and from the shared dict itself, copy(),
# dict(d), clear and comprehension over the shared dict, racing.
# Invariant: every value still belongs to its key (v[0] == k); copies are
# internally consistent; types are right.
# Usage: dict_update_race.py [THREADS] [ITERS]; prints one verdict line "OK dict_update_race ..."
# or "FAIL dict_update_race: ..." (exit status 1).
import sys
import threading

NAME = "dict_update_race"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 16000
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
updates = [0] * threads


def worker(i):
    seed = i + 5
    mine = {}
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 8
        k = (seed >> 3) % 100
        if op == 0:
            mine = {k + j: (k + j, i) for j in range(5)}
            shared.update(mine)
            updates[i] += 1
        elif op == 1:
            shared.update(shared)
        elif op == 2:
            c = shared.copy()
            for key in c:
                if c[key][0] != key:
                    errors.append("copy entry %r: %r" % (key, c[key]))
        elif op == 3:
            c = dict(shared)
            if len(c) > 104:
                errors.append("copy too big: %d" % len(c))
        elif op == 4:
            if (seed >> 8) % 50 == 0:
                shared.clear()
        elif op == 5:
            try:
                sq = {key: v for key, v in shared.items() if key % 2}
            except RuntimeError:
                pass
        elif op == 6:
            shared.update({k: (k, i)})
            shared.update([(k + 1, (k + 1, i))])
        else:
            try:
                ks = list(shared.keys())[:5]
            except RuntimeError:
                ks = []
            shared.update(zip(ks, [(key, i) for key in ks]))


run_all(worker, threads)
problems = []
for k in list(shared):
    v = shared.get(k)
    if type(v) is not tuple or len(v) != 2 or v[0] != k or not 0 <= v[1] < threads:
        problems.append("bad value %r" % (v,))
        break
if len(list(shared)) != len(shared):
    problems.append("len disagrees with iteration")
verdict(problems, "len=%d updates=%d" % (len(shared), sum(updates)))
