# Strings built with +, %, format, f-strings, join, split, replace and
# upper in every thread, shared through a list and a dict, no locks.
# Invariant: each shared string is well formed (parses back to the data
# that made it) and the joined results have the exact expected lengths.
# Usage: string_build_join.py [THREADS] [ITERS]; prints one verdict line "OK string_build_join ..."
# or "FAIL string_build_join: ..." (exit status 1).
import sys
import threading

NAME = "string_build_join"
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


shared = []
latest = {}


def worker(i):
    seed = i + 77
    mine = []
    for n in range(iters):
        seed = (seed * 1103515245 + 12345) % 2147483648
        v = (seed >> 8) % 100000
        s = "t%d-" % i + str(v) + "-" + f"{v:x}" + "-{:>6}".format(v % 1000)
        parts = s.split("-")
        if parts[0] != "t%d" % i or int(parts[1]) != v or parts[2] != "%x" % v or int(parts[3].strip()) != v % 1000:
            errors.append("bad string %r" % s)
        mine.append(s)
        if n % 10 == 0:
            shared.append(s)
            latest[i] = s.upper().replace("T", "t")
        if len(mine) >= 20:
            joined = "|".join(mine)
            if len(joined) != sum(len(x) for x in mine) + len(mine) - 1:
                errors.append("join length wrong")
            if joined.count("|") != len(mine) - 1:
                errors.append("join separator count wrong")
            mine = []
        if n % 97 == 0 and shared:
            x = shared[-1]
            if not x.startswith("t") or x.count("-") != 3:
                errors.append("shared string %r" % x)


run_all(worker, threads)
problems = []
expected = threads * ((iters + 9) // 10)
if len(shared) != expected:
    problems.append("shared has %d strings, expected %d" % (len(shared), expected))
big = "".join(shared)
if len(big) != sum(len(s) for s in shared):
    problems.append("big join length")
for s in shared:
    p = s.split("-")
    if len(p) != 4 or "%x" % int(p[1]) != p[2]:
        problems.append("bad shared string %r" % s)
        break
for i in range(threads):
    if i in latest and not latest[i].startswith("t%d-" % i):
        problems.append("latest[%d] = %r" % (i, latest[i]))
verdict(problems, "strings=%d chars=%d" % (len(shared), len(big)))
