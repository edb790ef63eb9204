# The program does not end while a non-daemon thread runs: the worker is
# released by the main thread's very last statement and prints afterwards.
import threading

release = threading.Event()
def worker():
    release.wait()
    for i in range(3):
        print("worker line", i)
    print("worker done")

t = threading.Thread(target=worker)
t.start()
print("main thread reached its end")
release.set()
