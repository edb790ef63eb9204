# Tuples: immutability, count/index, concatenation, comparison, as dict keys, packing.
t = (3, 1, 4, 1, 5)
print(t, len(t), t[0], t[-1], t[1:3], t.count(1), t.index(4), t.index(1, 2))
print(t + (9, 2), t * 2, (0,) * 3, () + (), 4 in t, 7 not in t)
print(sorted(t), tuple(sorted(t)), max(t), min(t), sum(t))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99))
try:
    t[0] = 10
except TypeError as e:
    print("TypeError", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
loc = {}
loc[(0, 0)] = "origin"
loc[(1, 2)] = "point"
print(loc[(0, 0)], loc[1, 2], (1, 2) in loc)
inner = ([1, 2], "x")
inner[0].append(3)
print(inner)
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([5, 3, 8])
print(lo, hi, min_max("hello"))
pairs = [(2, "b"), (1, "a"), (2, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
single = (42,)
not_tuple = (42)
print(type(single).__name__, type(not_tuple).__name__, len(single))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(tuple(x * 2 for x in t), tuple("abc"), tuple([1, [2]]))
print(repr(()), repr((1,)), repr((1, "a", None)))
