# function annotations: __annotations__ of defs (evaluated at def time, in the enclosing scope), get_type_hints
from typing import Dict, List, get_type_hints
def ann(a: int, b: "str" = "x", *rest: float, k: bool = True, **kw: dict) -> Dict[str, int]:
    return {}
print(ann.__annotations__)
def plain(x): pass
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
print(get_type_hints(ann))
lam = lambda x: x
print(lam.__annotations__)
def outer():
    T = list
    def inner(x: T) -> T: pass
    return inner
print(outer().__annotations__)
class C:
    def m(self, x: "C") -> None: pass
print(C.m.__annotations__, get_type_hints(C.m))
import functools
@functools.wraps(ann)
def w(*a): pass
print(w.__annotations__ == ann.__annotations__)
def g(x: [i for i in range(3)]): pass
print(g.__annotations__)
