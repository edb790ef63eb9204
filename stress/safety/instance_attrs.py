# A shared instance whose attributes are set, read, deleted, and probed
# with getattr/hasattr/setattr from all threads (AttributeError on a
# deleted attribute is caught and counted).
# Invariant: every attribute value read belongs to its name; the object
# keeps its class and its permanent attribute.
# Usage: instance_attrs.py [THREADS] [ITERS]; prints one verdict line "OK instance_attrs ..."
# or "FAIL instance_attrs: ..." (exit status 1).
import sys
import threading

NAME = "instance_attrs"
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


class Target:
    kind = "target"

    def __init__(self):
        self.permanent = ("permanent", -1)


NAMES = ["a", "b", "c", "d", "e", "f", "g", "h"]
obj = Target()
missing = [0]


def worker(i):
    seed = i + 3
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 8
        name = NAMES[(seed >> 4) % len(NAMES)]
        try:
            if op < 2:
                setattr(obj, name, (name, i))
            elif op == 2:
                if name == "a":
                    del obj.a
                elif name == "b":
                    del obj.b
                else:
                    setattr(obj, name, (name, n))
            elif op == 3:
                v = getattr(obj, name)
                if v[0] != name:
                    errors.append("%s holds %r" % (name, v))
            elif op == 4:
                v = getattr(obj, name, None)
                if v is not None and v[0] != name:
                    errors.append("%s holds %r" % (name, v))
            elif op == 5:
                obj.a = ("a", i)
                v = obj.a
                if v[0] != "a":
                    errors.append("a holds %r" % (v,))
            elif op == 6:
                if obj.permanent != ("permanent", -1) or obj.kind != "target":
                    errors.append("permanent attributes changed")
            else:
                hasattr(obj, name)
                del obj.a
        except AttributeError:
            missing[0] += 1


run_all(worker, threads)
problems = []
if type(obj) is not Target or not isinstance(obj, Target):
    problems.append("class changed")
if obj.permanent != ("permanent", -1):
    problems.append("permanent attribute lost")
for name in NAMES:
    v = getattr(obj, name, None)
    if v is not None and (type(v) is not tuple or v[0] != name):
        problems.append("%s holds %r" % (name, v))
verdict(problems, "attribute_errors=%d" % missing[0])
