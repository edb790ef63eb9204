# Nested comprehensions and comprehension scoping.
n = 4
ident = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in ident:
    print(row)
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print(" ".join("%3d" % v for v in row))
flat = [v for row in table for v in row if v % 2 == 0]
print(flat)
transposed = [[row[i] for row in table] for i in range(len(table[0]))]
print(transposed == table)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
x = 10
res = [x for x in range(3)]
print(res, x)
y = 100
res2 = [[y + i for i in range(2)] for y in range(2)]
print(res2, y)
funcs = {name: len(name) for name in ["a", "bb", "ccc"]}
print(funcs)
words = ["hello", "world"]
print([[c for c in w if c not in "aeiou"] for w in words])
print({w: {c: w.count(c) for c in w} for w in words})
def outer():
    k = 3
    return [[k * a + b for b in range(2)] for a in range(2)]
print(outer())
print(sum(sum(row) for row in table), max(max(r) for r in table))
