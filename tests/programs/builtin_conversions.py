# Constructors as conversions: int float str bool list tuple dict set.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
print(int("42"), int(" -7 "), int(3.7), int(-3.7), int(True), int("101", 2), int("7f", 16))
print(float("3.25"), float(2), float("-inf"), float("1e-3"))
print(str(42), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": "v"}))
print(bool(0), bool(42), bool(""), bool(" "), bool([]), bool([[]]))
print(list("abc"), list((1, 2)), list(range(3)), list({"x": 1, "y": 2}), list({"x": 1}.items()))
print(tuple("ab"), tuple([1, 2]), tuple(range(2)), tuple({"k": 0}))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(sorted(set([3, 1, 3, 2])), sorted(set("hello")), set(range(4)), set((1, 1)))
lst = [1, 2]
copy = list(lst)
copy.append(3)
print(lst, copy)
print(int(str(123) + "4"), str(int("0012")), float(str(0.1)), repr(float(repr(1 / 3))) == repr(1 / 3))
print(list(map(int, "1 2 3".split())), list(map(str, [1, 2])), [float(x) for x in ["1", "2.5"]])
print(tuple(list(tuple([1, 2]))), list(str(12345)))
bad = [("int", "4.5"), ("int", "abc"), ("int", ""), ("float", "x1"), ("int", "12a")]
for kind, s in bad:
    try:
        if kind == "int":
            int(s)
        else:
            float(s)
    except ValueError as e:
        print("ValueError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    float([])
except TypeError as e:
    print("TypeError", e)
try:
    list(5)
except TypeError as e:
    print("TypeError", e)
