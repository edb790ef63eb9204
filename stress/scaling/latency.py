# Scaling workload latency: how late does a thread that wakes from short
# sleeps get to run while other threads are CPU-bound? One "waker" thread
# sleeps time.sleep(0.001) WORK times and measures, each time, how much longer
# than 1 ms it took until it ran again; THREADS-1 "spinner" threads count in a
# loop meanwhile. Under a GIL the waker must wait for a spinner to give the
# GIL up, which happens after the switch interval (sys.setswitchinterval);
# without a GIL it only waits for a free core.
# Usage: latency.py THREADS WORK [SWITCH_INTERVAL_SECONDS]   (default 0.005)
# Prints exactly one line on stdout:
#   RESULT workload=latency threads=T work=W seconds=S extra=switch:0.005,mean_ms:M,p99_ms:P,max_ms:X,samples:N
# seconds is the waker's run (start -> join); lateness in milliseconds. The
# waker stops early, after at least 10 samples, once it has run BUDGET
# seconds (a GIL convoy with many threads can make each wake-up very late);
# samples says how many wake-ups were measured (normally WORK).
import sys
import time
import threading

BUDGET = 3.0


def spinner(flag, out, i):
    x = 0
    while not flag[0]:
        for _ in range(1000):
            x += 1
    out[i] = x


def waker(n, lat):
    start = time.perf_counter()
    for _ in range(n):
        t0 = time.perf_counter()
        time.sleep(0.001)
        t1 = time.perf_counter()
        lat.append(t1 - t0 - 0.001)
        if t1 - start > BUDGET and len(lat) >= 10:
            break


def main():
    if len(sys.argv) < 3:
        print("usage: latency.py THREADS WORK [SWITCH_INTERVAL]")
        sys.exit(2)
    threads = int(sys.argv[1])
    work = int(sys.argv[2])
    switch = 0.005
    if len(sys.argv) > 3:
        switch = float(sys.argv[3])
    sys.setswitchinterval(switch)
    flag = [False]
    out = [0] * threads
    lat = []
    spinners = []
    for i in range(1, threads):
        spinners.append(threading.Thread(target=spinner, args=(flag, out, i)))
    for t in spinners:
        t.start()
    w = threading.Thread(target=waker, args=(work, lat))
    t0 = time.perf_counter()
    w.start()
    w.join()
    dt = time.perf_counter() - t0
    flag[0] = True
    for t in spinners:
        t.join()
    if len(lat) < 1 or len(lat) > work:
        raise RuntimeError("latency: %d samples for %d wake-ups" % (len(lat), work))
    lat.sort()
    mean = sum(lat) / len(lat)
    k = (99 * len(lat) + 99) // 100 - 1
    p99 = lat[k]
    print("RESULT workload=latency threads=%d work=%d seconds=%.6f extra=switch:%s,mean_ms:%.3f,p99_ms:%.3f,max_ms:%.3f,samples:%d"
          % (threads, work, dt, switch, mean * 1000.0, p99 * 1000.0, lat[-1] * 1000.0, len(lat)))


if __name__ == "__main__":
    main()
