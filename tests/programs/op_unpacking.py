# Tuple/list unpacking and starred assignment.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "hi"
print(m, n)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
one, *empty = [1]
print(one, empty)
a, *b, c = range(2, 7)
print(a, b, c)
for i, (name, score) in enumerate([("ann", 90), ("bob", 75)]):
    print(i, name, score)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
pts = [(1, 2), (3, 4), (5, 6)]
for x, y in pts:
    print(x * y, end=" ")
print()
a = b = c = 7
print(a, b, c)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
def pair():
    return "left", "right"
l, r = pair()
print(l, r)
t = 1, 2, 3
u, v, w = t
print(u + v + w)
for bad in [[1, 2, 3], [1], []]:
    try:
        a, b = bad
        print("ok", a, b)
    except ValueError as e:
        print("ValueError", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
