# the module-level generator shared by threads: every draw is atomic, so the
# draws of all threads together are exactly the sequential stream's
import random
import threading
N, T = 3000, 4
random.seed(7)
expected = sorted(random.random() for _ in range(N * T))
random.seed(7)
got = [[] for _ in range(T)]
def work(i):
    out = got[i]
    for _ in range(N):
        out.append(random.random())
ts = [threading.Thread(target=work, args=(i,)) for i in range(T)]
for t in ts: t.start()
for t in ts: t.join()
allv = sorted(v for out in got for v in out)
print(len(allv), allv == expected, all(0.0 <= v < 1.0 for v in allv))
