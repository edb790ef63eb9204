# Scaling workload generator: consuming a generator (each thread its own generator
# object; the generator function is shared).
# Usage: generator.py THREADS WORK   (WORK = total iterations, split across the
# threads: strong scaling). Prints exactly one line on stdout:
#   RESULT workload=generator threads=T work=W seconds=S
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


def ones(n):
    for _ in range(n):
        yield 1


def worker(n, out, i):
    x = 0
    for v in ones(n):
        x += v
    out[i] = x


def main():
    if len(sys.argv) < 3:
        print("usage: generator.py THREADS WORK")
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
            raise RuntimeError("generator: thread %d got %d, expected %d" % (i, out[i], share(work, threads, i)))
    print("RESULT workload=generator threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
