# functools: partial, reduce, wraps, lru_cache (on a method too), cache, total_ordering, cmp_to_key
import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key
def f(a, b, c=0): return a * 100 + b * 10 + c
p = partial(f, 1, c=5); print(p(2), p.args, p.keywords, partial(p, 3)(), p.func is f)
print(reduce(lambda x, y: x + y, [1, 2, 3]), reduce(lambda x, y: x * y, [], 7))
try: reduce(max, [])
except TypeError as e: print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def hello(x):
    "doc here"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))
@lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits)
class C:
    def __init__(s, k): s.k = k
    @lru_cache(maxsize=None)
    def m(self, x): return self.k + x
c = C(10); print(c.m(1), c.m(1), C.m.cache_info().hits)
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(2) > V(5), V(2) <= V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
