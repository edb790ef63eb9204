# d.update(other_dict) is one step, as in free-threaded CPython: a copy taken
# meanwhile holds all of one update or all of the other, never a mix.
import threading
d = {}
a = {k: ("a", k) for k in range(200)}
b = {k: ("b", k) for k in range(200)}
bad = []
def writer(src, n):
    for _ in range(n):
        d.update(src)
def reader(n):
    for _ in range(n):
        c = d.copy()
        tags = set(v[0] for v in c.values())
        if len(c) not in (0, 200) or len(tags) > 1:
            bad.append(("mixed", len(c), len(tags)))
ts = [threading.Thread(target=writer, args=(a, 3000)), threading.Thread(target=writer, args=(b, 3000)), threading.Thread(target=reader, args=(3000,))]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), bad[:3], all(v[1] == k for k, v in d.items()))
e = {"x": 1, (1, 2): 2}
e.update({"x": 3, (1, 2): 4, 5.5: 6, None: 7})
print(e)
class K:
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K)
f = {1: 1}
f.update({K(): 2, 3: 3})
print(len(f), f[3])
f.update(f); print(len(f))
