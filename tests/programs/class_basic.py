# Classes: __init__, methods, class attributes vs instance attributes, counters.
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1
        self.id = Dog.count
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return "%s (#%d) is %d and knows %s" % (self.name, self.id, self.age, self.tricks)
    def birthday(self):
        self.age += 1
        return self.describe()
rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
rex.add_trick("sit").add_trick("roll")
print(rex.describe())
print(fido.describe())
print(rex.birthday())
print(Dog.count, rex.count, fido.count, Dog.species, rex.species)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
Dog.species = "dog"
print(rex.species, fido.species)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a = Shared()
b = Shared()
a.add(1)
b.add(2)
print(a.items, b.items, Shared.items, a.items is b.items)
class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
q = p.moved(3, 4)
print(p.x, p.y, q.x, q.y, p.dist2(q), Point().x)
m = p.dist2
print(m(Point(4, 6)))
print(Point.dist2(p, q))
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
p.z = 99
print(p.z, hasattr(p, "z"), hasattr(q, "z"))
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
    def inc_twice(self):
        self.inc()
        return self.inc()
c = Counter()
print(c.inc(), c.inc_twice(), c.n)
print(Dog, Point.__name__)
