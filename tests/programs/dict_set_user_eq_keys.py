
class P:
    def __init__(s, x): s.x = x
    def __hash__(s): return hash(s.x)
    def __eq__(s, o): return isinstance(o, P) and s.x == o.x
for n in (2000, 8000, 32000):
    d = {P(i): i for i in range(n)}
    st = set(P(i) for i in range(n))

    tot = 0
    for i in range(n):
        tot += d[P(i)]
    for i in range(n):
        if P(i) not in st: print("missing")
    print(n, tot)
calls = 0
class K:
    def __init__(s, x): s.x = x
    def __hash__(s): return 7
    def __eq__(s, o):
        global calls
        calls += 1
        d["y%d" % calls] = calls
        return isinstance(o, K) and o.x == s.x
d = {}
d[K(1)] = "one"
print(d[K(1)], calls)
class C:
    def __init__(s, x): s.x = x
    def __hash__(s): return 1
    def __eq__(s, o): return isinstance(o, C) and o.x == s.x
    def __repr__(s): return "C(%d)" % s.x
d = {C(i): i for i in range(50)}
print(len(d), d[C(49)], C(3) in d, C(77) in d)
del d[C(10)]
print(len(d), C(10) in d)
s = {C(i) for i in range(50)}
s.discard(C(5)); s.add(C(5)); s.add(C(6))
print(len(s), sorted(x.x for x in s)[:8])
# __eq__ is called once per same-hash key on the probe path, as in CPython
class Counted:
    eqs = 0
    def __init__(s, x): s.x = x
    def __hash__(s): return 5
    def __eq__(s, o):
        Counted.eqs += 1
        return isinstance(o, Counted) and o.x == s.x
d = {Counted(i): i for i in range(10)}
Counted.eqs = 0
print(d[Counted(9)], Counted.eqs)
Counted.eqs = 0
print(Counted(42) in d, Counted.eqs)
