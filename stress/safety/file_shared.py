# Threads sharing one file object: writers append whole records, readers
# read lines from another shared file, and a closer closes a third file
# while threads still write to it (they must get ValueError, never lose or
# tear a record that was accepted, never crash).
# Invariant: every record written before the close is in the file, whole,
# each thread's records in order; readers together see every line once.
# (CPython's text files do not promise this; twinpy's write and readline are
# atomic, see README.)
# Usage: file_shared.py [THREADS] [ITERS]; prints one verdict line "OK file_shared ..."
# or "FAIL file_shared: ..." (exit status 1).
import os
import sys
import threading

NAME = "file_shared"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
errors = []
tmp = os.getenv("TMPDIR", "/tmp")
base = os.path.join(tmp, "twinpy_%s_%d" % (NAME, os.getpid()))


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
    for suffix in (".w", ".r", ".c"):
        if os.path.exists(base + suffix):
            os.remove(base + suffix)
    problems = errors[:3] + problems
    if problems:
        print("FAIL %s: %s" % (NAME, "; ".join(problems)))
        sys.exit(1)
    print("OK %s %s" % (NAME, facts))
    sys.exit(0)


def check_records(path, limit):
    # every line a whole record "w<thread> <i> <padding>", in order per thread
    last = {}
    bad = 0
    count = 0
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3 or not parts[0].startswith("w") or parts[2] != "x" * 20:
                bad += 1
                continue
            t, i = parts[0], int(parts[1])
            if i != last.get(t, -1) + 1:
                bad += 1
            last[t] = i
            count += 1
    return count, bad, last


# 1. writers sharing one file
wf = open(base + ".w", "w")


def writer(i):
    for n in range(iters):
        wf.write("w%d %d %s\n" % (i, n, "x" * 20))
        if n % 500 == 0:
            wf.flush()


run_all(writer, threads)
wf.close()
count, bad, last = check_records(base + ".w", None)
problems = []
if bad or count != threads * iters:
    problems.append("writers: %d records, %d bad (want %d)" % (count, bad, threads * iters))

# 2. readers sharing one file: every line read exactly once
with open(base + ".r", "w") as f:
    for n in range(threads * iters):
        f.write("line %d\n" % n)
rf = open(base + ".r")
got = [[] for _ in range(threads)]


def reader(i):
    mine = got[i]
    while True:
        line = rf.readline()
        if not line:
            return
        mine.append(int(line.split()[1]))


run_all(reader, threads)
rf.close()
seen = sorted(n for g in got for n in g)
if seen != list(range(threads * iters)):
    problems.append("readers: saw %d lines, %d distinct (want %d)" % (len(seen), len(set(seen)), threads * iters))

# 3. closing while others write: accepted writes survive, the rest raise ValueError
cf = open(base + ".c", "w")
accepted = [0] * threads
refused = [0] * threads


def writer_or_closer(i):
    for n in range(iters):
        if i == 0 and n == iters // 2:
            cf.close()
        try:
            cf.write("w%d %d %s\n" % (i, accepted[i], "x" * 20))
            accepted[i] += 1
        except ValueError:
            refused[i] += 1


run_all(writer_or_closer, threads)
count, bad, last = check_records(base + ".c", None)
if bad or count != sum(accepted):
    problems.append("close race: %d records in the file, %d bad, %d accepted" % (count, bad, sum(accepted)))
if not cf.closed or sum(refused) == 0:
    problems.append("close race: the file did not end closed/refusing writes")

verdict(problems, "threads=%d iters=%d records=%d lines_read=%d accepted_before_close=%d" % (threads, iters, threads * iters, len(seen), sum(accepted)))
