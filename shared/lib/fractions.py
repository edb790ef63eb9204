# fractions - exact rational numbers, as CPython's fractions module (3.11).
# Written for twinpy.
#
# Fraction(n, d) is kept in lowest terms with the sign on the numerator.  It
# is built from an int, a pair of rationals, a float or a decimal string
# ('3/4', ' -1.25 ', '1e-3', '1_000/3'), or another Fraction.  Arithmetic
# with ints and Fractions is exact; with a float it gives a float.  Hashes
# agree with those of equal ints and floats; str, repr, comparisons,
# rounding (half to even), limit_denominator and the error messages follow
# CPython.
#
# Deviations: Fraction is a plain class registered as numbers.Rational (it
# is not a subclass of it); there is no decimal module, so from_decimal
# accepts only integers; a string is parsed without a
# regular expression and its digits are those str.isdecimal accepts, and
# '1.d' is rejected as an invalid literal (CPython 3.11 lets a stray 'd'
# through to int() there); Fraction(x) ** y takes no modulo argument.
import math as _math
import sys as _sys
import numbers as _numbers

__all__ = ['Fraction']

_hash_info = getattr(_sys, 'hash_info', None)
if _hash_info is not None:
    _MODULUS = _hash_info.modulus
    _HASH_INF = _hash_info.inf
else:
    _MODULUS = (1 << 61) - 1       # the 64-bit build's values
    _HASH_INF = 314159
del _hash_info

_gcd = _math.gcd
_isfinite = _math.isfinite


def _new_reduced(n, d):
    # n/d already in lowest terms, d > 0
    obj = object.__new__(Fraction)
    obj._numerator = n
    obj._denominator = d
    return obj


def _from_pair(n, d):
    # any ints, d != 0
    g = _gcd(n, d)
    if d < 0:
        g = -g
    return _new_reduced(n // g, d // g)


def _digit_run(text):
    """int value of 'ddd' or 'dd_dd_d' (single underscores between digits),
    or None if text is not of that shape."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    plain = text.replace('_', '')
    if not plain.isdecimal():
        return None
    return int(plain)


def _parse(text):
    """(numerator, denominator) for a Fraction literal, or None."""
    s = text.strip()
    if not s:
        return None
    negative = False
    if s[0] in '+-':
        negative = s[0] == '-'
        s = s[1:]
    if '/' in s:
        top, _, bottom = s.partition('/')
        num = _digit_run(top)
        den = _digit_run(bottom)
        if num is None or den is None:
            return None
    else:
        cut = len(s)
        for i, ch in enumerate(s):
            if ch == 'e' or ch == 'E':
                cut = i
                break
        mantissa, exp_text = s[:cut], s[cut + 1:]
        whole, dot, frac = mantissa.partition('.')
        if whole:
            num = _digit_run(whole)
            if num is None:
                return None
        else:
            num = 0
        den = 1
        if frac:
            digits = _digit_run(frac)
            if digits is None:
                return None
            scale = 10 ** len(frac.replace('_', ''))
            num = num * scale + digits
            den = scale
        elif not whole:
            return None            # '', '.', 'e5', '.e1'
        if cut < len(s):
            sign = 1
            if exp_text[:1] in ('+', '-'):
                sign = -1 if exp_text[0] == '-' else 1
                exp_text = exp_text[1:]
            exp = _digit_run(exp_text)
            if exp is None:
                return None
            if sign > 0:
                num *= 10 ** exp
            else:
                den *= 10 ** exp
    if negative:
        num = -num
    return num, den


def _float_ratio(x):
    # float.as_integer_ratio, with CPython's error for a NaN (twinpy's
    # float.as_integer_ratio reports a NaN as an infinity)
    if x != x:
        raise ValueError('cannot convert NaN to integer ratio')
    return x.as_integer_ratio()


def _ratio_of(x):
    """(numerator, denominator) of an int, Fraction or other Rational."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return x.numerator, x.denominator


# ---- exact kernels on (na, da, nb, db), denominators positive -------------

def _add(na, da, nb, db):
    g = _gcd(da, db)
    if g == 1:
        return _new_reduced(na * db + nb * da, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = _gcd(t, g)
    if g2 == 1:
        return _new_reduced(t, s * db)
    return _new_reduced(t // g2, s * (db // g2))


def _sub(na, da, nb, db):
    return _add(na, da, -nb, db)


def _mul(na, da, nb, db):
    g1 = _gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = _gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return _new_reduced(na * nb, da * db)


def _div(na, da, nb, db):
    g1 = _gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = _gcd(da, db)
    if g2 > 1:
        da //= g2
        db //= g2
    n = na * db
    d = nb * da
    if d == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % n)
    if d < 0:
        n = -n
        d = -d
    return _new_reduced(n, d)


def _floordiv(na, da, nb, db):
    return (na * db) // (da * nb)


def _mod(na, da, nb, db):
    return _from_pair((na * db) % (nb * da), da * db)


def _divmod(na, da, nb, db):
    if nb == 0:
        # checked here: twinpy's divmod of a big int by 0 can give the
        # message of the float case
        raise ZeroDivisionError('integer division or modulo by zero')
    q, r = divmod(na * db, da * nb)
    return q, _from_pair(r, da * db)


def _float_divmod(x, y):
    return divmod(x, y)


def _make_binary(name, exact, inexact):
    """The forward and reflected methods of one arithmetic operator."""
    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a._numerator, a._denominator,
                         b._numerator, b._denominator)
        if isinstance(b, int):
            return exact(a._numerator, a._denominator, int(b), 1)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if isinstance(a, int):
            return exact(int(a), 1, b._numerator, b._denominator)
        if isinstance(a, float):
            return inexact(a, float(b))
        if isinstance(a, complex):
            return inexact(a, complex(b))
        if isinstance(a, _numbers.Rational):
            return exact(a.numerator, a.denominator,
                         b._numerator, b._denominator)
        if isinstance(a, _numbers.Real):
            return inexact(float(a), float(b))
        return NotImplemented

    forward.__name__ = '__' + name + '__'
    reverse.__name__ = '__r' + name + '__'
    return forward, reverse


def _compare(a, b, test):
    """test(x, y) applied to a and b brought to a common form."""
    if isinstance(b, int):
        return test(a._numerator, a._denominator * b)
    if isinstance(b, Fraction):
        return test(a._numerator * b._denominator,
                    a._denominator * b._numerator)
    if isinstance(b, float):
        if not _isfinite(b):
            return test(0.0, b)
        nb, db = b.as_integer_ratio()
        return test(a._numerator * db, a._denominator * nb)
    if isinstance(b, _numbers.Rational):
        return test(a._numerator * b.denominator,
                    a._denominator * b.numerator)
    return NotImplemented


def _lt(x, y): return x < y
def _le(x, y): return x <= y
def _gt(x, y): return x > y
def _ge(x, y): return x >= y


class Fraction:
    """A rational number numerator/denominator in lowest terms.

    Fraction(7, -14) == Fraction(-1, 2); Fraction('3/4'), Fraction(' -1.25 '),
    Fraction('1e-3'), Fraction(0.5) and Fraction(Fraction(1, 3)) also work.
    """

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                n, d = _float_ratio(numerator)
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                n, d = parsed
            elif isinstance(numerator, _numbers.Rational):
                n, d = numerator.numerator, numerator.denominator
            else:
                raise TypeError('argument should be a string '
                                'or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif (isinstance(numerator, (int, Fraction, _numbers.Rational)) and
              isinstance(denominator, (int, Fraction, _numbers.Rational))):
            n1, d1 = _ratio_of(numerator)
            n2, d2 = _ratio_of(denominator)
            n, d = n1 * d2, n2 * d1
        else:
            raise TypeError('both arguments should be '
                            'Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if _normalize:
            g = _gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator = n
        self._denominator = d
        return self

    # ---- alternative constructors and conversions -------------------------

    @classmethod
    def from_float(cls, f):
        """The exact value of float f as a Fraction."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*_float_ratio(f))

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (twinpy has none: ints only)."""
        if isinstance(dec, int):
            return cls(int(dec))
        if type(dec).__name__ == 'Decimal' and hasattr(dec, 'as_integer_ratio'):
            return cls(*dec.as_integer_ratio())
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator (of two equally near, the one with the smaller
        denominator)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction of self; h/k are the convergents
        h_prev, k_prev, h, k = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            k_next = k_prev + a * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + a * h, k_next
            n, d = d, n - a * d
        # the best semiconvergent still within the bound
        t = (max_denominator - k_prev) // k
        semi = _from_pair(h_prev + t * h, k_prev + t * k)
        conv = _new_reduced(h, k)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic --------------------------------------------------------

    __add__, __radd__ = _make_binary('add', _add, lambda x, y: x + y)
    __sub__, __rsub__ = _make_binary('sub', _sub, lambda x, y: x - y)
    __mul__, __rmul__ = _make_binary('mul', _mul, lambda x, y: x * y)
    __truediv__, __rtruediv__ = _make_binary('truediv', _div,
                                             lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _make_binary('floordiv', _floordiv,
                                               lambda x, y: x // y)
    __mod__, __rmod__ = _make_binary('mod', _mod, lambda x, y: x % y)
    __divmod__, __rdivmod__ = _make_binary('divmod', _divmod, _float_divmod)

    def __pow__(a, b):
        """a ** b: exact for an integral b, else a float."""
        if isinstance(b, (int, Fraction)) or isinstance(b, _numbers.Rational):
            nb, db = _ratio_of(b)
            if db != 1:
                return float(a) ** float(b)
            n, d = a._numerator, a._denominator
            if nb >= 0:
                return _new_reduced(n ** nb, d ** nb)
            if n == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (d ** -nb))
            if n > 0:
                return _new_reduced(d ** -nb, n ** -nb)
            return _new_reduced((-d) ** -nb, (-n) ** -nb)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b for a Fraction b."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(int(a)) ** b
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _new_reduced(a._numerator, a._denominator)

    def __neg__(a):
        return _new_reduced(-a._numerator, a._denominator)

    def __abs__(a):
        return _new_reduced(abs(a._numerator), a._denominator)

    # ---- conversions to int and float --------------------------------------

    def __float__(a):
        return a._numerator / a._denominator

    def __int__(a):
        n, d = a._numerator, a._denominator
        if n < 0:
            return -(-n // d)
        return n // d

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(x): the nearest int, ties to even.  round(x, k): the
        nearest multiple of 10**-k, as a Fraction."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __bool__(a):
        return a._numerator != 0

    # ---- hashing and comparisons -------------------------------------------

    def __hash__(self):
        # the hash of n/d is n * d**-1 reduced modulo the hash prime, as
        # for ints and floats; d with no inverse there hashes as infinity
        d = self._denominator
        if d % _MODULUS == 0:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * pow(d, -1, _MODULUS))
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return (a._numerator == b._numerator and
                    a._denominator == b._denominator)
        if isinstance(b, int):
            return a._numerator == int(b) and a._denominator == 1
        if isinstance(b, float):
            if not _isfinite(b):
                return False
            return (a._numerator, a._denominator) == b.as_integer_ratio()
        if isinstance(b, _numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) and b.imag == 0:
            return a == b.real
        return NotImplemented

    def __lt__(a, b):
        return _compare(a, b, _lt)

    def __le__(a, b):
        return _compare(a, b, _le)

    def __gt__(a, b):
        return _compare(a, b, _gt)

    def __ge__(a, b):
        return _compare(a, b, _ge)

    # ---- copying and pickling ----------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


_numbers.Rational.register(Fraction)
