# One io.StringIO and one io.BytesIO shared by every thread, no locks of
# our own: writers add whole lines while a watcher takes snapshots, then
# readers share one stream of lines, then one thread closes a stream while
# the others still write.  Invariant: every line written is in the value,
# whole, each thread's lines in order; snapshots hold only whole lines
# (but for a last partial one); readers together see every line once; a
# write after the close raises ValueError and nothing else raises.
# (Each method of io.StringIO/BytesIO holds the object's lock, so each
# call is atomic, as in CPython.)
# Usage: stringio_shared.py [THREADS] [ITERS]; prints one verdict line
# "OK stringio_shared ..." or "FAIL stringio_shared: ..." (exit status 1).
import io
import sys
import threading

NAME = "stringio_shared"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
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


PAD = "x" * 17


def record(i, n):
    return "w%d %d %s\n" % (i, n, PAD)


def check_lines(lines, what, complete=True):
    # every line a whole record, each thread's numbers 0, 1, 2, ... in order;
    # returns a list of the problems found
    last = {}
    bad = 0
    for line in lines:
        parts = line.split(" ")
        if (len(parts) != 3 or not parts[0].startswith("w") or not parts[1].isdigit()
                or parts[2] != PAD + "\n"):
            bad += 1
            continue
        t, n = parts[0], int(parts[1])
        if n != last.get(t, -1) + 1:
            bad += 1
        last[t] = n
    problems = []
    if bad:
        problems.append("%s: %d bad or out-of-order lines" % (what, bad))
    if complete and (len(last) != threads or any(n != iters - 1 for n in last.values())):
        problems.append("%s: lines missing (last numbers %r)" % (what, sorted(last.items())[:4]))
    return problems


problems = []

# 1. writers share one StringIO and one BytesIO; thread 0 also watches
text = io.StringIO()
data = io.BytesIO()
snapshots = [0]


def writer(i):
    for n in range(iters):
        rec = record(i, n)
        if text.write(rec) != len(rec):
            errors.append("thread %d: StringIO.write returned the wrong count" % i)
            return
        if data.write(rec.encode("ascii")) != len(rec):
            errors.append("thread %d: BytesIO.write returned the wrong count" % i)
            return
        if i == 0 and n % 200 == 0:
            snap = text.getvalue()
            whole = snap[:snap.rfind("\n") + 1].splitlines(True)
            bad = check_lines(whole, "snapshot", complete=False)
            if bad:
                errors.append(bad[0])
                return
            if text.tell() < len(snap):
                errors.append("tell %d behind a snapshot of %d characters" % (text.tell(), len(snap)))
                return
            snapshots[0] += 1


run_all(writer, threads)
value = text.getvalue()
problems += check_lines(value.splitlines(True), "StringIO")
problems += check_lines(data.getvalue().decode("ascii").splitlines(True), "BytesIO")
if text.tell() != len(value) or data.tell() != len(data.getvalue()):
    problems.append("position %d/%d after writes of %d/%d" % (text.tell(), data.tell(), len(value), len(data.getvalue())))

# 2. readers share one StringIO and one BytesIO: every line read exactly once
total = threads * iters
src_text = io.StringIO("".join("line %d\n" % n for n in range(total)))
src_data = io.BytesIO(b"".join(b"line %d\n" % n for n in range(total)))
got = [[] for _ in range(threads)]


def reader(i):
    mine = got[i]
    use_iter = i % 2
    while True:
        if use_iter:
            line = next(src_text, "")
        else:
            line = src_text.readline()
        if not line:
            break
        mine.append(int(line.split()[1]))
    while True:
        line = src_data.readline()
        if not line:
            break
        mine.append(int(line.split()[1].decode("ascii")))


run_all(reader, threads)
seen = sorted(n for g in got for n in g)
if seen != sorted(list(range(total)) * 2):
    problems.append("readers: saw %d lines, want each of %d twice" % (len(seen), total))

# 3. close while others write: each write succeeds or raises ValueError
closing = io.StringIO()
closing_b = io.BytesIO()
refused = [0] * threads


def writer_or_closer(i):
    for n in range(iters):
        if i == 0 and n == iters // 2:
            closing.close()
            closing_b.close()
        try:
            closing.write(record(i, n))
        except ValueError:
            refused[i] += 1
        try:
            closing_b.write(b"x\n")
        except ValueError:
            refused[i] += 1


run_all(writer_or_closer, threads)
if not (closing.closed and closing_b.closed) or sum(refused) == 0:
    problems.append("close race: the streams did not end closed and refusing writes")
try:
    closing.getvalue()
    problems.append("close race: getvalue worked after close")
except ValueError:
    pass

verdict(problems, "threads=%d iters=%d lines=%d snapshots=%d refused_after_close=%d"
        % (threads, iters, total, snapshots[0], sum(refused)))
