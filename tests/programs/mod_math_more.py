# Less common math functions: tau, asin/acos, fsum, copysign, fmod, isclose, isfinite, modf, frexp, ldexp, isqrt, comb, perm.
import math
print(math.tau, math.tau == 2 * math.pi)
print("%.12f %.12f" % (math.asin(1), math.acos(0)), math.asin(0), math.acos(1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.1), math.isclose(1.0, 1.0000000001))
print(math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isfinite(1.0), math.isfinite(math.nan), math.isfinite(math.inf))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4))
print(math.isqrt(17), math.isqrt(16), math.isqrt(0), math.comb(5, 2), math.comb(10, 0), math.perm(5, 2), math.perm(4))
print(math.exp(2) == math.e ** 2 or abs(math.exp(2) - math.e ** 2) < 1e-12)
vals = [0.1, 0.2, 0.3, 0.4]
print(sum(vals), math.fsum(vals), math.fsum(vals) == 1.0)
for x in [0.0, 0.5, -0.5, 2.0]:
    print(x, "%.10f" % math.asin(min(1.0, abs(x) / 2)), math.copysign(1.0, x), math.fmod(x, 0.75))
print([math.comb(6, k) for k in range(7)])
print([math.perm(5, k) for k in range(6)])
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 99, 100]])
