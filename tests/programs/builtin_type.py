# type(): names, identity checks, printing classes.
print(type(1), type(1.5), type("s"), type(None), type([]), type(()), type({}), type(set()), type(True))
print(type(1).__name__, type(range(1)).__name__)
class Widget:
    pass
w = Widget()
print(type(w).__name__, type(w) is Widget, type(Widget).__name__)
print(type(5) is int, type(5) == int, type(True) is int, type(5.0) in (int, float))
def kind(x):
    return type(x).__name__
print([kind(v) for v in [0, 0.0, "", [], (), {}, None, w, kind]])
print(type(3)(4.9), type("")(42), type([])("ab"), type(0.5)("2.5"))
print(str(type([1])) == "<class 'list'>", repr(type(1)))
print(type(x for x in []).__name__)
print(type(1 + 1.0).__name__, type(7 // 2).__name__, type(7 / 7).__name__, type(True + 1).__name__)
class Sub(Widget):
    def name(self):
        return type(self).__name__
print(Sub().name(), type(Sub()) is Widget, isinstance(Sub(), Widget))
print(Widget.__name__, Sub.__name__, int.__name__, ValueError.__name__)
try:
    raise KeyError("x")
except Exception as e:
    print(type(e), type(e).__name__, type(e) is KeyError)
