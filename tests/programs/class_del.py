class Z:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
z = Z(1); del z
print('after')
def f():
    a = Z(2)
    return 5
print(f())
class Bad:
    def __del__(self): raise ValueError("boom")
b = Bad(); del b
print("still running")
keep = []
class R:
    def __del__(self): keep.append(self); print("resurrected")
r = R(); del r
print(len(keep), type(keep[0]).__name__)
class Sub(Z): pass
s = Sub(3); s = None
class E(Exception):
    def __del__(self): print("exc del")
try: raise E()
except E: pass
print("end")
keep.clear()
print("cleared")
class D:
    def __dir__(self): return ['b', 'a']
print(dir(D()))
class C: pass
C.__name__ = 'E'; print(C.__name__, C)
def outer():
    x = 1
    def inner(): return x
    return inner
f = outer()
print(f.__closure__ is not None and f.__closure__[0].cell_contents)
import types
m = types.ModuleType('mymod', 'doc'); m.x = 1; print(m, m.__name__, m.__doc__, m.x)
class Z:
    def __del__(self): print('del', self.__class__.__name__)
z = Z(); del z
print('after')
print(types.SimpleNamespace(a=1))
import sys
mod = types.ModuleType("dyn")
mod.__dir__ = lambda: ["zeta", "alpha"]
print(dir(mod))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c()
print(len(c.__closure__), c.__closure__[0].cell_contents, counter.__closure__)
def late():
    def g(): return y
    cl = g.__closure__
    try: cl[0].cell_contents
    except ValueError as e: print("ValueError", e)
    y = 1
    return cl[0].cell_contents
print(late())
try: C.__name__ = 5
except TypeError as e: print("TypeError", e)
class Fin:
    def __del__(self): print("fin in thread")
import threading
t = threading.Thread(target=lambda: Fin())
t.start(); t.join()
print(f.__code__.co_flags & 0x20, (lambda: (yield)).__code__.co_flags & 0x20, counter.__code__.co_flags & 3)
