# concurrent.futures: Future states and callbacks, ThreadPoolExecutor (submit,
# map, shutdown, initializer, broken pools), wait, as_completed, and work
# left on an executor that is never shut down being finished at exit
import concurrent.futures as cf
from concurrent.futures import (Future, ThreadPoolExecutor, Executor, wait,
                                as_completed, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED)
from concurrent.futures.thread import BrokenThreadPool
import os
import threading
import time


def state(f):
    # the repr without its address
    r = repr(f)
    return r[:r.index(' at ')] + ' ' + r[r.index('state='):]


def names(fs, label):
    return sorted(label[f] for f in fs)


class MyError(Exception):
    pass


def boom(msg):
    raise MyError(msg)


print("== module")
print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
print(sorted(cf.__all__))
print(cf.TimeoutError is TimeoutError)
for e in (cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor, BrokenThreadPool):
    print(e.__name__, [c.__name__ for c in e.__mro__[1:]])
print(issubclass(cf.ProcessPoolExecutor, Executor), issubclass(ThreadPoolExecutor, Executor))

print("== Future by hand")
f = Future()
print(state(f), f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda g: calls.append(("first", g is f)))
f.add_done_callback(lambda g: calls.append(("second", g.result())))
print(calls)
print(f.set_running_or_notify_cancel(), state(f), f.running(), f.done())
print(f.cancel(), f.cancelled())
try:
    f.result(timeout=0)
except TimeoutError as e:
    print("result timeout:", type(e).__name__, repr(str(e)))
try:
    f.exception(timeout=0.01)
except TimeoutError as e:
    print("exception timeout:", type(e).__name__)
f.set_result([1, 2])
print(state(f), f.done(), f.result(), f.exception(), calls)
f.add_done_callback(lambda g: calls.append("late"))
print(calls[-1])
try:
    f.set_result(3)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(':')[0], state(f) in str(e) or 'repr in message')
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(':')[0])

f = Future()
f.set_exception(MyError("bad"))
print(state(f), type(f.exception()).__name__, f.exception())
try:
    f.result()
except MyError as e:
    print("raised:", e)

f = Future()
f.add_done_callback(lambda g: calls.append("cancel cb %s" % g.cancelled()))
print(f.cancel(), f.cancel(), state(f), f.done(), calls[-1])
for meth in (f.result, f.exception):
    try:
        meth()
    except cf.CancelledError as e:
        print("CancelledError", repr(str(e)))
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(':')[0])
print(f.set_running_or_notify_cancel(), f._state)
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

f = Future()
f.add_done_callback(lambda g: 1 / 0)          # reported on stderr, not raised
f.add_done_callback(lambda g: calls.append("after bad cb"))
f.set_result(None)
print(calls[-1])
f.add_done_callback(lambda g: {}["x"])        # done already: called (and reported) at once
print("callbacks do not raise")
f = Future()
f.set_result(True)
print(state(f))

print("== executor basics")
ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (os.cpu_count() or 1) + 4), len(ex._threads))
ex.shutdown()
for bad in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}):
    try:
        ThreadPoolExecutor(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Executor().submit(print)
except NotImplementedError:
    print("Executor.submit: NotImplementedError")
with Executor() as base:
    print("Executor as a context manager:", base.shutdown() is None)

with ThreadPoolExecutor(max_workers=3) as ex:
    print("threads before any submit:", len(ex._threads))
    fs = [ex.submit(pow, 3, i) for i in range(8)]
    print([f.result() for f in fs])
    print(ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, fn=3, self=4).result())
    f = ex.submit(boom, "from worker")
    try:
        f.result()
    except MyError as e:
        print("worker raised:", type(e).__name__, e)
    print(state(f), type(f.exception()).__name__)
    f = ex.submit(exit, 3)
    print("SystemExit in a call:", type(f.exception()).__name__, f.exception().code)
    print("threads <= 3:", 1 <= len(ex._threads) <= 3)
print("after with:", ex._shutdown, all(not t.is_alive() for t in ex._threads))
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
ex.shutdown(wait=False)
print("shutdown twice is fine")

print("== lazy threads and names")
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool")
fs = [ex.submit(gate.wait) for i in range(10)]
print("threads for 10 blocked calls, max 3:", len(ex._threads))
gate.set()
print(all(f.result() for f in fs))
ex.shutdown()
print(sorted(t.name for t in ex._threads))
ex = ThreadPoolExecutor(max_workers=4)
print(ex.submit(lambda: threading.current_thread().name).result())
print(len(ex._threads))
ex.shutdown()

print("== callbacks on executor futures")
seen = []
lock = threading.Lock()


def note(g):
    with lock:
        seen.append(g.result())


with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(lambda n=n: n * n) for n in range(20)]
    for f in fs:
        f.add_done_callback(note)
print(sorted(seen) == [n * n for n in range(20)], len(seen))

print("== cancelling and shutdown")
gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "unblocked"


ex = ThreadPoolExecutor(max_workers=1)
running = ex.submit(blocker)
queued = [ex.submit(str, i) for i in range(4)]
started.wait()
print("running:", running.running(), running.cancel(), state(running))
print("cancel queued:", queued[0].cancel(), state(queued[0]))
cancel_seen = []
for f in queued:
    f.add_done_callback(lambda g: cancel_seen.append(g.cancelled()))
ex.shutdown(wait=False, cancel_futures=True)
print("after shutdown(cancel_futures=True):", [f.cancelled() for f in queued], cancel_seen)
gate.set()
print(running.result(), state(running))
ex.shutdown()
print([f.done() for f in queued], running.done())

gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
running = ex.submit(blocker)
queued = [ex.submit(str, i) for i in range(3)]
started.wait()
print(queued[1].cancel())
ex.shutdown(wait=False)
gate.set()
ex.shutdown(wait=True)
print("shutdown without cancel runs the rest:", [f.result() for f in (queued[0], queued[2])],
      queued[1].cancelled())

print("== map")
with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(lambda x: x * 10, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7, 8])))
    print(list(ex.map(abs, [], timeout=1)))
    print(list(ex.map(abs, [-1, -2], timeout=5)))
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print("map raised after", got, ":", e)
    print(list(ex.map(int, "123", chunksize=2)))

gate = threading.Event()
ex = ThreadPoolExecutor(2)
it = ex.map(gate.wait, [None, None], timeout=0.05)
try:
    next(it)
except TimeoutError as e:
    print("map timeout:", type(e).__name__)
gate.set()
ex.shutdown()

gate = threading.Event()
started = threading.Event()
ex = ThreadPoolExecutor(1)
subs = []


def step(x):
    if x == 1:
        return blocker()
    return x


real_submit = ex.submit


def recording_submit(fn, *args, **kwargs):
    f = real_submit(fn, *args, **kwargs)
    subs.append(f)
    return f


ex.submit = recording_submit
it = ex.map(step, range(5))
print("map submits at once:", len(subs))
print(next(it))
started.wait()
it.close()
print("closing the map cancels the rest:", [f.cancelled() for f in subs])
gate.set()
ex.shutdown()
print(subs[1].result())

print("== initializer")
inits = []


def init(tag, n):
    with lock:
        inits.append((tag, n))


with ThreadPoolExecutor(2, initializer=init, initargs=("t", 7)) as ex:
    print(ex.submit(sum, [1, 2, 3]).result())
print(inits[0])


def failing_init():
    raise MyError("init failed")


ex = ThreadPoolExecutor(1, initializer=failing_init)   # reported on stderr
f = ex.submit(print, "never runs")
try:
    f.result()
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e, isinstance(e, cf.BrokenExecutor))
try:
    ex.submit(print, "never")
except BrokenThreadPool as e:
    print("submit to a broken pool:", type(e).__name__)
ex.shutdown()

print("== wait")
fs = [Future() for i in range(4)]
label = {f: "f%d" % i for i, f in enumerate(fs)}
r = wait(fs, timeout=0)
print(type(r).__name__, names(r.done, label), names(r.not_done, label))
fs[2].set_result(2)
r = wait(fs, return_when=FIRST_COMPLETED)
print("FIRST_COMPLETED:", names(r.done, label), names(r.not_done, label))
r = wait(fs, timeout=0.01, return_when=FIRST_EXCEPTION)
print("FIRST_EXCEPTION, no exception yet:", names(r.done, label))
fs[0].set_exception(MyError())
r = wait(fs, return_when=FIRST_EXCEPTION)
print("FIRST_EXCEPTION:", names(r.done, label), names(r.not_done, label))
fs[1].cancel()
r = wait(fs, timeout=0)
print("cancelled, not yet notified:", names(r.done, label))
fs[1].set_running_or_notify_cancel()
r = wait(fs, timeout=0)
print("cancelled and notified:", names(r.done, label))
try:
    wait(fs, return_when="SOMETIMES")
except ValueError as e:
    print("ValueError:", e)
print(wait([], return_when=FIRST_COMPLETED))
print(wait([fs[2]], return_when="ANY").done == {fs[2]})


def later(f, value, delay=0.02):
    def run():
        time.sleep(delay)
        f.set_result(value)
    t = threading.Thread(target=run)
    t.start()
    return t


t = later(fs[3], 3)
r = wait(fs)
t.join()
print("ALL_COMPLETED:", names(r.done, label), names(r.not_done, label))
gs = [Future() for i in range(3)]
glabel = {f: "g%d" % i for i, f in enumerate(gs)}
t = later(gs[1], 1)
r = wait(gs, return_when=FIRST_COMPLETED)
t.join()
print("FIRST_COMPLETED from a thread:", names(r.done, glabel), names(r.not_done, glabel))
t = later(gs[2], 2)
r = wait(gs, timeout=0.3, return_when=ALL_COMPLETED)
t.join()
print("ALL_COMPLETED timed out:", names(r.done, glabel), names(r.not_done, glabel))

print("== as_completed")
hs = [Future() for i in range(5)]
hlabel = {f: "h%d" % i for i, f in enumerate(hs)}
hs[3].set_result(3)
hs[0].set_result(0)
order = [4, 1, 2]


def finish_in_order():
    for i in order:
        time.sleep(0.005)
        hs[i].set_result(i)


out = []
t = threading.Thread(target=finish_in_order)
it = as_completed(hs + [hs[4]])
first = [hlabel[next(it)], hlabel[next(it)]]
t.start()
for f in it:
    out.append(hlabel[f])
t.join()
print("already done first:", sorted(first), "then in completion order:", out)
ks = [Future() for i in range(3)]
ks[1].set_result(1)
got = []
try:
    for f in as_completed(ks, timeout=0.02):
        got.append(f.result())
except TimeoutError as e:
    print("as_completed timeout:", e, got)
print(list(as_completed([])))
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(lambda n=n: n + 100) for n in range(12)]
    print(sorted(f.result() for f in as_completed(fs)))

print("== leftover work finishes at exit")
leftover = ThreadPoolExecutor(max_workers=1)
leftover.submit(time.sleep, 0.05)
leftover.submit(print, "leftover work ran at exit")
print("end of program")
