# __hash__ and __eq__: objects as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
a = Point(1, 2)
b = Point(1, 2)
c = Point(2, 1)
print(a == b, a is b, hash(a) == hash(b), a == c)
d = {a: "first"}
d[b] = "second"
d[c] = "third"
print(len(d), d[Point(1, 2)], d[c], d)
s = {a, b, c, Point(1, 2)}
print(len(s), Point(2, 1) in s, Point(3, 3) in s)
visited = set()
path = [Point(0, 0), Point(0, 1), Point(0, 0), Point(1, 1), Point(0, 1)]
for p in path:
    if p in visited:
        print("revisit", p)
    visited.add(p)
print(len(visited))
class ByName:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return len(self.name)
    def __eq__(self, other):
        return self.name == other.name
names = [ByName("ann"), ByName("bob"), ByName("ann"), ByName("carla")]
uniq = {}
for n in names:
    uniq[n] = uniq.get(n, 0) + 1
print(sorted((k.name, v) for k, v in uniq.items()))
class Ident:
    pass
i1 = Ident()
i2 = Ident()
print(len({i1, i2, i1}), {i1: 1}[i1], hash(i1) == hash(i1))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
for bad in [[1], {"a": 1}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    {[1, 2]: "x"}
except TypeError as e:
    print("TypeError", e)
print(hash(1) == hash(1.0), hash(True) == hash(1), hash((1, 2)) == hash((1, 2)))
print(hash(5), hash(-7), hash(0), hash(True))
