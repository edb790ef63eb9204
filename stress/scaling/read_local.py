# Scaling workload read_local: reading an attribute of a threading.local shared by
# all threads (each thread sees its own value).
# Usage: read_local.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=read_local threads=T work=W seconds=S
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


LOCAL = threading.local()


def worker(n, loc, out, i):
    loc.value = 1000 + i
    x = 0
    for _ in range(n):
        x += loc.value
    out[i] = x


def main():
    if len(sys.argv) < 3:
        print("usage: read_local.py THREADS WORK")
        sys.exit(2)
    threads = int(sys.argv[1])
    work = int(sys.argv[2])
    out = [0] * threads
    ts = []
    for i in range(threads):
        ts.append(threading.Thread(target=worker, args=(share(work, threads, i), LOCAL, out, i)))
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    dt = time.perf_counter() - t0
    for i in range(threads):
        want = share(work, threads, i) * (1000 + i)
        if out[i] != want:
            raise RuntimeError("read_local: thread %d got %d, expected %d" % (i, out[i], want))
    print("RESULT workload=read_local threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
