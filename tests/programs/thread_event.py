# Event: set/wait/is_set/clear, wait with timeout, many waiters.
import threading

ev = threading.Event()
print("initially:", ev.is_set())
print("wait(0.05) on unset:", ev.wait(0.05))
print("wait(timeout=0):", ev.wait(timeout=0))
ev.set()
print("after set:", ev.is_set(), ev.wait(), ev.wait(0.01))
ev.set()
print("set twice:", ev.is_set())
ev.clear()
print("after clear:", ev.is_set(), ev.wait(0.01))

# many waiters released by one set
start = threading.Event()
arrived = []
lock = threading.Lock()
def waiter(i):
    ok = start.wait()
    with lock:
        arrived.append((i, ok))
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
print("before set, arrived:", len(arrived))
start.set()
for t in threads:
    t.join()
print("arrived:", sorted(arrived))

# ping-pong between two threads with events: fully ordered output
ping = threading.Event()
pong = threading.Event()
log = []
def player_ping():
    for i in range(3):
        log.append("ping %d" % i)
        pong.set()
        ping.wait()
        ping.clear()
def player_pong():
    for i in range(3):
        pong.wait()
        pong.clear()
        log.append("pong %d" % i)
        ping.set()
a = threading.Thread(target=player_ping)
b = threading.Thread(target=player_pong)
b.start()
a.start()
a.join()
b.join()
for line in log:
    print(line)

# a waiter that times out while nobody sets
res = []
never = threading.Event()
t = threading.Thread(target=lambda: res.append(never.wait(0.05)))
t.start()
t.join()
print("thread wait timed out:", res)
