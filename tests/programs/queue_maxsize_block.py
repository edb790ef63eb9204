# A put on a full bounded queue blocks until a consumer gets.
import queue
import threading

q = queue.Queue(maxsize=2)
two_in = threading.Event()
done = threading.Event()

def producer():
    q.put(1)
    q.put(2)
    two_in.set()
    q.put(3)          # blocks: the queue is full
    done.set()

t = threading.Thread(target=producer)
t.start()
two_in.wait()
print("full:", q.full(), "qsize:", q.qsize())
t.join(0.05)
print("producer blocked:", t.is_alive(), "done:", done.is_set())
print("got", q.get())
done.wait()
t.join()
print("producer finished:", t.is_alive(), "qsize:", q.qsize())
print("rest:", q.get(), q.get(), "empty:", q.empty())

# put with timeout on a full queue gives up (queue.Full is not used here:
# we only check that the put did not happen)
q.put("x")
q.put("y")
try:
    q.put("z", timeout=0.05)
    print("put succeeded?")
except Exception as e:
    print("timed put failed")
print("qsize still:", q.qsize())

# a consumer blocked on get wakes up when an item arrives
q2 = queue.Queue()
got = []
c = threading.Thread(target=lambda: got.append(q2.get()))
c.start()
c.join(0.05)
print("consumer waiting:", c.is_alive())
q2.put("hello")
c.join()
print("consumer got:", got)

# a pipeline through a queue of size 1 keeps the order
q3 = queue.Queue(1)
out = []
def consume(n):
    for _ in range(n):
        out.append(q3.get())
c = threading.Thread(target=consume, args=(200,))
c.start()
for i in range(200):
    q3.put(i)
c.join()
print("ordered:", out == list(range(200)))
