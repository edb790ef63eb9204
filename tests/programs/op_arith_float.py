# Float arithmetic, floor division and modulo with negatives and floats.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.3, 0.1), (1.0, 0.1), (5, 0.5), (-1, 3.0)]
for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(1 / 3, 2 / 3, 1 / 7, 22 / 7, 355 / 113)
print(0.1 * 3, 0.1 + 0.1 + 0.1, 1 - 0.9, 0.7 + 0.1)
print(2.0 ** 10, 2 ** 0.5, 2.0 ** -1, 10.0 ** -2, (-8.0) ** 2, 4 ** -0.5)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 == 0.0, abs(-0.0))
print(abs(-2.5), -(-2.5), +1.5)
print(3.0 // 2, -3.0 // 2, 3.0 % 2, -3.0 % 2, 3.5 % -2, -3.5 % 1)
print(1e16 % 7, 2.5 // 0.5, 2.5 % 0.5, 7 % 2.5)
acc = 0.0
for i in range(10):
    acc += 0.1
print("sum 0.1 x10 =", acc, acc == 1.0, round(acc, 10) == 1.0)
x = 1.0
for i in range(20):
    x = x / 2
print(x, x * 2 ** 20)
mean = sum([1.5, 2.5, 3.25, 4.0]) / 4
print("mean", mean)
c = 100.0
f = c * 9 / 5 + 32
print("C->F", c, f, (f - 32) * 5 / 9)
for op in ["/", "//", "%"]:
    try:
        if op == "/":
            r = 1.0 / 0.0
        elif op == "//":
            r = 1.0 // 0
        else:
            r = 2.5 % 0.0
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("**", type(e).__name__, e)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(2.0 ** 2).__name__)
