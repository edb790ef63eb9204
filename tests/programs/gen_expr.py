# Generator expressions.
g = (x * x for x in range(5))
print(type(g).__name__)
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min(x % 7 for x in range(10, 20)))
print(sorted(c for c in "generator"))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(", ".join(str(n) for n in range(5)))
print(tuple(x for x in "abc"), set(x % 3 for x in range(10)))
print(dict((k, k * 2) for k in range(3)))
evens = (n for n in range(20) if n % 2 == 0)
print(next(evens), next(evens), next(evens))
print(list(evens))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
words = ["one", "two", "three"]
lengths = (len(w) for w in words)
print(list(zip(words, lengths)))
total = 0
for sq in (n * n for n in range(1, 6)):
    total += sq
    print("running total", total)
src = [3, 1, 2]
gen = (v * 10 for v in src)
src.append(4)
print(list(gen))
print(sum(1 for _ in range(7)), list(x for x in []))
print(next((w for w in words if w.startswith("t")), "none"))
print(next((w for w in words if w.startswith("z")), "none"))
