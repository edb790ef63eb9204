# copy module: what CPython's documentation shows
import copy
from collections import deque, OrderedDict, Counter, defaultdict, namedtuple
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"
p = P([1], {"a": 2}); q = copy.deepcopy(p); r = copy.copy(p)
p.x.append(2); print(p, q, r, type(q) is P)
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
class Custom:
    def __init__(self): self.v = 1
    def __copy__(self): print("copy hook"); return "C"
    def __deepcopy__(self, memo): print("deepcopy hook", type(memo).__name__); return "D"
print(copy.copy(Custom()), copy.deepcopy(Custom()))
class St:
    def __init__(self): self.a = 1; self.cache = "big"
    def __getstate__(self): return {"a": self.a}
    def __setstate__(self, s): self.__dict__.update(s); self.cache = "rebuilt"
s2 = copy.deepcopy(St()); print(s2.a, s2.cache)
dq = deque([1, [2]], maxlen=5); dq2 = copy.deepcopy(dq); dq[1].append(3); print(dq, dq2, copy.copy(dq))
od = OrderedDict(a=1, b=[2]); print(copy.deepcopy(od), copy.copy(Counter("aab")))
dd = defaultdict(list); dd["x"].append(1); dd2 = copy.deepcopy(dd); dd2["y"].append(2); print(sorted(dd.items()), sorted(dd2.items()))
Pt = namedtuple("Pt", "x y"); print(copy.deepcopy(Pt(1, [2])), copy.copy(Pt(3, 4)))
t = (1, 2, "s"); print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.copy({1, 2}))
import threading
try: copy.copy(threading.Lock())
except TypeError as e: print("TypeError", "cannot pickle" in str(e))
