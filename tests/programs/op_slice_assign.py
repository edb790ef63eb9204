# Slice assignment and deletion on lists.
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:1] = []
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
b[1:1] = [9, 9]
print(b)
b[:] = [7]
print(b)
c = list("abcdef")
c[-2:] = list("XY")
print(c, "".join(c))
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError", e)
