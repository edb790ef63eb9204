# Metaclasses: metaclass=, __new__/__init__ of the metaclass, methods and
# special methods on classes, __call__, __prepare__, class keywords
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = kw.get('tag', 'none')
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def describe(cls): return "class " + cls.__name__
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2, 3])
    def __repr__(cls): return "<M " + cls.__name__ + ">"
    @property
    def upper(cls): return cls.__name__.upper()
class P(metaclass=Meta, tag="hi"):
    def method(self): return "method of " + type(self).__name__
class Q(P): pass
print(P.tag, Q.tag, P.inited, P.describe(), Q.describe(), len(P), list(Q))
print(type(P) is Meta, type(Q) is Meta, isinstance(P, type), isinstance(P, Meta), P, Q, P.upper)
print(Q().method(), type(Meta), Meta.__mro__)
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Single):
    def __init__(self, x): self.x = x
print(S(1) is S(2), S(3).x)
log = []
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, kw))
        return {"preset": 1}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class W(metaclass=Ordered, flag=True):
    a = 1
    def f(self): pass
print(log, W.preset)
# type(name, bases, ns) with a metaclass base picks the metaclass
T = type("T", (P,), {"z": 3})
print(type(T).__name__, T.z, T.tag)
# a metaclass conflict
class M2(type): pass
class Z(metaclass=M2): pass
try:
    class Both(P, Z): pass
except TypeError as e:
    print("TypeError:", e)
# a function as the metaclass
def maker(name, bases, ns):
    ns["made_by"] = "maker"
    return type(name, bases, ns)
class Fm(metaclass=maker): pass
print(Fm.made_by, type(Fm).__name__)
# class keywords reach __init_subclass__
class Base:
    subs = []
    def __init_subclass__(cls, /, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
        Base.subs.append(cls.__name__)
class K(Base, flavor="mint"): pass
opts = {"flavor": "lime"}
class K2(Base, **opts): pass
print(K.flavor, K2.flavor, Base.subs)
try:
    class K3(object, color="red"): pass
except TypeError as e:
    print("TypeError:", e)
