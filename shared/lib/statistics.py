# statistics - descriptive statistics, as CPython's statistics module
# (3.11): mean, fmean, geometric_mean, harmonic_mean, median, median_low,
# median_high, median_grouped, mode, multimode, pstdev, pvariance, stdev,
# variance, quantiles, covariance, correlation, linear_regression,
# NormalDist and StatisticsError.  Written for twinpy.
#
# As in CPython, mean, harmonic_mean, variance and pvariance add up their
# data exactly, as Fractions, and convert the result at the end to the type
# of the data (int data whose result is not whole gives a float); stdev
# and pstdev return the correctly rounded square root of that exact
# variance.  fmean, covariance, correlation and linear_regression work in
# floats with math.fsum.  So results are CPython's, digit for digit, for
# int, bool, float and Fraction data.
#
# As CPython 3.11 does, stdev and pstdev of data holding an infinity or a
# NaN raise AttributeError ('float' object has no attribute 'numerator').
#
# Deviations: there is no decimal module, so no Decimal support; NormalDist
# keeps its fields in the instance dict (no __slots__) and defines no
# pickling hooks of its own.
import math as _math
import random as _random
from math import fsum as _fsum, sqrt as _sqrt, exp as _exp, log as _log
from math import isfinite as _isfinite, erf as _erf, tau as _tau
from math import fabs as _fabs, hypot as _hypot
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right
from collections import namedtuple as _namedtuple
from fractions import Fraction
import numbers as _numbers

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]


class StatisticsError(ValueError):
    pass


# ---- exact summation -------------------------------------------------------

def _ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for a float
    infinity or NaN."""
    t = type(x)
    if t is int:
        return (x, 1)
    if t is float:
        if _isfinite(x):
            return x.as_integer_ratio()
        return (x, None)
    if t is bool:
        return (int(x), 1)
    if isinstance(x, Fraction):
        return (x.numerator, x.denominator)
    if isinstance(x, int):
        return (int(x), 1)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _result_type(types):
    """The type a result over data of these types takes."""
    result = int
    for t in types:
        result = _merge_types(result, t)
    return result


def _merge_types(t, s):
    if t is s or s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s"
                    % (t.__name__, s.__name__))


def _exact_sum(data):
    """(result type, exact sum, count).  The sum is a Fraction, or a float
    when the data hold an infinity or a NaN (0 for no data)."""
    count = 0
    types = set()
    by_den = {}                 # denominator -> sum of numerators
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        count += 1
        by_den[d] = by_den.get(d, 0) + n
    if None in by_den:
        total = by_den[None]
    else:
        total = 0
        for d, n in by_den.items():
            total = total + Fraction(n, d)
    return _result_type(types), total, count


def _sum_of_squares(data, centre=None):
    """(result type, exact sum of squared deviations, mean, count).  The
    mean is centre when one is given, else the exact mean of the data."""
    if centre is not None:
        def deviations():
            for x in data:
                dx = x - centre
                yield dx * dx
        t, ss, count = _exact_sum(deviations())
        return t, ss, centre, count
    count = 0
    types = set()
    sx = {}
    sxx = {}
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ss = c = Fraction(0)
    elif None in sx:
        ss = c = sx[None]
    else:
        total = 0
        for d, n in sx.items():
            total = total + Fraction(n, d)
        total_sq = 0
        for d, n in sxx.items():
            total_sq = total_sq + Fraction(n, d * d)
        # exact, so the textbook formula is safe here
        ss = (count * total_sq - total * total) / count
        c = total / count
    return _result_type(types), ss, c, count


def _convert(value, t):
    """The exact value (a Fraction) as type t."""
    if type(value) is t:
        return value
    if issubclass(t, int) and value.denominator != 1:
        t = float
    return t(value)


def _sqrt_ratio(n, m):
    """The float nearest to sqrt(n / m), for ints n >= 0, m > 0."""
    # scale by 4**e so the integer root carries at least 55 bits, make it
    # odd when inexact (round to odd keeps the discarded part visible), and
    # let the final int/int division do the single correct rounding
    e = (112 - (n.bit_length() - m.bit_length())) // 2
    if e >= 0:
        top, bottom = n << (2 * e), m
    else:
        top, bottom = n, m << (-2 * e)
    root = _math.isqrt(top // bottom)
    if root * root * bottom != top:
        root |= 1
    if e >= 0:
        return root / (1 << e)
    return (root << -e) / 1


def _root_of_mean_square(ss, divisor):
    mss = ss / divisor
    if isinstance(mss, float):
        # CPython 3.11 fails the same way for data with an inf or NaN
        raise AttributeError("'float' object has no attribute 'numerator'")
    return _sqrt_ratio(mss.numerator, mss.denominator)


# ---- averages ----------------------------------------------------------------

def mean(data):
    """Arithmetic mean of data, computed exactly and converted to the data's
    type (a float for int data with a fractional mean)."""
    t, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, t)


def fmean(data, weights=None):
    """Arithmetic mean of data as a float (weighted if weights given)."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        n_weights = len(weights)
    except TypeError:
        weights = list(weights)
        n_weights = len(weights)
    num = _fsum([x * w for x, w in zip(data, weights)])
    if n != n_weights:
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def _log_of(x):
    # math.log(x) as CPython computes it: an int that fits in a float is
    # converted first (twinpy's math.log takes a big int's logarithm
    # directly, which can differ in the last bit)
    if isinstance(x, int) and x > 0:
        try:
            x = float(x)
        except OverflowError:
            pass
    return _log(x)


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return _exp(fmean([_log_of(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data (weighted if weights given); 0 if
    any value is 0."""
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or isinstance(x, _numbers.Real):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _exact_sum(_no_negatives(weights, message))[1]

    def reciprocals():
        for w, x in zip(weights, _no_negatives(data, message)):
            yield w / x if w else 0
    try:
        t, total, count = _exact_sum(reciprocals())
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, t)


def median(data):
    """Middle value of data; the mean of the two middle values for an even
    number of points."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """Middle value of data; the smaller middle value for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Middle value of data; the larger middle value for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of grouped continuous data (class width interval), as the
    50th percentile interpolated within the middle class; a float."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    lo = _bisect_left(data, x)
    hi = _bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - lo) / (hi - lo)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """Most common value of discrete or nominal data (the first one seen
    among equally common values)."""
    counts = _counts(iter(data))
    best = None
    best_count = 0
    for value, c in counts.items():
        if c > best_count:
            best, best_count = value, c
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """List of the most common values, in the order first seen."""
    counts = _counts(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability,
    interpolated linearly ('exclusive' or 'inclusive' of the extremes)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = size + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > size - 1:
                j = size - 1
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# ---- spread -------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (divisor n - 1), exact and converted to the data's
    type; xbar, if given, is used as the mean."""
    t, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), t)


def pvariance(data, mu=None):
    """Population variance (divisor n), exact and converted to the data's
    type; mu, if given, is used as the mean."""
    t, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, t)


def stdev(data, xbar=None):
    """Sample standard deviation: the square root of variance, a float."""
    t, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of_mean_square(ss, n - 1)


def pstdev(data, mu=None):
    """Population standard deviation: the square root of pvariance."""
    t, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of_mean_square(ss, n)


# ---- two inputs ---------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number '
                              'of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def covariance(x, y, /):
    """Sample covariance of two equally long inputs, as a float."""
    n = _paired(x, y, 'covariance')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs, as a float."""
    n = _paired(x, y, 'correlation')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = _fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / _sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line through the
    points (x, y); with proportional=True the line passes through 0."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = _fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = _fsum([xi * xi for xi in x])
    else:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution ----------------------------------------------------

_SQRT2 = _sqrt(2.0)


def _normal_quantile(p, mu, sigma):
    # Wichura's algorithm AS 241 (Applied Statistics 37, 1988), PPND16:
    # rational approximations in three ranges of p, good to about 1e-16
    q = p - 0.5
    if _fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2509.0809287301226727 * r +
                     33430.575583588128105) * r +
                    67265.770927008700853) * r +
                   45921.953931549871457) * r +
                  13731.693765509461125) * r +
                 1971.5909503065514427) * r +
                133.14166789178437745) * r +
               3.387132872796366608) * q
        den = (((((((5226.495278852854561 * r +
                     28729.085735721942674) * r +
                    39307.89580009271061) * r +
                   21213.794301586595867) * r +
                  5394.1960214247511077) * r +
                 687.1870074920579083) * r +
                42.313330701600911252) * r +
               1.0)
        return mu + (num / den) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = _sqrt(-_log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.7454501427834140764e-4 * r +
                     0.0227238449892691845833) * r +
                    0.24178072517745061177) * r +
                   1.27045825245236838258) * r +
                  3.64784832476320460504) * r +
                 5.7694972214606914055) * r +
                4.6303378461565452959) * r +
               1.42343711074968357734)
        den = (((((((1.05075007164441684324e-9 * r +
                     5.475938084995344946e-4) * r +
                    0.0151986665636164571966) * r +
                   0.14810397642748007459) * r +
                  0.68976733498510000455) * r +
                 1.6763848301838038494) * r +
                2.05319162663775882187) * r +
               1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                    0.0012426609473880784386) * r +
                   0.026532189526576123093) * r +
                  0.29656057182850489123) * r +
                 1.7848265399172913358) * r +
                5.4637849111641143699) * r +
               6.6579046435011037772)
        den = (((((((2.04426310338993978564e-15 * r +
                     1.4215117583164458887e-7) * r +
                    1.8463183175100546818e-5) * r +
                   7.868691311456132591e-4) * r +
                  0.0148753612908506148525) * r +
                 0.13692988092273580531) * r +
                0.59983220655588793769) * r +
               1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    """The normal distribution with mean mu and standard deviation sigma."""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The NormalDist fitted to data (sample mean and stdev)."""
        t, ss, xbar, n = _sum_of_squares(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        mss = ss / (n - 1)
        if isinstance(mss, float):
            # an infinity or NaN among the data
            return cls(float(xbar), float(xbar) / float(ss))
        return cls(float(xbar), _sqrt_ratio(mss.numerator, mss.denominator))

    def samples(self, n, *, seed=None):
        """n random draws (repeatable when seed is given)."""
        draw = _random.gauss if seed is None else _random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return _exp(diff * diff / (-2.0 * variance)) / _sqrt(_tau * variance)

    def cdf(self, x):
        """Probability that a draw is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with cdf(x) == p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """n - 1 cut points dividing the distribution into n equally likely
        intervals."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of two normal distributions (the area
        under both densities), between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        a_var, b_var = a.variance, b.variance
        if not a_var or not b_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = b_var - a_var
        dm = _fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - _erf(dm / (2.0 * a._sigma * _SQRT2))
        m = a._mu * b_var - b._mu * a_var
        s = a._sigma * b._sigma * _sqrt(dm * dm + dv * _log(b_var / a_var))
        x1 = (m + s) / dv
        x2 = (m - s) / dv
        return 1.0 - (_fabs(b.cdf(x1) - a.cdf(x1)) + _fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, _hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, _hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * _fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / _fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)
