# Scaling workload io_sleep: threads doing time.sleep(0.01) repeatedly (a
# stand-in for blocking I/O: the GIL is released while sleeping).
# Usage: io_sleep.py THREADS WORK   (WORK = total number of 10 ms sleeps,
# split across the threads). Prints exactly one line on stdout:
#   RESULT workload=io_sleep threads=T work=W seconds=S
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
    done = 0
    for _ in range(n):
        time.sleep(0.01)
        done += 1
    out[i] = done


def main():
    if len(sys.argv) < 3:
        print("usage: io_sleep.py THREADS WORK")
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
        raise RuntimeError("io_sleep: slept %d times, expected %d" % (sum(out), work))
    print("RESULT workload=io_sleep threads=%d work=%d seconds=%.6f" % (threads, work, dt))


if __name__ == "__main__":
    main()
