# __new__, descriptors (__get__/__set__/__delete__/__set_name__), __getattribute__
class N:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, a): self.a = a
n = N(5); print(n.made, n.a)
class Sub(N): pass
s = Sub(6); print(type(s).__name__, s.a)
class Other:
    def __new__(cls): return 42     # not an instance: __init__ is not called
    def __init__(self): print("never")
print(Other())
class Point(tuple.__class__.__base__):
    pass
print(Point.__mro__)
try:
    object.__new__(N, 1)
except TypeError as e:
    print("TypeError:", e)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = object.__new__(cls)
        return cls._cache[key]
    def __init__(self, key): self.key = key
print(Cached(1) is Cached(1), Cached(1) is Cached(2))
class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, v): setattr(obj, self.name, v * 2)
    def __delete__(self, obj): print("delete", self.name)
class HasD:
    d = Desc()
h = HasD(); print(h.d); h.d = 4; print(h.d, h.__dict__, type(HasD.d).__name__, HasD.d.owner)
del h.d
h.__dict__["d"] = "shadow"; print(h.d)   # a data descriptor wins over the dict
class NonData:
    def __get__(self, obj, t): return ("got", obj is None, t.__name__)
class HN: nd = NonData()
hn = HN(); print(hn.nd, HN.nd); hn.nd = 1; print(hn.nd)   # the dict wins over a non-data descriptor
class ReadOnly:
    def __get__(self, obj, t): return 1
    def __delete__(self, obj): pass
class HR: r = ReadOnly()
try:
    HR().r = 2
except AttributeError as e:
    print("AttributeError:", e)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, t=None): return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = v
class Person:
    age = Typed(int)
    name = Typed(str)
    def __init__(self, name, age): self.name = name; self.age = age
p = Person("ann", 30); print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class GA:
    def __getattribute__(self, n):
        if n == "magic": return 7
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
g = GA(); g.x = 1; print(g.magic, g.x, g.nope)
class Counted:
    hits = 0
    def __getattribute__(self, n):
        type(self).hits += 1
        return super().__getattribute__(n)
c = Counted(); c.v = 1; c.v; c.v; print(Counted.hits)
class Base:
    def m(self): return "base"
class WithSuper(Base):
    d = Desc()
    def m(self): return "sub+" + super().m()
print(WithSuper().m())
