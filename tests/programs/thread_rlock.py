# RLock: reentrancy, ownership, release errors.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("too many releases:", e)

with r:
    with r:
        with r:
            print("nested with ok")

# held by main: another thread cannot take it, nor release it
r.acquire()
r.acquire()
res = []
def other():
    res.append(r.acquire(blocking=False))
    res.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
print("other thread:", res)
r.release()
r.release()

# once fully released, another thread gets it
def take():
    ok = r.acquire(timeout=1)
    res.append(ok)
    r.release()
t = threading.Thread(target=take)
t.start()
t.join()
print("after release:", res[-1])

# recursion under an RLock
def fact(n):
    with r:
        if n <= 1:
            return 1
        return n * fact(n - 1)
out = []
threads = [threading.Thread(target=lambda k=k: out.append(fact(k))) for k in range(1, 8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))

try:
    threading.RLock().release()
except RuntimeError as e:
    print("fresh RLock release:", e)
