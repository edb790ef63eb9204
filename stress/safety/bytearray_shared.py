# One bytearray appended to, extended, popped, sliced, assigned, searched
# and copied by every thread at once, no locks.  Invariant: no byte is
# lost or invented (every thread's appended bytes minus its pops balance
# out to the final length and byte counts), snapshots are well formed, and
# nothing raises but the documented IndexError of pop on an empty array.
# Usage: bytearray_shared.py [THREADS] [ITERS]; prints one verdict line
# "OK bytearray_shared ..." or "FAIL bytearray_shared: ..." (exit status 1).
import sys
import threading

NAME = "bytearray_shared"
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


shared = bytearray()
added = [0] * threads
popped = [0] * threads


def worker(i):
    mark = 65 + i  # each thread appends its own letter
    for n in range(iters):
        k = n % 8
        if k < 3:
            shared.append(mark)
            added[i] += 1
        elif k == 3:
            shared.extend(bytes([mark, mark]))
            added[i] += 2
        elif k == 4:
            try:
                shared.pop()
                popped[i] += 1
            except IndexError:
                pass
        elif k == 5:
            snap = bytes(shared)
            if any(c < 65 or c >= 65 + threads for c in snap[:64]):
                errors.append("thread %d: a byte nobody wrote in %r" % (i, snap[:16]))
                return
        elif k == 6:
            part = shared[-4:]
            if not isinstance(part, bytearray) or len(part) > 4:
                errors.append("thread %d: slice %r" % (i, part))
                return
            shared.find(bytes([mark]))
        else:
            c = shared.count(bytes([mark]))
            if c < 0:
                errors.append("thread %d: count %d" % (i, c))
                return


run_all(worker, threads)
problems = []
if len(shared) != sum(added) - sum(popped):
    problems.append("length %d, but %d bytes added and %d popped" % (len(shared), sum(added), sum(popped)))
if any(c < 65 or c >= 65 + threads for c in shared):
    problems.append("a byte nobody wrote")
verdict(problems, "threads=%d iters=%d len=%d" % (threads, iters, len(shared)))
