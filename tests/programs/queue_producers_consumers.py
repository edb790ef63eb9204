# Many producers and consumers on one queue: every item is delivered
# exactly once.
import queue
import threading

NP = 4
NC = 3
PER = 500
q = queue.Queue(maxsize=20)
lock = threading.Lock()
received = []
per_consumer = [0] * NC

def producer(p):
    for i in range(PER):
        q.put(p * PER + i)

def consumer(c):
    while True:
        item = q.get()
        if item is None:
            return
        with lock:
            received.append(item)
            per_consumer[c] += 1

producers = [threading.Thread(target=producer, args=(p,)) for p in range(NP)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(NC)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print("received:", len(received))
print("sum:", sum(received), "expected:", sum(range(NP * PER)))
print("exactly once:", sorted(received) == list(range(NP * PER)))
print("per-consumer total:", sum(per_consumer))
print("queue empty:", q.empty())

# each producer's items arrive in its own order (FIFO per producer)
q2 = queue.Queue()
def prod2(p):
    for i in range(100):
        q2.put((p, i))
ps = [threading.Thread(target=prod2, args=(p,)) for p in range(3)]
for t in ps:
    t.start()
for t in ps:
    t.join()
last = {}
ordered = True
while not q2.empty():
    p, i = q2.get()
    if p in last and last[p] >= i:
        ordered = False
    last[p] = i
print("per-producer FIFO:", ordered, sorted(last.items()))
