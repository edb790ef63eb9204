# Two threads wait for a flag (spinning, no lock), then append to ONE list:
# without a GIL they take the list's lock at the same moments, and
# -X lockstats must name the site list.append on the marked line.
import sys
import threading


def worker(n, lst, go):
    while not go[0]:
        pass
    for i in range(n):
        lst.append(i)  # the contended line


def main():
    n = int(sys.argv[1])
    lst = []
    go = [False]
    ts = [threading.Thread(target=worker, args=(n, lst, go)) for _ in range(2)]
    for t in ts:
        t.start()
    go[0] = True
    for t in ts:
        t.join()
    print("appended", len(lst))


main()
