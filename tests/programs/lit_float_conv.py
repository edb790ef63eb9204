# Conversions between int, float and str.
print(float(3), float(-7), float("2.5"), float("  -1.25 "), float("1e3"), float("1E-3"))
print(float(".5"), float("5."), float("0"), float("-0"))
print(int(2.5), int(-2.5), int(1e10), int(-0.9), int(0.9), int(1e18))
print(str(1.0), str(0.1), str(-2.75), str(1e20), str(1e-10))
print(repr(1.0), repr(2e-7))
x = 7
y = 2
print(x / y, x // y, type(x / y).__name__, type(x // y).__name__)
print(6 / 3, type(6 / 3).__name__, 0 / 5)
print(x + 0.5, type(x + 0.5).__name__, x * 1.0, x - 7.0)
print(1 + True, 1.5 + True, True + True)
print(float(True), int(True) + int(False))
print(3 == 3.0, 3 < 3.5, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(10 ** -2, 2 ** -1, (-2) ** -2, 2.0 ** 3)
print(5.0 == 5, 5.5 == 5)
vals = [0.0, 0.5, 1.5, 2.5, -0.5, -1.5, 1e-300, 99.99]
for v in vals:
    print(v, int(v), float(int(v)), str(v))
print(float(9007199254740993), float(123456789))
print(int(float("123.0")), float(int("42")))
for s in ["12", "-3.5", "1e2", "abc", "", "1.2.3", "inf", "nan"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["12", "-3", " 7 ", "3.5", "abc", "", "0x10"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
