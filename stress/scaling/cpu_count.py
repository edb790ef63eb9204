# Scaling workload cpu_count: a pure counting loop in a function
# (`for _ in range(n): x += 1`), nothing shared between the threads.
# Usage: cpu_count.py THREADS WORK   (WORK = total iterations, split across
# the threads). Prints one line:
#   RESULT workload=cpu_count threads=T work=W seconds=S
# Only the parallel part (start all threads -> join all) is timed.
import sys
import time
import threading


def share(work, threads, i):
    n = work // threads
    if i < work % threads:
        n += 1
    return n


def worker(n, out, i):
    x = 0
    for _ in range(n):
        x += 1
    out[i] = x


def main():
    if len(sys.argv) < 3:
        print("usage: cpu_count.py THREADS WORK")
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
    if sum(out) != work:
        raise RuntimeError("cpu_count: counted %d, expected %d" % (sum(out), work))
    print("RESULT workload=cpu_count threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
