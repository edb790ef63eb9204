import threading
import time
def fetch():
    print("Start fetching")
    time.sleep(2)
    print("Done fetching")
threads = [threading.Thread(target=fetch) for _ in range(3)]
for t in threads: t.start()
for t in threads: t.join()
