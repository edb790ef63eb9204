# A tour of what the timeline shows: CPU-bound threads, sleeps, a queue
# between a producer and a consumer, an Event, a Condition, a file written
# and read back, and a daemon thread still computing when the program ends
# (its spans must be closed at exit).
import os
import queue
import threading
import time


def spin(n, out, i):
    x = 0
    for k in range(n):
        x += k & 7
    out[i] = x


def sleeper(n):
    for _ in range(n):
        time.sleep(0.002)


def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


def consumer(q, res):
    total = 0
    while True:
        v = q.get()
        if v is None:
            break
        total += v
    res.append(total)


def forever():
    x = 0
    while True:
        x += 1


def main():
    out = [0, 0]
    ts = [threading.Thread(target=spin, args=(200000, out, i)) for i in range(2)]
    ts.append(threading.Thread(target=sleeper, args=(5,)))
    q = queue.Queue(maxsize=4)
    res = []
    ts.append(threading.Thread(target=producer, args=(q, 200)))
    ts.append(threading.Thread(target=consumer, args=(q, res)))
    for t in ts:
        t.start()
    ev = threading.Event()
    cond = threading.Condition()
    state = []

    def waiter():
        ev.wait()
        with cond:
            while not state:
                cond.wait()

    w = threading.Thread(target=waiter)
    w.start()
    ev.set()
    with cond:
        state.append(1)
        cond.notify_all()
    w.join()
    for t in ts:
        t.join()
    path = "instr_mixed_%d.txt" % os.getpid()
    with open(path, "w") as f:
        f.write("hello\n" * 100)
    with open(path) as f:
        lines = f.readlines()
    os.remove(path)
    d = threading.Thread(target=forever, daemon=True)
    d.start()
    time.sleep(0.01)
    print("spin", out, "queue", res, "lines", len(lines))


main()
