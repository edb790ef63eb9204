# Chaining generators into a pipeline.
def numbers(n):
    for i in range(1, n + 1):
        yield i
def only_odd(it):
    for x in it:
        if x % 2:
            yield x
def squared(it):
    for x in it:
        yield x * x
def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
pipe = running_sum(squared(only_odd(numbers(10))))
print(list(pipe))
def lines():
    text = "alpha 1\nbeta 22\n\ngamma 333\n# comment\ndelta 4"
    for ln in text.split("\n"):
        yield ln
def non_empty(it):
    return (ln for ln in it if ln and not ln.startswith("#"))
def parse(it):
    for ln in it:
        name, num = ln.split()
        yield name, int(num)
records = list(parse(non_empty(lines())))
print(records)
print(sum(n for _, n in records), sorted(records, key=lambda r: -r[1])[0])
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(numbers(6), 3)))
def primes():
    n = 2
    while True:
        if all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])
def enumerate_like(it, start=0):
    i = start
    for x in it:
        yield i, x
        i += 1
print(list(enumerate_like("xyz", 1)))
def cycle(seq, times):
    for _ in range(times):
        for s in seq:
            yield s
print("".join(cycle("ab", 3)))
print(list(zip(numbers(3), cycle("xy", 5))))
print(list(map(lambda t: t[0] * t[1], zip(numbers(4), numbers(4)))))
