# bool and None.
print(True, False, None)
print(type(True).__name__, type(None).__name__)
print(True == 1, False == 0, True is True, None is None)
print(True + True, True * 10, False - 1, -True)
print(not None, not 0, not 1, not "", not "a", not [], not [0])
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(set()), bool(None))
print(bool(1), bool(-1), bool(0.1), bool("0"), bool([0]), bool((0,)), bool({0: 0}), bool({0}))
print(str(True), repr(False), str(None), repr(None))
print(isinstance(True, int), isinstance(1, bool), type(True) is bool)
x = None
if x is None:
    print("x is None")
if x is not None:
    print("not printed")
if not x:
    print("None is falsy")
def nothing():
    pass
print(nothing(), nothing() is None)
def early(v):
    if v:
        return
    return 1
print(early(True), early(False))
print([True, False, None], (None,), {None: True})
print(True and "yes", False and "yes", None or "default", 0 or None)
print(True & False, True | False, True ^ True, ~True)
print(max(True, 2), min(False, -1), sum([True, True, False]))
print(int(True), float(False), str(True) + "!")
print(True < 2, False < True, sorted([True, False, True]))
print(None == False, None == 0, None != None)
flags = [1 > 0, 1 < 0, "a" in "abc", 3 in [1, 2]]
print(flags, all(flags), any(flags), flags.count(True))
