from . import X
from .. import sub


def f():
    return X * 10, __name__, __package__, sub.X
