# Positional-only parameters (before '/') cannot be passed by keyword.
def f(a, b, /, c, *, d=4):
    return (a, b, c, d)
def g(a, /, **kw):
    return a, kw
def h(x, y=2, /):
    return x + y
print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=5), g(1, a=2), h(1), h(1, 5))
for call in [lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3), lambda: h(x=1), lambda: h(1, y=3), lambda: f(1, 2, 3, e=1), lambda: f(1, 2), lambda: h()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
lam = lambda p, /, q: p * q
print(lam(2, q=3))
try:
    lam(p=2, q=3)
except TypeError as e:
    print("TypeError:", e)
class C:
    def m(self, v, /):
        return v
print(C().m(7))
try:
    C().m(v=7)
except TypeError as e:
    print("TypeError:", e)
