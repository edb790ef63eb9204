# sorted() with key/reverse, stability; list.sort.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
print(sorted("banana"), sorted(("c", "a", "b")), sorted({3: "x", 1: "y"}), sorted({9, 2, 5}))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (w.lower(), w)))
records = [("bob", 25), ("amy", 31), ("cat", 25), ("dan", 19), ("eve", 31)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_age = sorted(records, key=lambda r: r[1])
print([name for name, age in by_age])
print(sorted([3.5, -1, 2, 0.0, -2.25]), sorted([True, False, 2, -1]))
print(sorted([[2, 1], [1, 5], [1, 2], [2]]), sorted([(1, "b"), (1, "a")]))
print(sorted([]), sorted([1]), sorted(range(5, 0, -1)))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d.items(), key=lambda kv: kv[1]), sorted(d, key=d.get, reverse=True))
lst = [4, 1, 3]
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
ws = ["ccc", "a", "bb", "dd", "e"]
ws.sort(key=len)
print(ws)
print(sorted([-5, 3, -1, 2], key=abs), sorted([-5, 3, -1, 2], key=lambda v: v * v, reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print("TypeError", e)
