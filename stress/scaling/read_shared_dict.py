# Scaling workload read_shared_dict: reading a dict shared by all threads (read
# only; the keys cycle through four strings, the values are ints > 256).
# Usage: read_shared_dict.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=read_shared_dict threads=T work=W seconds=S
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


KEYS = ("alpha", "beta", "gamma", "delta")
SHARED = {"alpha": 1000, "beta": 2000, "gamma": 3000, "delta": 4000}


def worker(n, d, keys, out, i):
    x = 0
    for j in range(n):
        x += d[keys[j & 3]]
    out[i] = x


def main():
    if len(sys.argv) < 3:
        print("usage: read_shared_dict.py THREADS WORK")
        sys.exit(2)
    threads = int(sys.argv[1])
    work = int(sys.argv[2])
    out = [0] * threads
    ts = []
    for i in range(threads):
        ts.append(threading.Thread(target=worker, args=(share(work, threads, i), SHARED, KEYS, out, i)))
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    dt = time.perf_counter() - t0
    vals = [SHARED[k] for k in KEYS]
    for i in range(threads):
        n = share(work, threads, i)
        want = (n // 4) * sum(vals) + sum(vals[:n % 4])
        if out[i] != want:
            raise RuntimeError("read_shared_dict: thread %d got %d, expected %d" % (i, out[i], want))
    print("RESULT workload=read_shared_dict threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
