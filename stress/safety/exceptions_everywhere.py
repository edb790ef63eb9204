# Every thread raises and catches exceptions constantly: built-in ones,
# custom classes with attributes, raise from, re-raise, finally blocks,
# exceptions stored in a shared list and inspected by other threads.
# Invariant: per-thread counts of caught exceptions and finally blocks are
# exact; every stored exception keeps its type, args and cause.
# Usage: exceptions_everywhere.py [THREADS] [ITERS]; prints one verdict line "OK exceptions_everywhere ..."
# or "FAIL exceptions_everywhere: ..." (exit status 1).
import sys
import threading

NAME = "exceptions_everywhere"
threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
iters = int(sys.argv[2]) if len(sys.argv) > 2 else 30000
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


class AppError(Exception):
    def __init__(self, code, who):
        super().__init__("app error %d" % code)
        self.code = code
        self.who = who


class SubError(AppError):
    pass


stored = []
caught = [0] * threads
finals = [0] * threads


def risky(i, n):
    m = n % 6
    if m == 0:
        raise ValueError("v%d" % n)
    if m == 1:
        return {}["missing"]
    if m == 2:
        return [1, 2][5]
    if m == 3:
        return 1 // (n - n)
    if m == 4:
        raise SubError(n, i)
    try:
        raise AppError(n, i)
    except AppError as e:
        raise RuntimeError("wrapped") from e


def worker(i):
    for n in range(iters):
        try:
            try:
                risky(i, n)
            finally:
                finals[i] += 1
        except ValueError as e:
            caught[i] += 1
            if str(e) != "v%d" % n:
                errors.append("ValueError text %r" % str(e))
        except (KeyError, IndexError) as e:
            caught[i] += 1
            if not isinstance(e, LookupError):
                errors.append("not a LookupError")
        except ZeroDivisionError:
            caught[i] += 1
        except AppError as e:
            caught[i] += 1
            if type(e) is not SubError or e.code != n or e.who != i:
                errors.append("SubError fields wrong")
            if n % 50 == 4:
                stored.append(e)
        except RuntimeError as e:
            caught[i] += 1
            c = e.__cause__
            if type(c) is not AppError or c.code != n or c.who != i:
                errors.append("cause wrong")
        if n % 200 == 0 and stored:
            e = stored[-1]
            if not isinstance(e, AppError) or str(e) != "app error %d" % e.code:
                errors.append("stored exception damaged")


run_all(worker, threads)
problems = []
for i in range(threads):
    if caught[i] != iters or finals[i] != iters:
        problems.append("thread %d caught %d finals %d of %d" % (i, caught[i], finals[i], iters))
for e in stored:
    if type(e) is not SubError or str(e) != "app error %d" % e.code or e.code % 50 != 4:
        problems.append("stored exception damaged")
        break
verdict(problems, "caught=%d stored=%d" % (sum(caught), len(stored)))
