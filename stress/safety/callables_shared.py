# Shared callables of every kind called from all threads while some are
# rebound: functions, lambdas, bound methods of a shared instance whose
# state changes, objects with __call__, decorated functions, and
# operator dunders (__add__, __lt__, __getitem__, __len__, __contains__).
# Invariant: every call returns a value consistent with the callable's
# definition; the decorator's locked call counter is exact.
# Usage: callables_shared.py [THREADS] [ITERS]; prints one verdict line "OK callables_shared ..."
# or "FAIL callables_shared: ..." (exit status 1).
import sys
import threading

NAME = "callables_shared"
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


lock = threading.Lock()
calls = [0]


def counted(fn):
    def wrapper(*args, **kwargs):
        with lock:
            calls[0] += 1
        return fn(*args, **kwargs)
    return wrapper


@counted
def add(a, b=1, *, c=0):
    return a + b + c


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, k):
        return (self.x, self.y)[k]

    def __contains__(self, v):
        return v == self.x or v == self.y


class Scaler:
    def __init__(self, k):
        self.k = k

    def __call__(self, v):
        return v * self.k

    def apply(self, v):
        return v * self.k


shared_scaler = Scaler(3)
ops = {"double": lambda v: v * 2, "neg": lambda v: -v}


def worker(i):
    global shared_scaler
    for n in range(iters):
        m = n % 6
        if m == 0:
            if add(n, 2, c=i) != n + 2 + i:
                errors.append("add wrong")
        elif m == 1:
            s = shared_scaler
            r = s(n)
            if r != n * s.k or r % 3 != 0 and r % 5 != 0:
                errors.append("scaler call %r" % r)
        elif m == 2:
            meth = shared_scaler.apply
            r = meth(7)
            if r not in (21, 35):
                errors.append("bound method gave %r" % r)
        elif m == 3:
            shared_scaler = Scaler(3 if n % 4 == 1 else 5)
        elif m == 4:
            v = Vec(n, i) + Vec(1, 1)
            if v[0] != n + 1 or v[1] != i + 1 or len(v) != 2 or (n + 1) not in v:
                errors.append("Vec ops wrong")
            if not Vec(0, 0) < v:
                errors.append("Vec __lt__ wrong")
        else:
            f = ops["double"] if n % 2 else ops["neg"]
            r = f(n)
            if r != 2 * n and r != -n:
                errors.append("lambda gave %r" % r)
            ops["double"] = lambda v: v + v


run_all(worker, threads)
problems = []
want = threads * ((iters + 5) // 6)
if calls[0] != want:
    problems.append("decorated calls %d != %d" % (calls[0], want))
if sorted([Vec(3, 1), Vec(1, 2), Vec(2, 0)])[0].x != 1:
    problems.append("sorting Vecs wrong")
verdict(problems, "decorated_calls=%d" % calls[0])
