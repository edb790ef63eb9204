# any() and all(): empty iterables, short-circuit, generators.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any([None, "", 0.0]), all([[0]]), any(x for x in []))
seen = []
def check(v):
    seen.append(v)
    return v > 2
print(any(check(v) for v in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(v) for v in [3, 4, 1, 5]), seen)
nums = [2, 4, 6, 8]
print(all(n % 2 == 0 for n in nums), any(n > 7 for n in nums), any(n > 8 for n in nums))
words = ["apple", "avocado", "banana"]
print(all(w.startswith("a") for w in words), any(w.startswith("b") for w in words))
def is_prime(n):
    return n > 1 and all(n % d != 0 for d in range(2, n))
print([n for n in range(30) if is_prime(n)])
grid = [[1, 0], [1, 1]]
print(any(all(row) for row in grid), all(any(row) for row in grid), all(all(row) for row in grid))
print(any({0: 1}), all({0: 1}), any({1, 0}), all((1, 2, 3)))
try:
    any(5)
except TypeError as e:
    print("TypeError", e)
