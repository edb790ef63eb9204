# Variant of seed_processes.py: each child reports its count through its
# exit code (count // 100000 == 10), the parent prints the exit codes.
from multiprocessing import Process
import sys
def count():
    x = 0
    for _ in range(10**6):
        x += 1
    sys.exit(x // 100000)
processes = [Process(target=count) for _ in range(4)]
print([p.exitcode for p in processes])
for p in processes: p.start()
for p in processes: p.join()
print([p.exitcode for p in processes])
print([p.is_alive() for p in processes])
