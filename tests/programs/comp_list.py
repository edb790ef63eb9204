# List comprehensions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(8)])
print([c.upper() for c in "hello" if c != "l"])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
words = ["apple", "Banana", "cherry", "date", "Elder"]
print([w for w in words if w[0].isupper()])
print([len(w) for w in words])
print([w[::-1] for w in words if len(w) > 4])
print([i for i, w in enumerate(words) if "e" in w])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([str(n) for n in range(5)], "".join([str(n) for n in range(5)]))
print([n for n in [5, 3, 8, 1] if n > 2 if n < 8])
print([x for x in []], [0 for _ in range(3)])
print(sum([n for n in range(101)]), max([abs(n - 50) for n in range(10, 60)]))
nested = [[1, [2]], [3, [4, 5]]]
print([y for x in nested for y in x[1]])
pts = [(x, y) for x in range(-1, 2) for y in range(-1, 2) if x * y == 0]
print(pts, len(pts))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, n))]
print(primes)
print([None for _ in "ab"], [[] for _ in range(2)])
