# Scaling workload lock_counter: true contention: a counter shared by all threads,
# incremented under one threading.Lock.
# Usage: lock_counter.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=lock_counter threads=T work=W seconds=S
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


def worker(n, lock, box):
    for _ in range(n):
        with lock:
            box[0] += 1


def main():
    if len(sys.argv) < 3:
        print("usage: lock_counter.py THREADS WORK")
        sys.exit(2)
    threads = int(sys.argv[1])
    work = int(sys.argv[2])
    lock = threading.Lock()
    box = [0]
    ts = []
    for i in range(threads):
        ts.append(threading.Thread(target=worker, args=(share(work, threads, i), lock, box)))
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    dt = time.perf_counter() - t0
    if box[0] != work:
        raise RuntimeError("lock_counter: counter is %d, expected %d" % (box[0], work))
    print("RESULT workload=lock_counter threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
