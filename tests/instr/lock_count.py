# T threads each take one threading.Lock N times; -X lockstats must count
# T*N acquisitions on the line marked below.  Usage: lock_count.py T N
import sys
import threading


def worker(n, lock, box):
    for _ in range(n):
        with lock:  # the counted line
            box[0] += 1


def main():
    t = int(sys.argv[1])
    n = int(sys.argv[2])
    lock = threading.Lock()
    box = [0]
    ts = [threading.Thread(target=worker, args=(n, lock, box)) for _ in range(t)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    print("counter", box[0], "expected", t * n)


main()
