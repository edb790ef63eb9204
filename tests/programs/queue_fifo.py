# queue.Queue basics: FIFO order, qsize/empty/full, get_nowait and
# timed/non-blocking get on an empty queue raising queue.Empty.
import queue

q = queue.Queue()
print("empty:", q.empty(), "qsize:", q.qsize(), "full:", q.full())
for x in [3, "two", (1, 2), None, [4]]:
    q.put(x)
print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
print([q.get() for _ in range(5)])
print("empty again:", q.empty())

try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait: queue.Empty")
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False): queue.Empty")
try:
    q.get(False)
except queue.Empty:
    print("get(False): queue.Empty")
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("get(timeout=0.05): queue.Empty", repr(str(e)))
try:
    q.get(True, 0.01)
except queue.Empty:
    print("get(True, 0.01): queue.Empty")

q.put("a")
q.put("b", block=False)
q.put("c", timeout=1)
print(q.get_nowait(), q.get(block=False), q.get(timeout=1))

# queue.Empty is an Exception subclass
print(issubclass(queue.Empty, Exception))
try:
    queue.Queue().get_nowait()
except Exception as e:
    print("caught as Exception:", type(e).__name__)

# maxsize: full()
b = queue.Queue(maxsize=3)
for i in range(3):
    b.put(i)
print("bounded full:", b.full(), b.qsize())
b.get()
print("after one get:", b.full(), b.qsize())
u = queue.Queue(0)
for i in range(1000):
    u.put(i)
print("maxsize 0 is unbounded:", u.full(), u.qsize())
print("sum drained:", sum(u.get() for _ in range(1000)))
