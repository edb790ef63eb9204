# Scaling workload list_methods: append/pop on a per-thread list (the list type and
# its methods are shared; the list is not).
# Usage: list_methods.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=list_methods threads=T work=W seconds=S
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


def worker(n, out, i):
    lst = [0]
    x = 0
    for j in range(n):
        lst.append(j)
        x += lst.pop()
    out[i] = x


def main():
    if len(sys.argv) < 3:
        print("usage: list_methods.py THREADS WORK")
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
        if out[i] != n * (n - 1) // 2:
            raise RuntimeError("list_methods: thread %d got %d, expected %d" % (i, out[i], n * (n - 1) // 2))
    print("RESULT workload=list_methods threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
