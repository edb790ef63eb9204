# task_done/join: join returns once every item put was marked done.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * 2)
        q.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    q.put(i)
q.join()
print("after join:", len(results), sum(results))
for w in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print("workers alive:", [w.is_alive() for w in workers])
print("sorted results ok:", sorted(results) == [2 * i for i in range(30)])

# join on a queue with nothing outstanding returns at once
q.join()
print("empty join ok")

# too many task_done calls
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# the main thread waits on join while a worker finishes the items later
q2 = queue.Queue()
for i in range(5):
    q2.put(i)
log = []
def late():
    while not q2.empty():
        log.append(q2.get())
        q2.task_done()
t = threading.Thread(target=late)
t.start()
q2.join()
print("joined after", log)
t.join()
