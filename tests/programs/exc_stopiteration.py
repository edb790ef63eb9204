# StopIteration: manual iteration, for-loop termination, next default.
it = iter([10, 20])
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), type(e).__name__)
class Three:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
for v in Three():
    print("for got", v)
t = Three()
while True:
    try:
        v = next(t)
    except StopIteration:
        print("manual loop done")
        break
    print("manual got", v)
print(next(iter(""), "empty default"), next(Three(), "unused"))
def gen():
    yield 1
g = gen()
print(next(g), next(g, "gen done"), next(g, "still done"))
d = {"a": 1}
di = iter(d)
print(next(di), next(di, None))
s = iter("hi")
print(next(s), next(s), next(s, "."))
