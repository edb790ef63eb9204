# divmod() and pow() with ints, floats, negatives, modulus argument.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (5, 17), (0, 3)]:
    print("divmod", a, b, divmod(a, b), a // b, a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3)]:
    print("divmod", a, b, divmod(a, b))
print(pow(2, 8), pow(2, 0), pow(0, 0), pow(-2, 3), pow(2, -3), pow(2.5, 2), pow(4, 0.5))
print(pow(3, 200, 1000), pow(2, 10, 7), pow(-3, 3, 5), pow(7, 2, 1), pow(10, 18, 97))
seconds = 100000
m, s = divmod(seconds, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print("%dd %02dh %02dm %02ds" % (d, h, m, s))
def to_base(n, b):
    digits = ""
    while n:
        n, r = divmod(n, b)
        digits = "0123456789abcdef"[r] + digits
    return digits or "0"
print([to_base(255, b) for b in (2, 8, 10, 16)], to_base(0, 2))
print(pow(2, 62) - 1 + pow(2, 62), 2 ** 10 == pow(2, 10))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
