# a generator dropped while suspended in a try or with block is closed: its finally and __exit__ run (an exception there is reported on stderr and dropped)
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

x = g("del"); next(x); del x
print("after del")
for v in g("break"):
    break
print("after break")
y = g("unstarted"); del y
print("after unstarted")
def nofin():
    yield 1
z = nofin(); next(z); del z
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def w():
    with CM():
        yield 1
q = w(); next(q); q = None
print("after with")
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
b = bad(); next(b); del b
print("after bad")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s); del s
print("after stubborn")
def raising():
    try:
        yield 1
    finally:
        print("cleanup during exception")
try:
    r = raising(); next(r)
    raise KeyError("k")
except KeyError as e:
    print("caught", e)
    del r
print("done")
