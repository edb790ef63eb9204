# annotations in module and class bodies are stored in __annotations__; in functions they are not evaluated
x: int = 5
y: "str"
class P:
    a: int
    b: list[int] = []
    __priv: float = 1.0
    if True:
        c: dict[str, int | None] = None
    def f(self):
        z: int = 3
        w: undefined_name
        return z
print(__annotations__)
print(P.__annotations__, P.b, P().f())
class Q: pass
print(hasattr(Q, "__annotations__"))
