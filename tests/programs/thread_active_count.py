# active_count() and enumerate() with a known number of live threads,
# synchronised with Events so the counts are deterministic.
import threading

print("start:", threading.active_count(), len(threading.enumerate()))
print("main listed:", threading.main_thread() in threading.enumerate())

ready = []
release = threading.Event()

def worker(ev):
    ev.set()
    release.wait()

threads = []
for i in range(5):
    ev = threading.Event()
    t = threading.Thread(target=worker, args=(ev,), name="w%d" % i)
    t.start()
    ev.wait()
    threads.append(t)
    print("after starting", i + 1, "->", threading.active_count(), len(threading.enumerate()))

names = sorted(t.name for t in threading.enumerate())
print(names)
print("all listed:", all(t in threading.enumerate() for t in threads))
# a created but not started thread is not counted
idle = threading.Thread(target=worker, args=(threading.Event(),))
print("with unstarted:", threading.active_count(), idle in threading.enumerate())
release.set()
for t in threads:
    t.join()
print("after join:", threading.active_count(), len(threading.enumerate()))
print([t.name for t in threading.enumerate()])
