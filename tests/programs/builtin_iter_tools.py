# reversed, enumerate, zip, map, filter.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print("".join(reversed("stressed")))
for i, ch in enumerate("abc"):
    print(i, ch)
print(list(enumerate(["x", "y"], 10)), list(enumerate([], 1)), list(enumerate("ab", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(range(3), range(10, 13))))
names = ["ann", "bob", "cy"]
ages = [30, 25, 41]
print(dict(zip(names, ages)))
for n, a in zip(names, ages):
    print(n, "is", a)
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)])
print(list(map(abs, [-1, 2, -3])), list(map(len, ["a", "bb", ""])), list(map(str.upper, ["x", "y"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, ["1", "a", "22"])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
m1 = map(lambda x: x + 1, [1, 2, 3])
print(type(m1).__name__, next(m1), list(m1), list(m1))
f1 = filter(lambda x: x > 1, [1, 2, 3])
print(type(f1).__name__, list(f1))
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z))
e = enumerate("xy")
print(type(e).__name__, next(e), next(e), next(e, "end"))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
print(sum(map(int, "12345")), max(map(len, names)), sorted(filter(lambda s: "n" in s, names)))
print(list(zip(*[iter([1, 2, 3, 4, 5, 6])] * 2)))
print(list(enumerate(zip("ab", "xy"))))
try:
    reversed(5)
except TypeError as e:
    print("TypeError", e)
try:
    list(zip([1], 2))
except TypeError as e:
    print("TypeError", e)
