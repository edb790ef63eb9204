# Scaling workload read_shared_list: reading a list shared by all threads (read
# only; 16 ints > 256, indexed cyclically).
# Usage: read_shared_list.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=read_shared_list threads=T work=W seconds=S
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


SHARED = [1000 + 7 * k for k in range(16)]


def worker(n, lst, out, i):
    x = 0
    for j in range(n):
        x += lst[j & 15]
    out[i] = x


def main():
    if len(sys.argv) < 3:
        print("usage: read_shared_list.py THREADS WORK")
        sys.exit(2)
    threads = int(sys.argv[1])
    work = int(sys.argv[2])
    out = [0] * threads
    ts = []
    for i in range(threads):
        ts.append(threading.Thread(target=worker, args=(share(work, threads, i), SHARED, out, i)))
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    dt = time.perf_counter() - t0
    for i in range(threads):
        n = share(work, threads, i)
        want = (n // 16) * sum(SHARED) + sum(SHARED[:n % 16])
        if out[i] != want:
            raise RuntimeError("read_shared_list: thread %d got %d, expected %d" % (i, out[i], want))
    print("RESULT workload=read_shared_list threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
