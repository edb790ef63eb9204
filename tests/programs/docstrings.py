# Docstrings: a function's, a class's and the module's __doc__.
"""Module docstring."""
def f():
    """Return nothing.

    More text."""
    return 1
def g():
    x = "not a doc"
    return x
class C:
    """A class."""
    def m(self):
        "method doc"
class D:
    pass
print(repr(__doc__), repr(f.__doc__), g.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__, D.__doc__, (lambda: 1).__doc__)
def h():
    """doc"""
    return "ret"
print(h(), f(), g())
