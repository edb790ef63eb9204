# float.hex and float.fromhex (rounding, subnormals, errors), sys.float_info,
# bytes.translate/maketrans and bytes.join of bytearrays.
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info[8], sys.hash_info.modulus, sys.hash_info.inf, sys.int_info.default_max_str_digits)
for x in [3.0, 1.0, -0.0, 0.0, 0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 123.456, -2.5e-310]:
    h = x.hex(); y = float.fromhex(h)
    print(h, y == x or (x != x and y != y))
for s in ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0X1.0P+0', ' 0x10 ', 'inf', '-Infinity', 'nan', '1.5', '0x.8', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000001p0']:
    try: print(s, float.fromhex(s))
    except (ValueError, OverflowError) as e: print(s, type(e).__name__, e)
for s in ['0x1p1024', 'x', '0x', '0x1p', '0x1.2.3']:
    try: print(float.fromhex(s))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(b'abc'.translate(None, b'b'), bytes.maketrans(b'ab', b'xy')[95:100], b'hello'.translate(bytes.maketrans(b'el', b'ip'), delete=b'o'))
try: bytes.maketrans(b'ab', b'x')
except ValueError as e: print(e)
try: b'a'.translate(b'x')
except ValueError as e: print(e)
print(bytearray(b'abc').translate(bytes.maketrans(b'a', b'z')), bytearray.maketrans(b'a',b'b')[97])
print(b'-'.join([b'a', bytearray(b'b'), b'c']), bytearray(b',').join([bytearray(b'x'), b'y']))
