# The math module: constants and common functions.
import math
print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan), math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(1e10))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, math.floor(5), math.ceil(-0.5))
print(math.fabs(-3), math.fabs(2.5), math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9))
print(math.exp(0), math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print("%.12f %.12f %.12f" % (math.exp(1), math.log(10), math.log2(3)))
print("%.12f %.12f %.12f" % (math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4)))
print("%.12f" % math.atan(1))
print("%.12f %.12f" % (math.atan2(1, 1), math.atan2(-1, -1)))
print(math.sin(0), math.cos(0), math.hypot(3, 4), math.hypot(5, 12))
print(math.degrees(math.pi), math.radians(180) == math.pi, "%.10f" % math.radians(90))
print(math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isnan(1.0), math.isnan(float("nan")))
def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
print(distance((0, 0), (3, 4)), "%.6f" % distance((1, 1), (2, 3)))
def circle_area(r):
    return math.pi * r * r
for r in [1, 2, 0.5]:
    print(r, "%.6f" % circle_area(r), round(circle_area(r), 3))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
