# time: time, perf_counter, perf_counter_ns, monotonic, sleep (only relations printed).
import time
t0 = time.time()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(n0).__name__, type(m0).__name__)
print(t0 > 1600000000, t0 < 5000000000)
time.sleep(0.05)
t1 = time.time()
p1 = time.perf_counter()
n1 = time.perf_counter_ns()
m1 = time.monotonic()
print("time advanced:", t1 >= t0)
print("perf_counter advanced >= 0.04:", p1 - p0 >= 0.04)
print("perf_counter_ns advanced >= 40ms:", n1 - n0 >= 40000000)
print("monotonic advanced >= 0.04:", m1 - m0 >= 0.04)
print("slept less than 5 s:", p1 - p0 < 5.0)
time.sleep(0)
last = time.monotonic()
ok = True
for _ in range(1000):
    now = time.monotonic()
    if now < last:
        ok = False
    last = now
print("monotonic never decreases:", ok)
start = time.perf_counter()
total = 0
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print("loop result", total, "elapsed is non-negative float:", elapsed >= 0.0 and isinstance(elapsed, float))
ns = time.perf_counter_ns()
print(ns > 0, isinstance(ns, int))
from time import sleep, perf_counter
a = perf_counter()
sleep(0.01)
print("from-import works:", perf_counter() - a >= 0.009)
