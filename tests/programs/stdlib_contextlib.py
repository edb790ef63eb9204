# contextlib module: what CPython's documentation shows
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing, redirect_stdout, AbstractContextManager
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)
with swallow():
    raise KeyError("k")
print("after")
@tag("deco")
def f(x): return x * 2
print(f(21))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with nullcontext(5) as v: print(v)
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
    def close(self): print("close", self.n)
with ExitStack() as st:
    rs = [st.enter_context(Res(i)) for i in range(3)]
    st.callback(print, "callback ran")
    print("body", [r.n for r in rs])
try:
    with ExitStack() as st:
        st.enter_context(Res(9))
        raise RuntimeError("in body")
except RuntimeError as e: print("got", e)
with closing(Res(7)): pass
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
w = W()
with redirect_stdout(w):
    print("hidden")
print(w.parts, isinstance(Res(1), AbstractContextManager), isinstance(3, AbstractContextManager))
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
