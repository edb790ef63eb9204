# Argument-count and argument-name errors with CPython's messages.
def one(a):
    return a
def two(a, b):
    return a + b
def dflt(a, b=1):
    return a
def kwo(*, key):
    return key
def none():
    return 0
class K:
    def m(self, x):
        return x
tests = [
    lambda: one(1, 2),
    lambda: one(),
    lambda: two(1),
    lambda: two(),
    lambda: dflt(1, 2, 3),
    lambda: dflt(),
    lambda: one(1, a=2),
    lambda: one(b=2),
    lambda: kwo(),
    lambda: kwo(1),
    lambda: none(1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: abs(1, 2),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)
def ok(a, b=2, *rest, c=3, **kw):
    return a, b, rest, c, kw
print(ok(1), ok(1, 2, 3, c=4, d=5))
try:
    s = "abc"
    s()
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 5
    x()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n()
except TypeError as e:
    print(type(e).__name__, e)
