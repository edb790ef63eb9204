# More CPython messages: unpacking, arguments, attributes of classes, conversions.
def show(fn):
    try:
        fn()
        print("no exception")
    except Exception as e:
        print(type(e).__name__ + ":", e)
def unpack2(seq):
    a, b = seq
    return a, b
def unpack_star(seq):
    a, b, *c = seq
    return a
show(lambda: unpack2([1, 2, 3]))
show(lambda: unpack2([1]))
show(lambda: unpack2("abcd"))
show(lambda: unpack2(7))
show(lambda: unpack_star([1]))
def f(x):
    return x
def g(a, b, c=1):
    return a
def h(*, key):
    return key
show(lambda: f(1, 2))
show(lambda: f())
show(lambda: g(1))
show(lambda: g())
show(lambda: g(1, 2, 3, 4))
show(lambda: f(y=1))
show(lambda: f(1, x=2))
show(lambda: h(1))
show(lambda: h())
class Box:
    size = 1
    def __init__(self):
        self.width = 2
    def area(self):
        return self.width * self.height
show(lambda: Box().height)
show(lambda: Box().area())
show(lambda: Box.width)
show(lambda: Box(1))
show(lambda: Box().area(5))
class Empty:
    pass
show(lambda: Empty() + 1)
show(lambda: Empty() < Empty())
show(lambda: len(Empty()))
show(lambda: Empty()[0])
show(lambda: Empty()())
show(lambda: [x for x in Empty()])
show(lambda: {"a": 1}.missing_method())
show(lambda: dict(a=1)["A"])
show(lambda: "%d" % "s")
show(lambda: "{0}".format())
show(lambda: int(None))
show(lambda: list(1))
show(lambda: tuple(None))
def rec(n):
    return rec(n + 1)
show(lambda: rec(0))
show(lambda: [1, 2].index(5))
show(lambda: (1, 2).index(5))
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: "a".join([1]))
show(lambda: ord("ab"))
show(lambda: round("x"))
