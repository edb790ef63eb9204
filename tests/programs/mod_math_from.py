# from math import ... and import math as m.
from math import sqrt, pi, floor, ceil
import math as m
print(sqrt(81), pi == m.pi, floor(-0.5), ceil(-0.5), m.sqrt(2) == sqrt(2))
def hyp(a, b):
    return sqrt(a * a + b * b)
print([hyp(a, b) for a, b in [(3, 4), (6, 8), (5, 12), (1, 1)]])
print(floor(7 / 2), ceil(7 / 2), m.floor(-7 / 2), m.ceil(-7 / 2))
print(round(pi, 4), "%.3f" % (2 * pi), int(pi * 1000))
def is_square(n):
    r = int(sqrt(n))
    return r * r == n
print([n for n in range(50) if is_square(n)])
from math import pi as PI, e as E
print(PI == pi, round(E, 5), floor(E), ceil(E))
def circle(r):
    return 2 * PI * r, PI * r * r
for r in [1, 2.5, 10]:
    c, a = circle(r)
    print(r, "%.5f" % c, "%.5f" % a)
print(sqrt(0), sqrt(1), sqrt(0.0001), sqrt(10 ** 10))
