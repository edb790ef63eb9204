# Recursive containers print [...], {...} or (...); __float__ must return a float;
# gen.throw argument checks; duplicate keyword arguments name the function.
l = []
t = (l,)
l.append(t)
print(repr(t), repr(l))
d = {}
d["self"] = d
d["t"] = (d, [d])
print(d)
a = [1]
a.append(a)
b = {"a": a}
a.append(b)
print(a, b)
class F:
    def __init__(self): self.float_val = 1.0
    def __float__(self): return 1
try:
    print(float(F()))
except TypeError as e:
    print("TypeError:", e)
def g():
    yield 1
for arg in [5, "x", None, [1], 3.5]:
    it = g(); next(it)
    try:
        it.throw(arg)
    except TypeError as e:
        print(e)
it = g(); next(it)
try:
    it.throw(ValueError, ValueError("inst"))
except ValueError as e:
    print("VE", e)
it = g(); next(it)
try:
    it.throw(ValueError("a"), "b")
except TypeError as e:
    print("TE", e)
def f(**k): return k
try:
    f(**{"x": 1}, x=2)
except TypeError as e: print(e)
try:
    f(x=1, **{"x": 2})
except TypeError as e: print(e)
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e: print(e)
def g(x): return x
try:
    g(1, **{"x": 2})
except TypeError as e: print(e)
try:
    g(1, x=2)
except TypeError as e: print(e)
class C:
    def m(self, **k): pass
try:
    C().m(**{"a": 1}, a=2)
except TypeError as e: print(e)
