# Scaling workload create_closures: creating closures (a nested function capturing
# a cell) and calling each once.
# Usage: create_closures.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=create_closures threads=T work=W seconds=S
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


def make_adder(k):
    def add(v):
        return v + k
    return add


def worker(n, out, i):
    x = 0
    for _ in range(n):
        f = make_adder(1)
        x = f(x)
    out[i] = x


def main():
    if len(sys.argv) < 3:
        print("usage: create_closures.py THREADS WORK")
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
        if out[i] != share(work, threads, i):
            raise RuntimeError("create_closures: thread %d got %d, expected %d" % (i, out[i], share(work, threads, i)))
    print("RESULT workload=create_closures threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
