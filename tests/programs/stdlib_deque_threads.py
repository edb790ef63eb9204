# a deque shared as a queue: appends and poplefts from several threads lose
# and duplicate nothing
import threading
from collections import deque
q = deque()
N, T = 4000, 4
got = [[] for _ in range(T)]
def producer(i):
    for k in range(N):
        q.append(i * N + k)
def consumer(i):
    out = got[i]
    while len(out) < N:
        try:
            out.append(q.popleft())
        except IndexError:
            pass
ts = [threading.Thread(target=producer, args=(i,)) for i in range(T)] + [threading.Thread(target=consumer, args=(i,)) for i in range(T)]
for t in ts: t.start()
for t in ts: t.join()
allv = sorted(v for out in got for v in out)
print(len(allv), allv == list(range(N * T)), len(q))
