# statistics: averages, spread, quantiles and regression on int, float and
# Fraction data (exact sums as CPython's), NormalDist, and the error messages
import random
from fractions import Fraction as F
import statistics as st
from statistics import NormalDist, StatisticsError


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


ONE = ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped',
       'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev',
       'geometric_mean', 'harmonic_mean']


def summary(data):
    for name in ONE:
        show('  %s' % name, lambda: getattr(st, name)(data))


fixed = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [F(1, 2), F(3, 4), F(5, 4), F(7, 3)],
    [1, 2.5, F(1, 3), True],
    [0.1, 0.2, 0.3, 0.4],
    [10 ** 20 + 1, 10 ** 20 + 2, 10 ** 20 + 4],
    [1e10 + 0.1, 1e10 + 0.2, 1e10 + 0.3],
    [3, 3, 3],
    [7],
    [True, False, True, True],
    [1, 0, 4],
]
for data in fixed:
    print('data', data)
    summary(data)

# seeded random data of each kind
random.seed(31337)
for kind in range(4):
    for size in (5, 30):
        if kind == 0:
            data = [random.randint(-1000, 1000) for _ in range(size)]
        elif kind == 1:
            data = [random.uniform(0, 100) for _ in range(size)]
        elif kind == 2:
            data = [F(random.randint(1, 99), random.randint(1, 99)) for _ in range(size)]
        else:
            data = [random.gauss(5e8, 3.0) for _ in range(size)]
        print('kind', kind, 'size', size)
        summary(data)
        show('  quantiles', lambda: st.quantiles(data, n=5))
        show('  inclusive', lambda: st.quantiles(data, n=5, method='inclusive'))

# arguments: given means, weights, intervals
show('variance xbar', lambda: st.variance([1, 2, 3, 4], 2.5))
show('variance xbar int', lambda: st.variance([1, 2, 3], 2))
show('pvariance mu', lambda: st.pvariance([1, 2, 3], F(1, 3)))
show('stdev xbar', lambda: st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.5))
show('pstdev mu', lambda: st.pstdev([1, 2, 4], 2))
show('fmean weights', lambda: st.fmean([85, 92, 83, 91], [0.2, 0.2, 0.3, 0.3]))
show('harmonic weights', lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
show('harmonic frac', lambda: st.harmonic_mean([F(1, 2), F(1, 3)]))
show('median_grouped 2', lambda: st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2))
show('median_grouped one', lambda: st.median_grouped([52]))
show('median strings', lambda: st.median(['b', 'd', 'a', 'c', 'e']))
show('median_low strings', lambda: st.median_low(['b', 'a', 'd', 'c']))
show('mode strings', lambda: st.mode('mississippi'))
show('multimode', lambda: st.multimode('aabbbbccddddeeffffgg'))
show('mode mixed', lambda: st.mode([1, 1.0, True, 2, 2, 2.0]))
show('generator mean', lambda: st.mean(x * x for x in range(10)))
show('iterator variance', lambda: st.variance(iter([1, 2, 3, 4, 5])))
show('quantiles deciles', lambda: st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92], n=10))
show('quantiles n big', lambda: st.quantiles([1, 2, 3], n=6))
show('quantiles n=1', lambda: st.quantiles([1, 2], n=1))
show('quantiles frac', lambda: st.quantiles([F(1, 2), F(1, 3), 1, 2], n=3, method='inclusive'))
show('big ints mean', lambda: st.mean([10 ** 30, 3, -5]))
show('big ints stdev', lambda: st.stdev([10 ** 30, 3, -5]))
show('tiny stdev', lambda: st.stdev([5e-324, 0.0, 1e-323]))
show('huge variance', lambda: st.variance([1e300, -1e300, 3e299]))

# two inputs
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show('covariance', lambda: st.covariance(x, y))
show('covariance rev', lambda: st.covariance(x, list(reversed(x))))
show('correlation', lambda: st.correlation(x, y))
show('correlation rev', lambda: st.correlation(x, list(reversed(x))))
show('correlation frac', lambda: st.correlation([F(1, 2), F(1, 3), 1], [1, 2, 0]))
show('linear_regression', lambda: st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5]))
show('proportional', lambda: st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
lr = st.linear_regression([1.5, 2.0, 3.5], [2.0, 4.0, 7.5])
print('fields', lr.slope, lr.intercept, type(lr).__name__)

# NormalDist
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(110), nd.cdf(130), nd.inv_cdf(0.975), nd.zscore(85), nd.quantiles())
for p in (1e-300, 1e-20, 1e-9, 0.01, 0.0749, 0.0751, 0.5, 0.9, 0.99999):
    print('inv_cdf', p, NormalDist().inv_cdf(p))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist().overlap(NormalDist()))
print(nd + 5, 5 - nd, nd * 2, nd / 3, -nd, nd + NormalDist(0, 20), nd - NormalDist(1, 20))
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), hash(nd) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples([F(1, 3), 1, 2.5]))
print(NormalDist(10, 2).samples(4, seed=42))
show('NormalDist sigma<0', lambda: NormalDist(1, -1))
show('pdf sigma 0', lambda: NormalDist(1, 0).pdf(1))
show('inv_cdf 0', lambda: NormalDist().inv_cdf(0))
show('overlap type', lambda: NormalDist().overlap(3))
show('from_samples one', lambda: NormalDist.from_samples([1]))

# errors
print(issubclass(StatisticsError, ValueError))
errors = [
    ('mean', ([],)), ('mean', (['a', 'b'],)), ('fmean', ([],)), ('median', ([],)),
    ('mode', ([],)), ('multimode', ([],)), ('variance', ([1],)), ('stdev', ([],)),
    ('pvariance', ([],)), ('harmonic_mean', ([-1, 2],)), ('harmonic_mean', (['a'],)),
    ('harmonic_mean', ([1, 2], [1])), ('harmonic_mean', ([1, 2], [0, 0])),
    ('geometric_mean', ([1, -2],)), ('geometric_mean', ([],)), ('fmean', ([1, 2], [1])),
    ('fmean', ([1, 2], [1, -1])), ('median_grouped', (['a', 'b'],)), ('quantiles', ([1],)),
    ('correlation', ([1, 1, 1], [1, 2, 3])), ('correlation', ([1], [1])),
    ('covariance', ([1, 2], [1])), ('linear_regression', ([1, 1], [2, 4])),
    ('stdev', ([1.0, float('inf')],)), ('variance', ([1.0, float('nan'), 2],)),
]
for name, args in errors:
    show(name, lambda: getattr(st, name)(*args))
show('quantiles n=0', lambda: st.quantiles([1, 2], n=0))
show('quantiles method', lambda: st.quantiles([1, 2, 3], method='nearest'))
