# An exception raised inside a built-in's argument handling (a __bool__ or
# __hash__ that raises) comes out of that call, not out of a later line.
class Raiser:
    def __bool__(self):
        raise ValueError("__bool__")
    def __hash__(self):
        raise ValueError("__hash__")

for label, f in [
    ("splitlines", lambda: "a\nb".splitlines(Raiser())),
    ("splitlines keepends", lambda: print("a\nb".splitlines(True), "a\nb".splitlines(keepends=0))),
    ("zip strict", lambda: list(zip([1], [2], strict=Raiser()))),
    ("print flush", lambda: print("x", end="", flush=Raiser())),
    ("suppress_context", lambda: setattr(KeyError(), "__suppress_context__", Raiser())),
]:
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, e)
    print("next line runs")

class Growing:
    # hashing or comparing it grows the dict it is in
    def __init__(self, box):
        self.box = box
    def __hash__(self):
        self.box.update((k, k) for k in range(20))
        return 1
    def __eq__(self, other):
        self.box.update((k, k) for k in range(20))
        return False

d = {1: 1, 2: 2}
try:
    d[Growing(d)] = 3
except RecursionError:
    print("RecursionError")
k, v = d.popitem()
print(type(k).__name__, v)
