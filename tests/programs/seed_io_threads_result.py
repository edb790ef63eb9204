# Variant of seed_io_threads.py: shorter sleeps, prints under a lock (CPython's
# print writes the text and the newline separately, so unlocked prints from
# several threads may interleave), and the threads report what they fetched
# through a list the main thread prints after join.
import threading
import time
fetched = []
lock = threading.Lock()
def fetch(url):
    with lock:
        print("Start fetching")
    time.sleep(0.2)
    with lock:
        fetched.append(url)
        print("Done fetching")
threads = [threading.Thread(target=fetch, args=("page%d" % i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(fetched))
print(len(fetched), "pages")
