# Container literals and their reprs.
print([], (), {}, set())
print([1, 2, 3], (1, 2, 3), (1,), {"a": 1, "b": 2}, {1, 2, 3})
print([1, [2, [3, [4]]]], ((1, 2), (3, 4)), {"k": [1, 2], "t": (3,)})
print(["a", 'b', "it's", 'say "x"'])
print([None, True, False, 1.5, -2])
print({1: "one", 2: "two", (1, 2): "tuple key", 1.5: "float"})
print(repr([1, "a"]), str((1, "a")))
print(type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__)
print(len([1, 2, 3]), len((4, 5)), len({"a": 1}), len({1, 2, 2, 3}))
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single, len(single))
empty = ()
print(empty == tuple(), [] == list(), {} == dict())
d = {"x": 1, "y": 2, "x": 3}
print(d)
s = {3, 1, 2, 1, 3}
print(sorted(s), len(s))
nested = {"list": [1, 2], "dict": {"inner": (1, 2)}, "set": {5}}
print(nested)
print(nested["dict"]["inner"][1], nested["list"][-1])
m = [[0] * 3 for _ in range(2)]
print(m)
m[0][1] = 7
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print([1, 2] + [3], (1,) + (2,), [0] * 4, ("ab",) * 3)
print([1, 2, 3,], {"trailing": "comma",})
print(list("abc"), tuple([1, 2]), dict([("a", 1), ("b", 2)]), sorted(set([4, 4, 1])))
print(dict(a=1, b=2), list(range(5)), tuple(range(2, 8, 2)))
print([[]], [()], [{}], ((),))
