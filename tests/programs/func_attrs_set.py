# A function's __defaults__, __kwdefaults__, __name__, __qualname__, __doc__
# and __code__ can be replaced, with CPython's checks.
def f(a=1, *, b=2):
    "doc"
    return a, b
f.__defaults__ = (5,)
f.__kwdefaults__ = {"b": 9}
f.__name__ = "g"
f.__qualname__ = "G.g"
f.__doc__ = "new"
print(f(), f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(repr(f).split(" at ")[0])
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(e)
del f.__defaults__
print(f.__defaults__)
for field, value in [("__name__", 3), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 3), ("__code__", 3)]:
    try:
        setattr(f, field, value)
    except TypeError as e:
        print(e)
try:
    del f.__name__
except TypeError as e:
    print(e)

def two():
    return "two"
def one():
    return "one"
one.__code__ = two.__code__
print(one(), one.__name__)
def outer():
    x = 1
    def inner():
        return x
    return inner
try:
    one.__code__ = outer().__code__
except ValueError as e:
    print(e)

def gen():
    yield 1
gen.__name__ = "renamed"
g = gen()
print(g.__name__, list(g))
