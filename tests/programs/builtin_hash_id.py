# hash() and id(): only relations are printed, never raw values (except small ints).
print(hash(0), hash(1), hash(42), hash(-5), hash(True), hash(False))
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False))
print(hash("abc") == hash("abc"), hash((1, 2, "x")) == hash((1, 2, "x")), hash(None) == hash(None))
print(type(hash("s")).__name__, type(hash(3.5)).__name__)
s = "text"
t = "".join(["te", "xt"])
print(s == t, hash(s) == hash(t))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__)
x = b
print(id(x) == id(a))
class Node:
    pass
n1 = Node()
n2 = Node()
print(id(n1) == id(n1), id(n1) == id(n2), hash(n1) == hash(n1))
seen = {}
for obj in [n1, n2, n1]:
    seen[id(obj)] = seen.get(id(obj), 0) + 1
print(sorted(seen.values()))
d = {}
d[(1, 2)] = "tuple"
d[1.0] = "one float"
d[1] = "one int"
print(d)
for bad in [[], {}, set(), ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
