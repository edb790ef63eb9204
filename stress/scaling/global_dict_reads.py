# Scaling workload global_dict_reads: five constant-key reads of ONE module-level dict per
# iteration (read only): every thread loads the same global dict and indexes
# it.
# Usage: global_dict_reads.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=global_dict_reads threads=T work=W seconds=S
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


SHARED = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}


def worker(n, out, i):
    x = 0
    for _ in range(n):
        x += SHARED["a"] + SHARED["b"] + SHARED["c"] + SHARED["d"] + SHARED["e"]
    out[i] = x


def main():
    if len(sys.argv) < 3:
        print("usage: global_dict_reads.py THREADS WORK")
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
        if out[i] != 15 * n:
            raise RuntimeError("global_dict_reads: thread %d got %d, expected %d" % (i, out[i], 15 * n))
    print("RESULT workload=global_dict_reads threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
