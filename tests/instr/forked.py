# A forked child writes a trace and a report of its own (FILE.PID.json).
import multiprocessing
import threading


def child(n):
    x = 0
    for i in range(n):
        x += i
    t = threading.Thread(target=len, args=([1, 2],))
    t.start()
    t.join()


def main():
    p = multiprocessing.Process(target=child, args=(100000,))
    p.start()
    p.join()
    print("child exit code", p.exitcode)


main()
