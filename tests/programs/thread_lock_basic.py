# Lock: acquire/release/locked, non-blocking and timed acquire, with,
# releasing an unlocked lock.
import threading

lock = threading.Lock()
print("locked:", lock.locked())
print("acquire:", lock.acquire())
print("locked:", lock.locked())
print("acquire(blocking=False) while held:", lock.acquire(blocking=False))
print("acquire(False) while held:", lock.acquire(False))
print("acquire(timeout=0.05) while held:", lock.acquire(timeout=0.05))
print("acquire(True, 0.02) while held:", lock.acquire(True, 0.02))
lock.release()
print("locked after release:", lock.locked())
print("acquire(blocking=False) when free:", lock.acquire(blocking=False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with lock:
    print("inside with, locked:", lock.locked())
print("after with, locked:", lock.locked())

try:
    with lock:
        raise ValueError("inside")
except ValueError as e:
    print("with released on exception:", lock.locked(), e)

# another thread sees the lock held, and a Lock may be released by a
# thread that does not hold it
results = []
def try_it():
    results.append(lock.acquire(blocking=False))
    results.append(lock.acquire(timeout=0.01))
lock.acquire()
t = threading.Thread(target=try_it)
t.start()
t.join()
print("other thread:", results)
def release_it():
    lock.release()
t = threading.Thread(target=release_it)
t.start()
t.join()
print("released by other thread:", lock.locked())

# a blocked acquire wakes up when the holder releases
order = []
lock.acquire()
def waiter():
    lock.acquire()
    order.append("waiter got lock")
    lock.release()
t = threading.Thread(target=waiter)
t.start()
t.join(0.05)
order.append("main releasing, waiter alive: %s" % t.is_alive())
lock.release()
t.join()
print(order)
print(type(lock.acquire()).__name__)
lock.release()
