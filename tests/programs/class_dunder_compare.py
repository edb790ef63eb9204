# Comparison dunders, sorting with __lt__, __eq__ without __hash__ => unhashable.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __repr__(self):
        return "V" + self.s
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs))
print(max(vs), min(vs))
print(vs[1] == vs[4], vs[1] is vs[4], vs[0] != vs[1], vs[3] < vs[1], vs[1] <= vs[4])
print(Version("1.0") == "1.0", Version("1.0") in vs, Version("1.2.3") in vs)
print(vs.index(Version("1.2.10")), vs.count(Version("1.2.3")))
try:
    {Version("1.0"): 1}
except TypeError as e:
    print("TypeError", e)
try:
    s = set()
    s.add(Version("2.0"))
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), len({p, p}))
try:
    print(Plain() < Plain())
except TypeError as e:
    print("TypeError", e)
class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade
    def __lt__(self, other):
        return (self.grade, self.name) < (other.grade, other.name)
    def __repr__(self):
        return "%s:%d" % (self.name, self.grade)
cls = [Student("zed", 90), Student("amy", 85), Student("bob", 90), Student("cat", 70)]
print(sorted(cls), sorted(cls, reverse=True))
cls.sort()
print(cls, cls[0] < cls[1])
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 1)
