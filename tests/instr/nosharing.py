# Threads that share nothing: each works on its own list, dict and object.
# They are started with _thread (no threading bookkeeping, whose locks are
# shared), and the main thread polls their done-locks without blocking on
# them, so no lock is ever waited for.  T=0: the main thread does the work.
# -X lockstats must report no contended site.  Usage: nosharing.py T N
import sys
import time
import _thread


class Box:
    def __init__(self):
        self.n = 0


def work(n, out, i, done):
    items = []
    table = {}
    box = Box()
    for k in range(n):
        items.append(k)
        table[k & 63] = k
        box.n += 1
        if len(items) > 100:
            items.pop(0)
    out[i] = box.n + len(table) + len(items)
    if done is not None:
        done.release()


def main():
    t = int(sys.argv[1])
    n = int(sys.argv[2])
    out = [0] * max(t, 1)
    if t == 0:
        work(n, out, 0, None)
    else:
        locks = []
        for i in range(t):
            done = _thread.allocate_lock()
            done.acquire()
            locks.append(done)
            _thread.start_new_thread(work, (n, out, i, done))
        for done in locks:
            while not done.acquire(False):
                time.sleep(0.002)
    print("results", out)


main()
