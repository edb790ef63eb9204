# multiprocessing.cpu_count() and os.cpu_count().
import multiprocessing
import os
from multiprocessing import cpu_count

n = multiprocessing.cpu_count()
print(type(n).__name__, n >= 1)
print(cpu_count() == n)
print(os.cpu_count() == n)
print(len(os.sched_getaffinity(0)) <= n)
