# A class without __init__ takes no arguments; object.__init__ takes only self.
class P: pass
class Q:
    def __init__(self, v):
        super().__init__(v)
class R:
    def __init__(self, v):
        super().__init__()
        self.v = v
class S(R): pass
for f in [lambda: P(1, 2), lambda: P(a=1), lambda: P(), lambda: Q(3), lambda: R(4).v, lambda: S(5).v, lambda: S(), lambda: object.__init__(P()),
          lambda: object(), lambda: object(1)]:
    try:
        r = f()
        print(type(r).__name__ if not isinstance(r, int) else r)
    except TypeError as e:
        print("TypeError:", e)
