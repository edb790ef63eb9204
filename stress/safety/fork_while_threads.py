# multiprocessing.Process started from threads while other threads keep
# mutating shared lists and dicts; the child checks the copy it got (types,
# consistency), does some work, and reports through its exit code.
# Invariant: every child exits with the expected code (no hang, no crash
# in the child); the parent's shared state is still consistent.
# Usage: fork_while_threads.py [THREADS] [ITERS]; prints one verdict line "OK fork_while_threads ..."
# or "FAIL fork_while_threads: ..." (exit status 1).
import sys
import threading
import time
from multiprocessing import Process

NAME = "fork_while_threads"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 6
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


shared = [0] * 100
table = {}
stop = threading.Event()
codes = []
lock = threading.Lock()
launch_lock = threading.Lock()


def child(k):
    # runs in the forked child: only this thread exists here
    ok = type(shared) is list and all(type(x) is int for x in shared)
    for key, v in list(table.items()):
        if v != key * 2:
            ok = False
    extra = []
    for n in range(1000):
        extra.append(n)
        shared.append(n)
    t = threading.Thread(target=extra.reverse)
    t.start()
    t.join()
    sys.exit(10 + k if ok and extra[0] == 999 else 1)


def mutator(i):
    n = 0
    while not stop.is_set():
        shared.append(n)
        shared.pop(0)
        table[n % 50] = (n % 50) * 2
        if n % 7 == 0:
            table.pop((n + 3) % 50, None)
        n += 1
        if n % 500 == 0:
            time.sleep(0.0005)   # let the launchers get the GIL on CPython


def launcher(i):
    for r in range(iters):
        k = (i * iters + r) % 100
        p = Process(target=child, args=(k,))
        # start..join is serialised between launchers: CPython's
        # multiprocessing reaps finished children from any thread's start(),
        # so concurrent joins in several threads are not reliable there
        with launch_lock:
            p.start()
            p.join(60)
            alive = p.is_alive()
        if alive:
            errors.append("child %d hung" % k)
            continue
        with lock:
            codes.append((p.exitcode, 10 + k))


launchers = 1 if threads < 4 else 2
mutators = max(1, threads - launchers)
go = threading.Event()


def wrap(fn, i):
    def run():
        go.wait()
        try:
            fn(i)
        except BaseException as e:
            errors.append("%s raised %s: %s" % (fn.__name__, type(e).__name__, e))
    return run


mts = [threading.Thread(target=wrap(mutator, i)) for i in range(mutators)]
lts = [threading.Thread(target=wrap(launcher, i)) for i in range(launchers)]
for t in mts + lts:
    t.start()
go.set()
for t in lts:
    t.join()
stop.set()
for t in mts:
    t.join()
problems = []
bad = [c for c in codes if c[0] != c[1]]
if bad:
    problems.append("%d children exited wrongly, e.g. exitcode %r expected %r" % (len(bad), bad[0][0], bad[0][1]))
if len(codes) + len([e for e in errors if "hung" in e]) != launchers * iters:
    problems.append("%d children accounted for, expected %d" % (len(codes), launchers * iters))
if len(shared) != 100 or any(type(x) is not int for x in shared):
    problems.append("parent list damaged: len %d" % len(shared))
for key, v in table.items():
    if v != key * 2:
        problems.append("parent dict damaged")
        break
verdict(problems, "children=%d" % len(codes))
