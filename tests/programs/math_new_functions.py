# math.cbrt, exp2, ulp, nextafter, remainder; slice.indices.
import math
print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(float("inf")), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print(math.remainder(10, 3), math.remainder(11, 2), math.remainder(-7, 2), math.remainder(5, float("inf")), math.ulp(1.7976931348623157e308))
for f in [lambda: math.remainder(1, 0), lambda: math.remainder(float("inf"), 1)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(100).indices(3))
for f in [lambda: slice(1, 2, 0).indices(3), lambda: slice(1).indices(-1)]:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
