# min, max (with key and default), sum (with start), abs.
nums = [4, -9, 2.5, 7, -1]
print(min(nums), max(nums), sum(nums), abs(-9), abs(-2.5), abs(3))
print(min(3, 1, 2), max(3, 1, 2), min("b", "a"), max("apple", "banana"))
print(min(nums, key=abs), max(nums, key=abs), max(["aa", "b", "cccc"], key=len))
print(min([], default="empty"), max([], default=None), min([5], default=0))
print(sum([]), sum([1, 2, 3], 10), sum([0.1] * 10), sum(range(10)), sum([[1], [2, 3]], []))
print(sum(x * x for x in range(4)), sum([True, True, False]))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
pairs = [(1, "z"), (3, "a"), (2, "m")]
print(max(pairs), min(pairs), max(pairs, key=lambda p: p[1]))
d = {"a": 3, "b": 7, "c": 5}
print(max(d), max(d, key=d.get), min(d.values()), sum(d.values()))
print(max([1, 2, 2, 1], key=lambda x: x), max([3, 1, 3], key=lambda x: 0))
print(max(1, 2.5), min(-1, -1.0), type(max(1, 1.0)).__name__)
print(max("hello"), min((5, 2, 8)), max(range(3)), max({4, 9, 1}))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
try:
    max(5)
except TypeError as e:
    print("TypeError", e)
