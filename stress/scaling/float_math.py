# Scaling workload float_math: float arithmetic (multiply, subtract, add; every
# step allocates a new float). Exact: all values are halves below 2**52.
# Usage: float_math.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=float_math threads=T work=W seconds=S
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
    acc = 0.0
    for j in range(n):
        a = j * 0.5
        b = a * 2.0 - a
        acc += b
    out[i] = acc


def main():
    if len(sys.argv) < 3:
        print("usage: float_math.py THREADS WORK")
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
        want = (n * (n - 1) // 2) * 0.5
        if out[i] != want:
            raise RuntimeError("float_math: thread %d got %r, expected %r" % (i, out[i], want))
    print("RESULT workload=float_math threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
