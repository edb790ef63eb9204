# Scaling workload shared_append: true contention: all threads append to ONE shared
# list (every append takes that list's lock, or the GIL). The list grows to
# WORK items (8 bytes each: ~80 MB at the default size).
# Usage: shared_append.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=shared_append threads=T work=W seconds=S
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


def worker(n, lst, i):
    for _ in range(n):
        lst.append(i)


def main():
    if len(sys.argv) < 3:
        print("usage: shared_append.py THREADS WORK")
        sys.exit(2)
    threads = int(sys.argv[1])
    work = int(sys.argv[2])
    shared = []
    ts = []
    for i in range(threads):
        ts.append(threading.Thread(target=worker, args=(share(work, threads, i), shared, i)))
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    dt = time.perf_counter() - t0
    if len(shared) != work:
        raise RuntimeError("shared_append: list has %d items, expected %d" % (len(shared), work))
    for i in range(threads):
        if shared.count(i) != share(work, threads, i):
            raise RuntimeError("shared_append: thread %d appended %d, expected %d" % (i, shared.count(i), share(work, threads, i)))
    print("RESULT workload=shared_append threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
