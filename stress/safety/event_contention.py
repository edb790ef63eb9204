# Events under contention: rounds where a leader sets/clears a shared
# event while followers wait on it, plus per-pair ping-pong events.
# Invariant: every follower sees every round exactly once (counted under a
# lock); ping-pong counts are exact; wait(timeout) on a set event is True.
# Usage: event_contention.py [THREADS] [ITERS]; prints one verdict line "OK event_contention ..."
# or "FAIL event_contention: ..." (exit status 1).
import sys
import threading

NAME = "event_contention"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 1500
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
seen = [0] * threads
pp_counts = [0] * threads
pairs = threads // 2


def pingpong(i):
    # threads 2k and 2k+1 bounce a ball iters times
    k = i // 2
    mine = pings[k] if i % 2 == 0 else pongs[k]
    other = pongs[k] if i % 2 == 0 else pings[k]
    if i % 2 == 0:
        other.set()
    for n in range(iters):
        if not mine.wait(10):
            errors.append("pingpong wait timed out")
            return
        mine.clear()
        pp_counts[i] += 1
        if i % 2 == 1 or n < iters - 1:
            other.set()


pings = [threading.Event() for _ in range(pairs)]
pongs = [threading.Event() for _ in range(pairs)]
round_go = [threading.Event() for _ in range(20)]
round_ack = [threading.Event() for _ in range(20)]


def worker(i):
    if i < 2 * pairs:
        pingpong(i)
    for r in range(20):
        if not round_go[r].wait(10):
            errors.append("round %d never started" % r)
            return
        if not round_go[r].is_set():
            errors.append("is_set false after wait")
        with lock:
            seen[i] += 1
            if sum(seen) == threads * (r + 1):
                round_ack[r].set()


run_all_thread = threading.Thread(target=run_all, args=(worker, threads))
run_all_thread.start()
for r in range(20):
    round_go[r].set()
    if not round_ack[r].wait(30):
        errors.append("round %d not acknowledged" % r)
        break
run_all_thread.join()
problems = []
if seen != [20] * threads:
    problems.append("rounds seen %r" % (seen,))
want = [iters] * (2 * pairs) + [0] * (threads - 2 * pairs)
if pp_counts != want:
    problems.append("pingpong counts %r" % (pp_counts,))
e = threading.Event()
e.set()
if not e.wait(0.01):
    problems.append("wait on set event returned False")
verdict(problems, "rounds=20 pingpongs=%d" % sum(pp_counts))
