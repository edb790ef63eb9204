import threading
def count():
    x = 0
    for _ in range(10**7):
        x += 1
threads = [threading.Thread(target=count) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
