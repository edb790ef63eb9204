# numbers - the numeric tower of abstract base classes, as CPython's numbers
# module names it (3.11): Number > Complex > Real > Rational > Integral.
# Written for twinpy.
#
# int (and so bool) is registered as Integral, float as Real, complex as
# Complex; the fractions
# module registers Fraction as Rational.  isinstance and issubclass against
# these classes work as in CPython.
#
# Deviations: the classes declare no abstract methods and supply none of
# CPython's mixin methods (Real.__complex__, Rational.__float__, ...); they
# serve as markers for isinstance checks.
from abc import ABCMeta

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """Root of the numeric hierarchy; isinstance(x, Number) tells numbers."""
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts."""


class Real(Complex):
    """Real numbers: ordered, with floor, ceil, round and float()."""


class Rational(Real):
    """Real numbers that are ratios of integers (numerator, denominator)."""


class Integral(Rational):
    """Whole numbers: int and bool."""


Complex.register(complex)
Real.register(float)
Integral.register(int)
