# os.sched_getaffinity/sched_setaffinity and cpu counts.
import os
import threading

cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) > 0)
print("all ints:", all(isinstance(c, int) for c in cpus))
print("cpu_count int:", isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
print("affinity within cpu_count:", len(cpus) <= os.cpu_count())

# round trip: pin to one cpu, read it back, restore
first = min(cpus)
os.sched_setaffinity(0, {first})
print("pinned:", os.sched_getaffinity(0) == {first})
os.sched_setaffinity(0, cpus)
print("restored:", os.sched_getaffinity(0) == cpus)

# threads can read the affinity too
res = []
def look():
    res.append(os.sched_getaffinity(0) == cpus)
t = threading.Thread(target=look)
t.start()
t.join()
print("thread sees:", res)
print("pid int:", isinstance(os.getpid(), int))
