# A class's __setattr__ and __delattr__ run for every attribute store and delete.
class A:
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v * 2)
    def __delattr__(self, n):
        print("del", n)
        object.__delattr__(self, n)
a = A()
a.x = 1
print(a.x)
del a.x
print(hasattr(a, "x"))
setattr(a, "y", 5)
print(a.y, a.__dict__)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n!r}: Frozen is read-only")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
print(f.v)
class B(A):
    pass
b = B()
b.z = "ab"
print(b.z)
class Log:
    def __init__(self):
        self.log = []
    def __setattr__(self, n, v):
        if n != "log":
            self.log.append(n)
        super().__setattr__(n, v)
l = Log(); l.p = 1; l.q = 2
print(l.log, l.p, l.q)
class MyErr(Exception): pass
e = MyErr("a")
e.args = ("b", "c")
print(e, e.args)
try:
    del a.nothing
except AttributeError as e:
    print("AttributeError:", e)
