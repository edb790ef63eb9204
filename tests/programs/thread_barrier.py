# Barrier: parties, n_waiting (CPython has no n_waiters), wait() returning distinct indexes.
import threading

b = threading.Barrier(4)
print("parties:", b.parties, "n_waiting:", b.n_waiting)
lock = threading.Lock()
indexes = []
phases = []

def worker(i):
    for phase in range(3):
        with lock:
            phases.append((phase, i))
        idx = b.wait()
        with lock:
            indexes.append((phase, idx))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for phase in range(3):
    print("phase", phase, "indexes", sorted(idx for p, idx in indexes if p == phase))
# every thread reached phase p before anyone reached phase p+1
ok = True
for k in range(len(phases)):
    if phases[k][0] != k // 4:
        ok = False
print("phases in lock step:", ok)
print("n_waiting after:", b.n_waiting)

# n_waiting with two threads blocked on a 3-party barrier
b3 = threading.Barrier(3)
res = []
def w():
    res.append(b3.wait())
t1 = threading.Thread(target=w)
t2 = threading.Thread(target=w)
t1.start()
t2.start()
while b3.n_waiting < 2:
    t1.join(0.01)
print("waiting:", b3.n_waiting, t1.is_alive(), t2.is_alive())
res.append(b3.wait())
t1.join()
t2.join()
print("indexes:", sorted(res), "n_waiting:", b3.n_waiting)

# an action runs once per generation
runs = []
ba = threading.Barrier(3, action=lambda: runs.append("action"))
threads = [threading.Thread(target=ba.wait) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(runs)
