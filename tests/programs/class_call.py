# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x + self.n
add5 = Adder(5)
print(add5(10), add5(-5), add5.calls)
print(list(map(add5, [1, 2, 3])), add5.calls)
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        total = 0
        for c in self.coeffs:
            total = total * x + c
        return total
    def __repr__(self):
        return "Polynomial%r" % (self.coeffs,)
p = Polynomial(1, 0, -4)
print(p, [p(x) for x in range(-3, 4)])
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), len(grid_paths.cache))
class Greeter:
    def __call__(self, name="world", punct="!"):
        return "Hello, " + name + punct
g = Greeter()
print(g(), g("Ann"), g(punct="?"), g(*["Bob", "."]))
print(sorted([3, -1, 2], key=Adder(0)))
def apply(fn, v):
    return fn(v)
print(apply(Adder(100), 1), apply(abs, -3), apply(lambda z: z * 2, 4))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
