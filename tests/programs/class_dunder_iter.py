# The iterator protocol: __iter__ returning self and __next__ raising StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print("countdown", n)
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
print(list(Countdown(5)), sum(Countdown(4)), sorted(Countdown(3)))
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
class Range2Iter:
    def __init__(self, lo, hi):
        self.i = lo
        self.hi = hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        v = self.i
        self.i += 1
        return v
r = Range2(1, 4)
print(list(r), list(r), [x * y for x in r for y in r])
it = iter(r)
print(next(it), next(it), next(it), next(it, None))
print(3 in Range2(0, 5), 7 in Range2(0, 5))
a, b, c = Range2(7, 10)
print(a, b, c)
print(dict(zip(Range2(0, 3), "abc")), list(enumerate(Range2(5, 7))))
print(max(Range2(0, 10)), min(Range2(3, 6)), tuple(Range2(0, 2)))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print("TypeError", e)
