# struct: sizes and alignment in every byte order, packing and unpacking
# every format code, IEEE float bit patterns (rounding, subnormals, inf,
# nan, -0.0), and CPython's error messages for bad formats and values
import math
import struct


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for fmt in ["", "x", "c", "b", "?", "h", "i", "l", "q", "n", "e", "f", "d", "P", "ci", "ic", "cq", "c0q",
            "bhq", "3h", "10s", "5p", "2x2h", "cd0l", "ce", "b i", "@qb", "=ci", "<l", ">q", "!hd"]:
    print(repr(fmt), struct.calcsize(fmt), end="; ")
print()
for order in "@=<>!":
    print(order, struct.pack(order + "bBhHiIlLqQ?", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 5, -2**63, 2**64 - 1, 7))
print(struct.pack("@nNP", -1, 2**64 - 1, 2**64 - 1), struct.pack("@P", -1), struct.pack("@cbi", b"z", 1, 2))
print(struct.unpack("<hHiI", b"\xff\xff\xff\xff\x01\x00\x00\x80\xfe\xff\xff\xff"))
print(struct.unpack(">qQ", bytes(range(16))), struct.unpack("!?c?", b"\x00A\x07"))
print(struct.pack("3s", b"a"), struct.pack("3s", b"abcdef"), struct.pack("0s", b"abc"), struct.pack("2s", bytearray(b"xyz")))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("p", b"abc"), struct.unpack("5p", b"\x09abcd"))
print(len(struct.pack("300p", b"a" * 300)), struct.pack("300p", b"a" * 300)[:3], struct.unpack("4s2x?", b"abcd\x00\x00\x01"))
print(struct.pack("<?", []), struct.pack("<?", [1]), struct.pack("<2xh", 5), struct.pack("<h", True))


class Index:
    def __index__(self):
        return 7


class Floaty:
    def __float__(self):
        return 2.5


print(struct.pack("<h", Index()), struct.pack("<d", Index()), struct.pack("<f", Floaty()), struct.pack("<d", 3))

# floats: exact doubles, rounding to nearest even for 'f' and 'e'
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, math.pi, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, math.inf, -math.inf, 65504.0, 65519.99, 6.1e-5, 6e-8, 2.98e-8,
        2.9802322387695312e-08, 3.4028234663852886e38, 1.401298464324817e-45, 7.006492321624085e-46,
        math.nextafter(2.0 ** -150, 1.0), 1.0000000596046448, 1.0000001788139343, 1.00048828125, 1.00146484375]
for x in vals:
    print(repr(x), end=" ")
    for fmt in ("<d", ">d", "<f", ">e"):
        try:
            packed = struct.pack(fmt, x)
            print(packed.hex(), "%.17g" % struct.unpack(fmt, packed)[0], end=" ")
        except Exception as e:
            print(type(e).__name__ + ":", e, end=" ")
    print()
for fmt in ("<d", "<f", "<e"):
    print(fmt, struct.pack(fmt, math.nan).hex(), struct.pack(fmt, -math.nan).hex(),
          math.copysign(1, struct.unpack(fmt, struct.pack(fmt, -math.nan))[0]))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"), struct.unpack("<e", b"\x01\x04"),
      struct.unpack(">f", b"\x00\x00\x00\x01"), struct.unpack(">f", b"\x80\x00\x00\x00"))
t(struct.pack, "<f", 1e300); t(struct.pack, "<f", 3.4028235677973366e38); t(struct.pack, "@f", 1e300)
t(struct.pack, "<e", 65520.0); t(struct.pack, "e", -1e10); t(struct.pack, "<d", 2**1100); t(struct.pack, "d", "1.0")

# integer range errors: the messages differ by code and byte order
for fmt in ["b", "B", "h", "H", "<h", ">h", "<H", ">H", "i", "I", "<i", ">I", "l", "L", "<l", ">L", "q", "Q", ">q", ">Q", "<Q", "n", "N", "P"]:
    print(fmt, end=": ")
    for v in (-2**64, -2**63 - 1, -129, -1, 256, 2**32, 2**63, 2**64):
        try:
            struct.pack(fmt, v)
            print("ok", end=" | ")
        except Exception as e:
            print(type(e).__name__, e, end=" | ")
    print()
t(struct.pack, "h", 1.0); t(struct.pack, "h", "1"); t(struct.pack, "i", None); t(struct.pack, "c", "a")
t(struct.pack, "c", b"ab"); t(struct.pack, "s", "a"); t(struct.pack, "p", 1)

# bad formats and argument counts
t(struct.calcsize, "y"); t(struct.calcsize, "3 h"); t(struct.calcsize, "3"); t(struct.calcsize, "h<")
t(struct.calcsize, " <h"); t(struct.calcsize, "<h "); t(struct.calcsize, "<n"); t(struct.calcsize, "=P")
t(struct.calcsize, 1); t(struct.calcsize, "99999999999999999999h"); t(struct.calcsize, "9223372036854775807s")
t(struct.pack, "hh", 1); t(struct.pack, "h", 1, 2); t(struct.pack, "x", 1); t(struct.pack)
t(struct.unpack, "d", b"1234"); t(struct.unpack, "d", "12345678"); t(struct.unpack, "h")

# unpack_from, pack_into, iter_unpack
data = bytes(range(10))
t(struct.unpack_from, "<h", data); t(struct.unpack_from, "<h", data, 8); t(struct.unpack_from, "<h", data, -2)
t(struct.unpack_from, "<i", data, 7); t(struct.unpack_from, "<i", data, -3); t(struct.unpack_from, "<i", data, -11)
t(struct.unpack_from, "<h", buffer=data, offset=4); t(struct.unpack_from, "<h", data, 1.5)
buf = bytearray(8)
t(struct.pack_into, "<hi", buf, 1, -2, 3); print(buf)
t(struct.pack_into, "<h", buf, -2, 0x4142); print(buf)
t(struct.pack_into, "<i", buf, 6, 1); t(struct.pack_into, "<i", buf, -3, 1); t(struct.pack_into, "<i", buf, -9, 1)
t(struct.pack_into, "<i", b"12345678", 0, 1); t(struct.pack_into, "<i", buf); t(struct.pack_into, "<i")
t(struct.pack_into, "<i", buf, 0); t(struct.pack_into, "<h", buf, 0, 99999); print(buf)
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
it = struct.iter_unpack(">H", b"\x00\x01\x00\x02\x00\x03")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), type(it).__name__)
t(struct.iter_unpack, "", b""); t(struct.iter_unpack, "h", b"abc")

# the Struct class
s = struct.Struct("<hd3s")
print(s.format, s.size, struct.Struct(b">i").format)
packed = s.pack(-7, 2.5, b"abc")
print(packed, s.unpack(packed), s.unpack_from(b"\x00" + packed, 1))
buf = bytearray(s.size + 2)
s.pack_into(buf, 2, 1, -0.0, b"xy")
print(buf, list(s.iter_unpack(packed * 2)))
t(s.pack, 1, 2.0); t(s.unpack, b"short"); t(struct.Struct, 5); t(struct.Struct, "<z")
print(struct.error.__name__, issubclass(struct.error, Exception))
