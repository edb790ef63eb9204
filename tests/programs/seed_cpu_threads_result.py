# Variant of seed_cpu_threads.py whose result is checkable: each thread
# stores its count in a list slot of its own, the main thread prints them.
import threading
results = [0] * 4
def count(slot):
    x = 0
    for _ in range(10**6):
        x += 1
    results[slot] = x
threads = [threading.Thread(target=count, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(results)
print("total", sum(results))
print("alive", [t.is_alive() for t in threads])
