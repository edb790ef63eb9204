# Big ints meeting the rest of the language: dict keys, loops crossing the
# 64-bit edge, json, format specs, math, the 4300-digit string limit.
import sys, math, json
a = 2**100; b = 2**99 * 2
d = {a: 1}; print(d[b], b in {a}, {float(a)} == {b}, hash(float(a)) == hash(b))
x = 2**62 - 5
for i in range(10): x += 1
print(x, type(x))
y = 2**63 - 3
for i in range(6): y += 1
print(y); y -= 10; print(y)
print(json.dumps({"n": 3**80, "m": [-2**70]}), json.loads("123456789012345678901234567890") + 1)
print(f"{2**100:e}", f"{2**100:.3f}"[:10], f"{-3**50:+,}", f"{2**70:#b}"[:12], f"{2**90:^50x}|")
print(math.floor(1e30), math.ceil(-1.5e25), math.trunc(2.0**80), round(1.5e30), math.log(10**400), math.log2(2**1000), math.log10(10**300))
print(math.isqrt(10**100), math.isqrt(2**201), math.comb(200, 100), math.perm(40, 30), math.lcm(2**70, 3**40), math.factorial(25))
print(sorted([2**70, 1.5e21, -2**65, 3, 1e19, 2**64]))
print(int('9'*40) // 10**39, int(' -0b' + '1'*70 + ' ', 0), int('z'*20, 36))
try: str(10**5000)
except ValueError as e: print(e)
try: int('9'*5000)
except ValueError as e: print(e)
print(len(hex(10**5000)))
sys.set_int_max_str_digits(0); print(len(str(10**5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000); print(len(str(10**4999)))
try: sys.set_int_max_str_digits(100)
except ValueError as e: print(e)
sys.set_int_max_str_digits(4300)
print((2**64).__index__() if hasattr(int, '__index__') else 0, int(2**100) is not None, (2**100).real, (2**100).imag, (2**100).conjugate())
print(-2**63, 0x8000000000000000, -0x8000000000000000, 18446744073709551615, 0o7777777777777777777777777)
print(2**100 // 2.5, 2**100 % 7.5, 2.5 ** 70, 10 ** -30, (-2)**101, 7**-2)
print((2**100).to_bytes(13, 'little'), int.from_bytes((2**100).to_bytes(13, 'big'), 'big') == 2**100)
try: (2**100).to_bytes(12, 'big')
except OverflowError as e: print(e)
print(divmod(-2**100, 3), divmod(2**100, -3.0), pow(2**100, 2, 2**61-1), pow(10, 50))
print(abs(-2**200) == 2**200, max([2**100, 2**101, -2**200]), min(2**100, 2.0**101))
print(bool(2**100 - 2**100), not (2**100), 2**100 and 5, 0 or -2**100)
print(sum(range(10**6)) * 10**10, sum([2**100, 2**100, 0.5]), sum([1.5, 2**60, 2**63]))
print('%.3x|%10d|%-40o|' % (2**70, -2**64, 2**70))
print(repr(2**64).__len__(), str(-2**64))
print(round(2**100 + 0.0), round(123456789012345678901234, -3), round(-5 * 10**20, -21), round(15 * 10**20, -21))
print(float('1e400') if False else 1e308 * 10 == 2**2000, 2**2000 > 1e308, 2**2000 < float('inf'))
