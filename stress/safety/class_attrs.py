# Class attributes (data and methods) rebound while other threads create
# instances and call methods that read them, no locks.
# Invariant: every call returns a result consistent with one of the
# configurations that were installed; instances keep their class.
# Usage: class_attrs.py [THREADS] [ITERS]; prints one verdict line "OK class_attrs ..."
# or "FAIL class_attrs: ..." (exit status 1).
import sys
import threading

NAME = "class_attrs"
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


class Shape:
    factor = 1
    label = "one"

    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.factor

    def describe(self):
        return self.label


def area_double(self):
    return self.size * 2


def area_plain(self):
    return self.size * self.factor


LABELS = {1: "one", 2: "two", 3: "three"}
calls = [0] * threads


def worker(i):
    seed = i + 9
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 6
        f = 1 + (seed >> 4) % 3
        if op == 0:
            Shape.factor = f
        elif op == 1:
            Shape.label = LABELS[f]
        elif op == 2:
            Shape.area = area_double if f == 2 else area_plain
        else:
            s = Shape(7)
            a = s.area()
            if a not in (7, 14, 21):
                errors.append("area %r" % (a,))
            d = s.describe()
            if d not in ("one", "two", "three"):
                errors.append("label %r" % (d,))
            if type(s) is not Shape or s.size != 7:
                errors.append("instance broken")
            calls[i] += 1


run_all(worker, threads)
problems = []
s = Shape(1)
if s.area() not in (1, 2, 3) or Shape.factor not in (1, 2, 3):
    problems.append("final area %r factor %r" % (s.area(), Shape.factor))
if Shape.label not in ("one", "two", "three"):
    problems.append("final label %r" % (Shape.label,))
verdict(problems, "calls=%d" % sum(calls))
