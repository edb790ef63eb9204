# A three-stage pipeline connected by queues, with sentinels.
import queue
import threading

q1 = queue.Queue()
q2 = queue.Queue()
q3 = queue.Queue()
STOP = "stop"

def square():
    while True:
        x = q1.get()
        if x == STOP:
            q2.put(STOP)
            return
        q2.put(x * x)

def label():
    while True:
        x = q2.get()
        if x == STOP:
            q3.put(STOP)
            return
        q3.put("n=%d" % x)

stages = [threading.Thread(target=square), threading.Thread(target=label)]
for s in stages:
    s.start()
for i in range(10):
    q1.put(i)
q1.put(STOP)
out = []
while True:
    v = q3.get()
    if v == STOP:
        break
    out.append(v)
for s in stages:
    s.join()
print(out)
print("all empty:", q1.empty(), q2.empty(), q3.empty())

# results sent back through a queue, printed in order of a key
results = queue.Queue()
def job(n):
    total = 0
    for i in range(n):
        total += i
    results.put((n, total))
threads = [threading.Thread(target=job, args=(n,)) for n in (1000, 10, 500, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
collected = []
while True:
    try:
        collected.append(results.get_nowait())
    except queue.Empty:
        break
print(sorted(collected))
