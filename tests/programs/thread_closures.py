# Threads running closures over shared cells (nonlocal), under a lock,
# and generators consumed in different threads one after another.
import threading

def make_counter():
    count = 0
    lock = threading.Lock()
    def inc(n):
        nonlocal count
        for _ in range(n):
            with lock:
                count += 1
    def get():
        return count
    return inc, get

inc, get = make_counter()
threads = [threading.Thread(target=inc, args=(3000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(get())

def squares(n):
    for i in range(n):
        yield i * i

gen = squares(10)
got = []
def take(k):
    for _ in range(k):
        got.append(next(gen))
for k in (3, 3, 4):
    t = threading.Thread(target=take, args=(k,))
    t.start()
    t.join()
print(got)

# a generator shared under a lock by 4 threads: every value exactly once
gen2 = squares(400)
glock = threading.Lock()
out = []
def drain():
    while True:
        with glock:
            try:
                v = next(gen2)
            except StopIteration:
                return
        out.append(v)
threads = [threading.Thread(target=drain) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(out), sorted(out) == [i * i for i in range(400)])
