# Float repr must be the shortest string that round-trips.
vals = [0.1 + 0.2, 0.1, 0.2, 0.3, 1e16, 1e15, 1e-5, 1e-4, 0.0001, 1.5e300, -0.0, 0.0,
        100.0, 1e22, 1e21, 1e23, 123456789012345678.0, 1.0, 2.5, 1 / 3, 2 / 3,
        10 / 3, 1e100, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        123.456, 0.5, 3.0e-10, 12345678.9, 9007199254740993.0, 4.35, 1.1 * 3]
for v in vals:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("inf")), -float("inf"), float("Infinity"), float("-INF"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0)
inf = float("inf")
print(inf > 1e308, inf + 1, inf - inf, inf * 0, -inf < 0)
print([0.1, 0.25, 1e-7, -2.0])
print((1.5, -0.5))
print({"a": 0.1 * 3})
for i in range(1, 11):
    print(i, 1 / i, i / 7, i * 0.1)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 0.0)
print(0.1 + 0.7, 0.3 - 0.1, 1.1 + 2.2, 3 * 1.1)
print(1e308 * 10, -1e308 * 10)
print(float(10 ** 15), float(10 ** 16), float(2 ** 60))
print(1.0e0, 1E3, 1.e2, .5, 5., 1_000.5)
