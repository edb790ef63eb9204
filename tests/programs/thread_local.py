# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.name = "main value"
results = {}
lock = threading.Lock()

def worker(i):
    try:
        data.name
        seen = "visible"
    except AttributeError:
        seen = "AttributeError"
    data.name = "value %d" % i
    data.items = []
    for k in range(100):
        data.items.append(k * i)
    go.wait()
    with lock:
        results[i] = (seen, data.name, sum(data.items), hasattr(data, "name"))

go = threading.Event()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
for i in sorted(results):
    print(i, results[i])
print("main still has:", data.name)
print("main has items:", hasattr(data, "items"))
try:
    data.items
except AttributeError:
    print("AttributeError in main")

# getattr with default, setattr, del
out = []
def other():
    out.append(getattr(data, "name", "no name here"))
    setattr(data, "x", 5)
    out.append(data.x)
    del data.x
    out.append(hasattr(data, "x"))
t = threading.Thread(target=other)
t.start()
t.join()
print(out)

# a new thread after the others finished starts empty again
t = threading.Thread(target=lambda: out.append(hasattr(data, "items")))
t.start()
t.join()
print(out[-1])
