# Bitwise operators on ints (and bools).
vals = [0, 1, 5, 12, 255, -1, -6]
for a in vals:
    for b in (3, -4):
        print(a, b, a & b, a | b, a ^ b)
for a in vals:
    print(a, ~a, -a - 1 == ~a)
for s in range(0, 10, 3):
    print(1 << s, 1024 >> s, -1024 >> s, -1 >> s, 7 << s)
print(1 << 62, (1 << 62) >> 61, 0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
mask = 0
for bit in [0, 3, 5, 7]:
    mask |= 1 << bit
print("mask", mask, "{:b}".format(mask))
mask &= ~(1 << 3)
print("cleared", mask, "{:08b}".format(mask))
mask ^= 3
print("toggled", mask)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
for n in [0, 1, 7, 8, 255, 1023, 12345]:
    print("popcount", n, popcount(n))
print(True & True, True | False, True ^ False, False << 2)
print(6 & 3 | 8, 6 | 3 & 8, 1 + 2 << 3, 1 << 2 + 1, 5 ^ 1 & 3)
x = 0x1234
print((x >> 8) & 0xFF, x & 0xFF, (x << 4) & 0xFFFF)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError", e)
