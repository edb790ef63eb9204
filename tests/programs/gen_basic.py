# Generator functions: yield, iteration, state, laziness.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done")
for v in count_up(3):
    print("got", v)
g = count_up(2)
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")
try:
    next(g)
except StopIteration:
    print("exhausted generator raises again")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()))
def squares(lst):
    for x in lst:
        yield x * x
print(list(squares([1, 2, 3])), sum(squares(range(5))), sorted(squares([-3, 1, 2])))
def multi():
    yield "a"
    yield "b"
    yield "c"
print(list(multi()), "-".join(multi()))
def pairs(s):
    for i in range(len(s) - 1):
        yield s[i], s[i + 1]
print(list(pairs("abcd")))
gen = multi()
print(list(gen), list(gen))
def lazy():
    print("  body started")
    yield 1
lz = lazy()
print("created, not started")
print(next(lz))
def chain(*its):
    for it in its:
        for x in it:
            yield x
print(list(chain([1, 2], "ab", range(3))))
a, b, c = multi()
print(a, b, c)
print(max(squares([3, -5, 4])), min(squares([3, -5, 4])), 16 in squares([1, 4]))
