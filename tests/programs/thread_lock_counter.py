# A lock-protected counter: 4 threads x 10000 increments is exactly 40000.
import threading

counter = 0
lock = threading.Lock()

def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=inc, args=(10000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

# the same with explicit acquire/release and an attribute counter
class Box:
    def __init__(self):
        self.value = 0
box = Box()
def inc_box(n):
    for _ in range(n):
        lock.acquire()
        try:
            box.value += 1
        finally:
            lock.release()
threads = [threading.Thread(target=inc_box, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(box.value)

# and a dict of counters
counts = {}
def inc_dict(key, n):
    for i in range(n):
        with lock:
            counts[key] = counts.get(key, 0) + 1
            counts["all"] = counts.get("all", 0) + 1
threads = [threading.Thread(target=inc_dict, args=("k%d" % i, 2500)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(counts.items()))
