# Scaling workload proc_count: the counting loop of cpu_count, run in
# multiprocessing.Process children (fork) instead of threads: each child has
# its own interpreter, so this scales with or without a GIL.
# Usage: proc_count.py PROCESSES WORK   (WORK = total iterations, split across
# the processes). Prints exactly one line on stdout:
#   RESULT workload=proc_count threads=P work=W seconds=S
# Only the parallel part (start all processes -> join all) is timed. A child
# that counts wrong raises, so its exit code is non-zero and the run fails.
import sys
import time
import multiprocessing


def share(work, threads, i):
    n = work // threads
    if i < work % threads:
        n += 1
    return n


def child(n):
    x = 0
    for _ in range(n):
        x += 1
    if x != n:
        raise RuntimeError("proc_count: child counted %d, expected %d" % (x, n))


def main():
    if len(sys.argv) < 3:
        print("usage: proc_count.py PROCESSES WORK")
        sys.exit(2)
    procs = int(sys.argv[1])
    work = int(sys.argv[2])
    ps = []
    for i in range(procs):
        ps.append(multiprocessing.Process(target=child, args=(share(work, procs, i),)))
    t0 = time.perf_counter()
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    dt = time.perf_counter() - t0
    for i in range(procs):
        if ps[i].exitcode != 0:
            raise RuntimeError("proc_count: child %d exited with %r" % (i, ps[i].exitcode))
    print("RESULT workload=proc_count threads=%d work=%d seconds=%.6f" % (procs, work, dt))


if __name__ == "__main__":
    main()
