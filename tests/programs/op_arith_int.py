# Integer arithmetic: + - * / // % ** and divmod, with negative operands.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 5), (-1, 5), (100, 7), (-100, 7)]
for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 2, 3 ** 3 ** 2 // 3 ** 9)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1)
print(pow(2, 10), pow(3, 4, 5), pow(7, 0), pow(-3, 3), pow(2, -2))
print(17 % 5, -17 % 5, 17 % -5, -17 % -5)
print(17 // 5, -17 // 5, 17 // -5, -17 // -5)
for a in range(-6, 7, 3):
    for b in (4, -4):
        q, r = divmod(a, b)
        print("divmod(%d, %d) = (%d, %d)  check %d" % (a, b, q, r, q * b + r))
x = 1
for i in range(10):
    x = x * 3 + 1
print("x =", x)
total = 0
for i in range(1, 101):
    total += i * i
print("sum of squares:", total)
print(1000000 * 1000000, 123456789 * 987654321)
print(-(-5), +(-5), -(5 - 10))
print(abs(-12), abs(12), max(3, -4, 2), min(3, -4, 2))
print(10 - 2 - 3, 2 * 3 + 4, 2 + 3 * 4, (2 + 3) * 4, 100 // 10 // 3, 2 ** 3 ** 2)
print(7 // 1, 7 % 1, 0 // 5, 0 % 5, -0)
for op in ["//", "%", "/"]:
    try:
        if op == "//":
            r = 1 // 0
        elif op == "%":
            r = 1 % 0
        else:
            r = 1 / 0
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
