# divmod() calls __divmod__ / __rdivmod__, never // and % apart.
class N:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __rfloordiv__(self, o): return "rfd"
class M: pass
print(divmod(N(), 2), divmod(2, N()), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(True, 2))
for f in [lambda: divmod(M(), 2), lambda: divmod(2, M()), lambda: divmod("a", 2), lambda: divmod(1, 0), lambda: divmod(1.0, 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
