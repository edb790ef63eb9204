# Semaphore limits concurrency; BoundedSemaphore refuses over-release.
import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
state = {"inside": 0, "max": 0, "done": 0}

def worker():
    with sem:
        with lock:
            state["inside"] += 1
            if state["inside"] > state["max"]:
                state["max"] = state["inside"]
        time.sleep(0.01)
        with lock:
            state["inside"] -= 1
            state["done"] += 1

threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done:", state["done"], "max inside <= 2:", state["max"] <= 2, "inside now:", state["inside"])

s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.02))
s.release()
s.release()           # a plain Semaphore may go above its start value
print(s.acquire(False), s.acquire(False), s.acquire(False))

s0 = threading.Semaphore(0)
res = []
def take():
    res.append(s0.acquire(timeout=2))
t = threading.Thread(target=take)
t.start()
s0.release()
t.join()
print("released to a waiter:", res)

# release(n)
s3 = threading.Semaphore(0)
s3.release(3)
print([s3.acquire(blocking=False) for _ in range(4)])

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
with b:
    with b:
        print("two inside bounded:", b.acquire(blocking=False))
try:
    b.release()
except ValueError as e:
    print("ValueError again:", e)

try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
