# Default arguments, keyword arguments, default evaluated once.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Bye"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
n = 10
def show(x=n):
    return x
n = 20
print("default captured at def time:", show())
calls = []
def make_default():
    calls.append("called")
    return 5
def use(v=make_default()):
    return v
print(use(), use(), use(1), calls)
def counter(count={"n": 0}):
    count["n"] += 1
    return count["n"]
print(counter(), counter(), counter())
def box(w, h=None, *, unit="cm"):
    if h is None:
        h = w
    return "%d x %d %s" % (w, h, unit)
print(box(3), box(3, 4), box(2, unit="in"))
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1), f(1, 5), f(1, c=9), f(a=7, c=0), f(*[4, 5, 6]))
