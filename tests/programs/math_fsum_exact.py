# math.fsum is exact and handles infinities, NaN and overflow as CPython.
import math
inf = float("inf"); nan = float("nan")
for xs in [[inf, 1], [-inf, 2.5], [inf, -inf], [1e308, 1e308], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1, 2, 3], [], [nan, 1],
           [2.0**53, 1.0, 1e-16], [1e16, 1.0, 1e-16], [0.1, 0.2, 0.3], [-0.0], [1.0, -1.0], [3.3, -1.1, -2.2]]:
    try:
        print(repr(math.fsum(xs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
