# Scaling workload global_instance_call: calling a method through ONE instance bound to a
# module-level name (`mod.double(i)`): every thread loads the same global,
# which is not immortal, and calls a method on it.
# Usage: global_instance_call.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=global_instance_call threads=T work=W seconds=S
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


class Doubler:
    def double(self, x):
        return x + x


mod = Doubler()


def worker(n, out, i):
    total = 0
    for j in range(n):
        total += mod.double(j)
    out[i] = total


def main():
    if len(sys.argv) < 3:
        print("usage: global_instance_call.py THREADS WORK")
        sys.exit(2)
    threads = int(sys.argv[1])
    work = int(sys.argv[2])
    out = [0] * threads
    ts = []
    for i in range(threads):
        ts.append(threading.Thread(target=worker, args=(share(work, threads, i), out, i)))
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    dt = time.perf_counter() - t0
    for i in range(threads):
        n = share(work, threads, i)
        if out[i] != n * (n - 1):
            raise RuntimeError("global_instance_call: thread %d got %d, expected %d" % (i, out[i], n * (n - 1)))
    print("RESULT workload=global_instance_call threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
