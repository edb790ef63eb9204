# Smaller pieces: format errors, __init_subclass__, the implicit __class__,
# __divmod__/__rdivmod__, __index__ in indexing and repetition.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "{".format())                       # message
class Sub:
    registry = []
    def __init_subclass__(cls): Sub.registry.append(cls.__name__)
class A(Sub): pass
t(lambda: Sub.registry)                       # __init_subclass__ ignored
class C:
    def m(self): return __class__.__name__
t(lambda: C().m())                            # implicit __class__ cell
class N:
    def __divmod__(self, o): return "divmod"
    def __rfloordiv__(self, o): return "rfd"
    def __rmod__(self, o): return "rmod"
t(lambda: divmod(N(), 2))                     # __divmod__ ignored
t(lambda: divmod(2, N()))                     # built from __rfloordiv__/__rmod__
class Idx:
    def __index__(self): return 1
t(lambda: "abc"[Idx()])
t(lambda: [0] * Idx())
t(lambda: range(10)[::-3])                    # repr of sliced range
t(lambda: C.mro())
t(lambda: callable(ValueError("x").add_note))
t(lambda: "abc".translate({97: "x"}))
