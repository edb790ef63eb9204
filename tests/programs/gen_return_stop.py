# return inside generators, StopIteration ending loops, next() with default.
def upto(limit):
    n = 0
    while True:
        if n >= limit:
            return
        yield n
        n += 1
print(list(upto(4)))
def first_negative(nums):
    for n in nums:
        if n < 0:
            yield n
            return
    yield "none found"
print(list(first_negative([3, -1, -2])), list(first_negative([1, 2])))
def with_value():
    yield 1
    return "finished"
g = with_value()
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration after return")
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
empty = iter([])
print(next(empty, "empty!"))
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration", repr(e))
g2 = upto(2)
print(next(g2, -1), next(g2, -1), next(g2, -1), next(g2, -1))
def tries():
    try:
        yield "in try"
        yield "still in try"
    finally:
        print("generator finally")
for x in tries():
    print(x)
def count_gen(n):
    for i in range(n):
        yield i
    print("  loop in generator ended")
total = 0
for v in count_gen(3):
    total += v
print("total", total)
def inner():
    yield 1
    yield 2
def outer():
    for v in inner():
        yield v * 10
    yield 99
print(list(outer()))
