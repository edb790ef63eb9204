# concurrent.futures under contention: many threads submit to one shared
# ThreadPoolExecutor at once, adding done-callbacks before and after the
# calls finish, cancelling their own and each other's futures, and waiting
# with wait() and as_completed(); then rounds where shutdown(), with and
# without cancel_futures, races the submitters.
# Invariant: every future ends done in exactly one state (cancelled: its
# call never ran and result() raises CancelledError; otherwise its call ran
# exactly once and result() gives its value or its exception); a future is
# cancelled exactly when some cancel() (or a cancelling shutdown) said so;
# every callback runs exactly once, on a done future (those added by a
# thread racing the call's completion too); wait() and
# as_completed() see every future; a submit after shutdown raises
# RuntimeError('cannot schedule new futures after shutdown').
# Usage: futures_pool.py [THREADS] [ITERS]; prints one verdict line "OK futures_pool ..."
# or "FAIL futures_pool: ..." (exit status 1).
import sys
import threading
from concurrent.futures import (ThreadPoolExecutor, CancelledError, wait,
                                as_completed, ALL_COMPLETED)

NAME = "futures_pool"
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
ran = {}          # key -> times its call ran
callbacks = {}    # key -> times its callbacks ran
wanted = {}       # key -> callbacks added to it
cancel_said = set()   # keys some cancel() returned True for
futures = {}      # key -> future
latest = {}       # submitter -> the n of its call that started last (phase 1)
problems = []


def expected(key):
    return key[0] * 1000003 + key[1] * 10007 + key[2]


def fails(key):
    return key[2] % 7 == 3


def call(key, spin):
    with lock:
        ran[key] = ran.get(key, 0) + 1
        if key[0] == 1:
            latest[key[1]] = key[2]
    x = 0
    for k in range(spin):
        x += k
    if fails(key):
        raise ValueError("call %r fails" % (key,))
    return expected(key)


def callback_for(key):
    def cb(f):
        with lock:
            callbacks[key] = callbacks.get(key, 0) + 1
            if not f.done():
                errors.append("callback for %r ran on a future not done" % (key,))
    return cb


def add_callback(key, f):
    with lock:
        wanted[key] = wanted.get(key, 0) + 1
    f.add_done_callback(callback_for(key))


def try_cancel(key, f):
    if f.cancel():
        with lock:
            cancel_said.add(key)


def check_future(key, f, cancelled_by_shutdown=False):
    # the one state the future ended in, and that everything agrees with it
    if not f.done():
        return "%r not done at the end" % (key,)
    n = ran.get(key, 0)
    if f.cancelled():
        if n != 0:
            return "%r cancelled but its call ran %d times" % (key, n)
        if key not in cancel_said and not cancelled_by_shutdown:
            return "%r cancelled though no cancel() returned True" % (key,)
        try:
            f.result(0)
            return "%r cancelled but result() returned" % (key,)
        except CancelledError:
            pass
        return None
    if key in cancel_said:
        return "%r: cancel() returned True but the future is not cancelled" % (key,)
    if n != 1:
        return "%r finished but its call ran %d times" % (key, n)
    exc = f.exception(0)
    if fails(key):
        if not isinstance(exc, ValueError) or str(exc) != "call %r fails" % (key,):
            return "%r: wrong exception %r" % (key, exc)
        try:
            f.result(0)
            return "%r: result() did not raise" % (key,)
        except ValueError:
            pass
    else:
        if exc is not None:
            return "%r: unexpected exception %r" % (key, exc)
        if f.result(0) != expected(key):
            return "%r: wrong result %r" % (key, f.result(0))
    return None


# ---- phase 1: one shared pool, submitters, a canceller, waiters ----
pool = ThreadPoolExecutor(max_workers=max(2, threads // 2))
recent = []            # (key, future) for the canceller thread
submitting = [threads]


def submitter(i):
    mine = []
    for n in range(iters):
        key = (1, i, n)
        f = pool.submit(call, key, spin=(n % 4) * 30)
        with lock:
            futures[key] = f
        if n % 2 == 0:
            add_callback(key, f)
        mine.append((key, f))
        if n % 5 == 0:
            try_cancel(key, f)
        if n % 3 == 0:
            with lock:
                recent.append((key, f))
                if len(recent) > 64:
                    del recent[:32]
        if n % 50 == 49:
            # a look at a few of the earlier ones while the pool runs
            done, not_done = wait([g for _, g in mine[-10:]], timeout=0)
            if len(done) + len(not_done) != len(set(g for _, g in mine[-10:])):
                errors.append("wait() lost futures")
    for key, f in mine:
        if key[2] % 2 == 1:
            add_callback(key, f)    # before or after it is done
    fs = [f for _, f in mine]
    done, not_done = wait(fs, timeout=15, return_when=ALL_COMPLETED)
    if not_done or len(done) != len(fs):
        errors.append("wait(ALL_COMPLETED) left %d of %d not done" % (len(not_done), len(fs)))
    seen = 0
    for f in as_completed(fs + fs[:5], timeout=15):
        seen += 1
        if not f.done():
            errors.append("as_completed gave a future not done")
    if seen != len(fs):
        errors.append("as_completed gave %d futures of %d" % (seen, len(fs)))
    with lock:
        submitting[0] -= 1


def canceller():
    # in turn: cancel futures just submitted; cancel those next in line
    # for a worker (after each submitter's latest started call), racing the
    # worker taking them; add callbacks to the calls running now, racing
    # their completion
    turn = 0
    chased = set()
    while True:
        turn += 1
        with lock:
            if submitting[0] == 0:
                return
            batch = []
            if turn % 3 == 0:
                batch = list(recent[-8:])
            else:
                for i, n in list(latest.items()):
                    for d in ((0,) if turn % 3 == 1 else (1, 2, 3)):
                        key = (1, i, n + d)
                        if key in futures:
                            batch.append((key, futures[key]))
        for key, f in batch:
            if turn % 3 == 1:
                if key not in chased:
                    chased.add(key)
                    add_callback(key, f)
            else:
                try_cancel(key, f)


def phase1(i):
    if i < threads:
        submitter(i)
    else:
        canceller()


run_all(phase1, threads + 1)
pool.shutdown(wait=True)
try:
    pool.submit(call, (1, -1, 0), 0)
    problems.append("submit after shutdown did not raise")
except RuntimeError as e:
    if str(e) != "cannot schedule new futures after shutdown":
        problems.append("submit after shutdown: %r" % (e,))
phase1_cancelled = 0
for key, f in futures.items():
    why = check_future(key, f)
    if why:
        problems.append(why)
    if f.cancelled():
        phase1_cancelled += 1
    if callbacks.get(key, 0) != wanted.get(key, 0):
        problems.append("%r: callbacks ran %d times, %d added"
                        % (key, callbacks.get(key, 0), wanted.get(key, 0)))
    if len(problems) > 3:
        break
phase1_total = len(futures)
if phase1_total != threads * iters:
    problems.append("%d futures, expected %d" % (phase1_total, threads * iters))

# ---- phase 2: shutdown races the submitters ----
rounds = max(2, iters // 150)
per_round = max(20, iters // 10)
refused = [0]
round_futures = []


def one_round(r):
    rpool = ThreadPoolExecutor(max_workers=2)
    halfway = threading.Event()
    mine = {}
    cancel_futures = r % 2 == 0

    def submit_until_refused(i):
        for n in range(per_round):
            key = (2 + r, i, n)
            try:
                f = rpool.submit(call, key, spin=(n % 3) * 20)
            except RuntimeError as e:
                if str(e) != "cannot schedule new futures after shutdown":
                    errors.append("round %d: submit raised %r" % (r, e))
                with lock:
                    refused[0] += 1
                try:
                    rpool.submit(call, key, 0)
                    errors.append("round %d: submit accepted after a refusal" % r)
                except RuntimeError:
                    pass
                return
            add_callback(key, f)
            with lock:
                mine[key] = f
            if n % 4 == 1:
                try_cancel(key, f)
            if i == 0 and n == per_round // 3:
                halfway.set()
        halfway.set()

    def shutter():
        halfway.wait()
        rpool.shutdown(wait=(r % 3 == 0), cancel_futures=cancel_futures)

    def worker(i):
        if i < threads:
            submit_until_refused(i)
        else:
            shutter()

    run_all(worker, threads + 1)
    rpool.shutdown(wait=True)
    for key, f in mine.items():
        why = check_future(key, f, cancelled_by_shutdown=cancel_futures)
        if why:
            problems.append(why)
        if callbacks.get(key, 0) != wanted.get(key, 0):
            problems.append("%r: callbacks ran %d times, %d added"
                            % (key, callbacks.get(key, 0), wanted.get(key, 0)))
        if len(problems) > 3:
            break
    round_futures.append(len(mine))


for r in range(rounds):
    one_round(r)
    if problems or errors:
        break

verdict(problems, "threads=%d futures=%d cancelled=%d rounds=%d round_futures=%d refused=%d"
        % (threads, phase1_total, phase1_cancelled, rounds, sum(round_futures), refused[0]))
