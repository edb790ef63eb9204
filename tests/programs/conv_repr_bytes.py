# Shortest float repr at ties, %c of NUL, int() of bytes, str(bytes, encoding).
print(repr('%c' % 0), repr(f'{0:c}'), repr(format('a\x00b', '>5')), repr(b'%c' % 0))
for x in [2.0**-24, 2.0**-30, 1e23, 5e-324, 0.1+0.2, 2.0**-1074*3, 1.7976931348623157e308, 9007199254740993.0, 2.0**-100, 123456.789e-300]:
    print(x, repr(-x))
import random
random.seed(3)
bad = 0
for i in range(20000):
    e = random.randint(-1070, 1020)
    x = random.random() * 2.0**e
    if float(repr(x)) != x: bad += 1
print(bad)
print(int(b'12'), int(b' -7 '), int(bytearray(b'ff'), 16), int(b'0x1f', 0))
for s in [b'x', b'1.5', b'\xff']:
    try: int(s)
    except ValueError as e: print(e)
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'), str(b'\xff', 'utf-8', 'replace'), str(bytearray(b'hi'), 'latin-1'))
for a in [("abc", "utf-8"), (5, "utf-8")]:
    try: str(*a)
    except TypeError as e: print(e)
