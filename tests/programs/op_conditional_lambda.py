# Conditional expressions and lambdas.
for x in [-2, 0, 3]:
    print(x, "neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if True else 2, 1 if 0 else 2, "a" if [] else "b")
def sign(n):
    return -1 if n < 0 else (0 if n == 0 else 1)
print([sign(n) for n in [-5, 0, 5]])
sq = lambda n: n * n
add = lambda a, b=10: a + b
noargs = lambda: "nothing"
print(sq(7), add(1), add(1, 2), add(b=5, a=1), noargs())
print((lambda x, y: x * y)(6, 7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](9, 4))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(list(map(lambda n: n * 2, [1, 2, 3])), list(filter(lambda n: n % 2, range(8))))
def make_multiplier(k):
    return lambda n: n * k
triple = make_multiplier(3)
print(triple(5), make_multiplier(10)(4))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, z=3, y=4))
cond = lambda x: "big" if x > 100 else "small"
print(cond(5), cond(500))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[0]))
x = 5
y = 10 if x > 3 else 20
print(y)
