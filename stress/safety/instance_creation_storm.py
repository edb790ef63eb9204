# Every thread creates instances of shared classes (with __init__, super(),
# class-level counters under a lock, __eq__/__hash__ and __repr__), keeps
# some, drops most, and puts a few in a shared dict.
# Invariant: the locked instance counter is exact; kept instances have
# their attributes; equal instances hash equal; the dict has the right size.
# Usage: instance_creation_storm.py [THREADS] [ITERS]; prints one verdict line "OK instance_creation_storm ..."
# or "FAIL instance_creation_storm: ..." (exit status 1).
import sys
import threading

NAME = "instance_creation_storm"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 8000
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


class Base:
    created = 0
    lock = threading.Lock()

    def __init__(self, x):
        self.x = x
        with Base.lock:
            Base.created += 1


class Point(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


registry = {}


def worker(i):
    kept = []
    for n in range(iters):
        p = Point(n % 100, i)
        if n % 100 == 0:
            kept.append(p)
        if n % 10 == 0:
            registry[Point((n // 10) % 50, i)] = (n // 10) % 50
        q = Point(n % 100, i)
        if p != q or hash(p) != hash(q) or repr(p) != "Point(%d, %d)" % (n % 100, i):
            errors.append("equal points disagree")
    for p in kept:
        if type(p) is not Point or p.x != 0 or p.y != i:
            errors.append("kept point damaged: %r" % (p,))


run_all(worker, threads)
problems = []
want = threads * (2 * iters + (iters + 9) // 10)
if Base.created != want:
    problems.append("created %d, expected %d" % (Base.created, want))
want_keys = threads * min(50, (iters + 9) // 10)
if len(registry) != want_keys:
    problems.append("registry has %d keys, expected %d" % (len(registry), want_keys))
for k, v in registry.items():
    if k.x != v or registry.get(Point(k.x, k.y)) != v:
        problems.append("registry lookup broken for %r" % (k,))
        break
verdict(problems, "created=%d registry=%d" % (Base.created, len(registry)))
