# Processes started from threads; the children report through exit codes.
import threading
from multiprocessing import Process
import sys

def child(code):
    total = 0
    for i in range(1000):
        total += i
    sys.exit(code if total == 499500 else 99)

codes = {}
lock = threading.Lock()

def launcher(k):
    p = Process(target=child, args=(k + 20,))
    p.start()
    p.join()
    with lock:
        codes[k] = p.exitcode

threads = [threading.Thread(target=launcher, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(codes.items()))
print("threads alive in parent:", threading.active_count())
