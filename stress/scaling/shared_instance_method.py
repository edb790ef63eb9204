# Scaling workload shared_instance_method: a method of ONE instance shared by every thread (passed
# to each), returning self.value: nothing is written but the refcount of the
# instance, which every call takes and drops.
# Usage: shared_instance_method.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=shared_instance_method threads=T work=W seconds=S
# Only the parallel part (start all threads -> join all) is timed; the result
# is checked afterwards and a wrong one raises (non-zero exit, no RESULT).
import sys
import time
import threading


def share(work, threads, i):
    n = work // threads
    if i < work % threads:
        n += 1
    return n


class Holder:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


THE_ONE = Holder(7)


def worker(n, out, i, obj):
    x = 0
    for _ in range(n):
        x += obj.get()
    out[i] = x


def main():
    if len(sys.argv) < 3:
        print("usage: shared_instance_method.py THREADS WORK")
        sys.exit(2)
    threads = int(sys.argv[1])
    work = int(sys.argv[2])
    out = [0] * threads
    ts = []
    for i in range(threads):
        ts.append(threading.Thread(target=worker, args=(share(work, threads, i), out, i, THE_ONE)))
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    dt = time.perf_counter() - t0
    for i in range(threads):
        n = share(work, threads, i)
        if out[i] != 7 * n:
            raise RuntimeError("shared_instance_method: thread %d got %d, expected %d" % (i, out[i], 7 * n))
    print("RESULT workload=shared_instance_method threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
