# Benchmark float_arith: float arithmetic and math functions (a numeric
# integration and a Newton iteration). Prints rounded results.
import math


def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def newton(count):
    acc = 0.0
    for k in range(1, count + 1):
        x = float(k)
        y = x * 0.5 + 1.0
        for _ in range(12):
            y = 0.5 * (y + x / y)
        acc += y - math.sqrt(x)
    return acc


pi = integrate(1_500_000)
err = newton(40_000)
print("float_arith", round(pi, 9), abs(err) < 1e-6)
