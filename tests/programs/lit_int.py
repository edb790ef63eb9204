# Integer literals: decimal, hex, underscores, negative values, 64-bit range.
a = 0
b = 42
c = -17
d = 10_000_000
e = 0xFF
f = 0x7fff_ffff
g = 0xdeadBEEF
print(a, b, c, d, e, f, g)
print(type(b).__name__, type(e).__name__)
print(1_000 + 2_000, 0x10 + 0x01, 0X1f)
big = 9_223_372_036_854_775_807
print("max int64:", big)
print("min int64:", -big - 1)
print(big // 2, big % 1000, -big // 3)
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62)
print(-((2 ** 62 - 1) * 2 + 1))
print(1 == 1.0, 0 == -0, 7 == 7)
print(int("123"), int("-45"), int("  8  "))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1011", 2))
print(int("0x1A", 16), int("-7f", 16), int(" 11 ", 2))
print(int(3.99), int(-3.99), int(True), int(False))
print(str(12345), repr(-6), str(0x100))
print(abs(-5), abs(5), abs(0))
x = 5
x += 0x0a
print(x)
n = 1
for i in range(1, 21):
    n *= i
print("20! =", n)
print(n // 1_000_000_000, n % 1_000_000_000)
print(len(str(n)), str(n)[:5])
print(1 if 0x0 else 2, bool(0x1))
print(- - 3, -+-3, +4, ~5, ~-1)
