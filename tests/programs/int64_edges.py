# Three-argument pow, gcd/lcm, round to negative digits and shifts at the
# edges of the 64-bit range (results that fit are exact, as in CPython).
import math
M = 2**62 - 1 + 2**62
m = -M - 1
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for f in [lambda: pow(3, 5, M), lambda: pow(2**62, 3, 2**62 + 1), lambda: pow(2, 3, m), lambda: pow(-7, 3, M), lambda: pow(3, -1, 7), lambda: pow(3, -1, M),
          lambda: pow(5, m, 7), lambda: pow(6, -1, 9), lambda: pow(-2, 5, -7), lambda: pow(2, 0, 1), lambda: pow(0, 0, 5), lambda: pow(M, M, M - 1),
          lambda: math.gcd(m, 6), lambda: math.lcm(4, 6), lambda: math.gcd(-12, 18, 30), lambda: math.gcd(),
          lambda: round(4 * 10**18, -19), lambda: round(5 * 10**18, -19), lambda: round(123, -20), lambda: round(1550, -2), lambda: round(-1550, -2),
          lambda: -1 << 63, lambda: 1 << 62, lambda: -2 << 62, lambda: 0 << 100]:
    t(f)
