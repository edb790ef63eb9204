# Condition: wait/notify/notify_all with a shared list as the state.
import threading

cond = threading.Condition()
items = []
consumed = []

def consumer(n):
    for _ in range(n):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))

c = threading.Thread(target=consumer, args=(10,))
c.start()
for i in range(10):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("consumed:", consumed)

# notify_all wakes every waiter
ready = 0
go = False
woken = []
def waiter(i):
    global ready
    with cond:
        ready += 1
        cond.notify_all()           # tell the main thread
        while not go:
            cond.wait()
        woken.append(i)
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
with cond:
    while ready < 5:
        cond.wait()
    go = True
    cond.notify_all()
for t in threads:
    t.join()
print("woken:", sorted(woken))

# notify(n) wakes at most n; the rest keep waiting until notified again
tokens = 0
taken = []
def taker(i):
    global tokens
    with cond:
        while tokens == 0:
            cond.wait()
        tokens -= 1
        taken.append(i)
threads = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
with cond:
    tokens = 2
    cond.notify(2)
while True:
    with cond:
        if len(taken) == 2:
            break
    threads[0].join(0.01)
with cond:
    print("after two tokens:", len(taken), "taken, tokens left:", tokens)
with cond:
    tokens = 2
    cond.notify_all()
for t in threads:
    t.join()
print("all taken:", sorted(taken), "tokens left:", tokens)

# wait with timeout returns False when nobody notifies
with cond:
    print("wait(0.05):", cond.wait(0.05))

# a Condition over an explicit Lock, and over an RLock
lk = threading.Lock()
c2 = threading.Condition(lk)
with c2:
    print("lock held inside:", lk.locked())
print("lock free after:", lk.locked())
c3 = threading.Condition(threading.RLock())
with c3:
    with c3:
        print("rlock condition nests:", c3.wait(0.01))

# notify without holding the lock is an error
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
