# Multiple inheritance: C3 order, super() along it, slots from any base
class A:
    def who(self): return "A"
    def hello(self): return "A.hello"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
    def hello(self): return "C.hello"
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), D().hello())
print([k.__name__ for k in D.__mro__])
print(D.__bases__, D.mro() == list(D.__mro__), D.__base__.__name__)
print(issubclass(D, C), isinstance(D(), A), issubclass(C, B))
for bad in [lambda: type("X", (A, B), {}), lambda: type("Y", (A, A), {})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
# the classic diamond of Python's documentation
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class C2(Dd, F): pass
class B2(Dd, E): pass
class A2(B2, C2): pass
print([k.__name__ for k in A2.__mro__])
# special methods from a second base
class SizedMixin:
    def __len__(self): return 3
    def __iter__(self): return iter("abc")
    def __eq__(self, o): return isinstance(o, SizedMixin)
    __hash__ = None
class Named:
    def __repr__(self): return "Named()"
class Both(Named, SizedMixin): pass
b = Both()
print(len(b), list(b), repr(b), b == Both(), bool(b))
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
# cooperative __init__ along the MRO
class Root:
    def __init__(self, **kw):
        self.log = ["Root"]
class L(Root):
    def __init__(self, left=0, **kw):
        super().__init__(**kw); self.log.append("L%d" % left)
class R(Root):
    def __init__(self, right=0, **kw):
        super().__init__(**kw); self.log.append("R%d" % right)
class LR(L, R):
    def __init__(self, **kw):
        super().__init__(**kw); self.log.append("LR")
print(LR(left=1, right=2).log)
# exceptions mixed with plain classes
class E1(Exception): pass
class Mix:
    def info(self): return "mix " + str(self.args)
class E2(E1, Mix): pass
try:
    raise E2("boom")
except E1 as e:
    print(e.info(), isinstance(e, Mix), repr(e), [k.__name__ for k in type(e).__mro__])
try:
    class Bad(Exception, type): pass
except TypeError as e:
    print("TypeError:", e)
# bases from a starred expression
bases = (B, C)
class D3(*bases): pass
print([k.__name__ for k in D3.__mro__])
# super with two arguments
print(super(B, D()).who(), super(C, D()).hello())
print(sorted(n for n in dir(D) if not n.startswith("_")))
# __getattr__ inherited from a base, and from the second base
class GA:
    def __getattr__(self, n): return "ga:" + n
class GB(GA): pass
class GC(Named, GA): pass
print(GB().zz, GC().yy)
try:
    Named().missing
except AttributeError as e:
    print("AttributeError:", e)
