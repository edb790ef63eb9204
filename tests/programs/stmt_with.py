# with-statement: __enter__ value, __exit__ arguments, suppression, nesting.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc)
        return self.suppress
with Tracker("a") as v:
    print("body got", v)
with Tracker("b", suppress=True):
    print("about to fail")
    raise ValueError("suppressed")
    print("not reached")
print("after suppressed block")
try:
    with Tracker("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside:", e)
with Tracker("outer") as o, Tracker("inner") as i:
    print("nested", o, i)
with Tracker("x"):
    with Tracker("y", suppress=True):
        1 / 0
    print("inside x after y")
def use():
    with Tracker("in-func"):
        return "returned"
print(use())
for n in range(3):
    with Tracker("loop%d" % n):
        if n == 1:
            continue
        print("loop body", n)
class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *args):
        Resource.opened -= 1
        return False
with Resource() as r1:
    with Resource() as r2:
        print("open:", Resource.opened, r1 is not r2)
print("open after:", Resource.opened)
