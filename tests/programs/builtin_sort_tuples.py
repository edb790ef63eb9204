# Sorting tuples of ints and strs (the fast path that runs no Python code)
# must order them exactly as tuple comparison does, and fall back otherwise.
xs = [(3, "b"), (1, "z"), (3, "a"), (1,), (), (2, "q", 5), (2, "q"), (-5, "x"), (1, "z", 0)]
print(sorted(xs))
print(sorted(xs, reverse=True))
ys = [("b", 2), ("a", 3), ("b", 1), ("a",), ("ab", 0)]
print(sorted(ys), sorted(ys, key=lambda t: t))
zs = [(1, "a"), ("a", 1)]
try:
    zs.sort()
except TypeError as e:
    print("TypeError", e)
ws = [(1, 2.5), (1, 2)]
ws.sort(); print(ws)
big = [(2**40, 1), (3, 1)]; big.sort(); print(big)
s = [(i * 7919 % 101, -i) for i in range(300)]
a = sorted(s); print(a[:5], a == sorted(s, key=lambda t: (t[0], t[1])))
st = [(1, "x"), (1, "x"), (0, "y")]
st2 = list(st); st2.sort(); print(st2, st2[0] is st[2])
