# A handful of shared objects whose references are copied into lists,
# passed between threads through a shared list, and dropped, in a storm.
# Invariant: at the end every surviving reference `is` one of the
# originals and the originals keep their values (nothing freed early).
# Usage: refcount_storm.py [THREADS] [ITERS]; prints one verdict line "OK refcount_storm ..."
# or "FAIL refcount_storm: ..." (exit status 1).
import sys
import threading

NAME = "refcount_storm"
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


class Payload:
    def __init__(self, n):
        self.n = n
        self.data = [n] * 8
        self.name = "payload-%d" % n


originals = [Payload(n) for n in range(8)]
strings = ["s%d" % n * 3 for n in range(8)]
tuples = [(n, "t", n * 2.5) for n in range(8)]
mailbox = []


def worker(i):
    seed = i + 101
    held = []
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        op = (seed >> 16) % 8
        k = (seed >> 4) % 8
        if op < 2:
            held.append(originals[k])
            held.append(strings[k])
            held.append(tuples[k])
        elif op == 2:
            mailbox.append(originals[k])
        elif op == 3:
            try:
                held.append(mailbox.pop())
            except IndexError:
                pass
        elif op == 4:
            held = held[len(held) // 2:]
        elif op == 5:
            copy = list(held)
            del copy
        elif op == 6:
            p = originals[k]
            if p.n != k or p.data[3] != k or p.name != "payload-%d" % k:
                errors.append("original %d damaged" % k)
        else:
            if len(held) > 300:
                held.clear()
    for x in held:
        if type(x) is Payload:
            if x is not originals[x.n]:
                errors.append("a held Payload is not an original")
        elif type(x) is str:
            if x not in strings:
                errors.append("a held str is foreign")
        elif type(x) is tuple:
            if x is not tuples[x[0]]:
                errors.append("a held tuple is not an original")
        else:
            errors.append("held object of type %s" % type(x).__name__)


run_all(worker, threads)
problems = []
for k in range(8):
    p = originals[k]
    if p.n != k or p.data != [k] * 8 or p.name != "payload-%d" % k:
        problems.append("original %d damaged" % k)
    if strings[k] != "s%d" % k * 3 or tuples[k] != (k, "t", k * 2.5):
        problems.append("constant %d damaged" % k)
for x in mailbox:
    if x is not originals[x.n]:
        problems.append("mailbox holds a non-original")
        break
verdict(problems, "mailbox=%d" % len(mailbox))
