# functools: singledispatch, singledispatchmethod, cached_property, partialmethod
from functools import singledispatch, singledispatchmethod, cached_property, partialmethod, partial
import collections.abc

@singledispatch
def show(x):
    return "object %r" % (x,)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
@show.register(collections.abc.Mapping)
def _(x):
    return "mapping %s" % sorted(x)
print(show(3), show(True), show([1, 2]), show({"b": 1, "a": 2}), show("s"), show(2.5))
print(show.dispatch(bool).__name__, show.registry[object].__name__, show.__name__)
class Base: pass
class Derived(Base): pass
show.register(Base, lambda x: "base " + type(x).__name__)
print(show(Derived()), show(Base()))

class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("cannot negate %r" % (arg,))
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
n = Neg()
print(n.neg(3), n.neg(True))
try:
    n.neg("x")
except NotImplementedError as e:
    print("NotImplementedError", e)

class Data:
    calls = 0
    def __init__(self, xs): self.xs = xs
    @cached_property
    def total(self):
        Data.calls += 1
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, Data.calls, "total" in d.__dict__)
del d.total
print(d.total, Data.calls, type(Data.total).__name__)

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
p = partial(int, base=2); print(p("101"), p.func is int, p.args, p.keywords)
try:
    show()
except TypeError as e:
    print("TypeError", e)
class A:
  @singledispatchmethod
  @classmethod
  def m(cls, x): return ('obj', cls.__name__)
  @m.register(int)
  @classmethod
  def _(cls, x): return ('int', cls.__name__)
print(A.m(1), A.m('s'), A().m(2))
