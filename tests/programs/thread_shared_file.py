import threading, os

name = os.path.join(os.getenv("TMPDIR", "/tmp"), "twinpy_file_threads_%d.tmp" % os.getpid())
N, T = 2000, 4

def writer(f, tid):
    for i in range(N):
        f.write("thread %d line %d\n" % (tid, i))

with open(name, "w") as f:
    ts = [threading.Thread(target=writer, args=(f, t)) for t in range(T)]
    for t in ts: t.start()
    for t in ts: t.join()

counts = [0] * T
bad = 0
last = [-1] * T
ordered = True
with open(name) as f:
    for line in f:
        parts = line.split()
        if len(parts) != 4 or parts[0] != "thread" or parts[2] != "line":
            bad += 1
            continue
        tid, i = int(parts[1]), int(parts[3])
        counts[tid] += 1
        if i != last[tid] + 1:
            ordered = False
        last[tid] = i
print("lines per thread:", counts)
print("malformed:", bad, "in order per thread:", ordered)

# readers sharing one file object each get whole lines
with open(name) as f:
    got = []
    lock = threading.Lock()
    def reader():
        mine = 0
        while True:
            line = f.readline()
            if not line:
                break
            if not line.endswith("\n"):
                print("partial line!")
            mine += 1
        with lock:
            got.append(mine)
    rs = [threading.Thread(target=reader) for _ in range(3)]
    for r in rs: r.start()
    for r in rs: r.join()
print("lines read by all readers:", sum(got))
os.remove(name)
