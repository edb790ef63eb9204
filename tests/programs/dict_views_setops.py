# Dict keys and items views behave as sets: comparisons, & | - ^, isdisjoint.
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "d": 4}
k = d.keys()
print(k == {"a", "b", "c"}, {"a", "b", "c"} == k, k != {"a"}, d.items() == {("a", 1), ("b", 2), ("c", 3)})
print(sorted(k & {"a", "z"}), sorted(k | ["x"]), sorted(k - {"a"}), sorted(k ^ e.keys()), sorted(["a", "q"] - k), sorted({"q"} | k))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), k <= {"a", "b", "c", "d"}, k < k, k >= {"a"}, k > {"a"})
print(k.isdisjoint(["x", "y"]), k.isdisjoint("abc"), d.items().isdisjoint([("a", 2)]), d.keys() == e.keys(), d.keys() == ["a", "b", "c"])
print(type(k & e.keys()).__name__, d.values() == d.values())
try:
    k & 5
except TypeError as ex:
    print("TypeError:", ex)
try:
    d.values() | {1}
except TypeError as ex:
    print("TypeError:", ex)
