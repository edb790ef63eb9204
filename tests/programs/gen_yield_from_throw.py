# yield from forwards throw() and close() to the inner generator or iterator (PEP 380)
def inner():
    try:
        while True:
            try:
                x = yield "ready"
                print("inner got", x)
            except ValueError as e:
                print("inner caught", e)
                yield "recovered"
    finally:
        print("inner finally")
    
def outer():
    try:
        r = yield from inner()
        print("never", r)
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("v1")))
print(next(g))
g.close()
print("closed")

def counting():
    try:
        yield 1
        yield 2
    except KeyError:
        return "from inner"
def wrap():
    r = yield from counting()
    print("yield from gave", r)
    yield "after"
w = wrap()
print(next(w), w.throw(KeyError("k")))
def leaky():
    yield 1
def wrap2():
    try:
        yield from leaky()
    except TypeError as e:
        print("outer caught", e)
        yield "handled"
w2 = wrap2(); next(w2)
print(w2.throw(TypeError("t")))
class It:
    def __iter__(self): return self
    def __next__(self): return 5
def wrap3():
    try:
        yield from It()
    except IndexError:
        yield "outer handled IndexError"
w3 = wrap3(); next(w3)
print(w3.throw(IndexError))
def closer():
    try:
        yield 1
    finally:
        raise RuntimeError("inner close failed")
def wrap4():
    yield from closer()
w4 = wrap4(); next(w4)
try:
    w4.close()
except RuntimeError as e:
    print("close raised", e)
