# base64 and binascii: every encoding both ways, str arguments to the
# decoders, and the binascii.Error messages for malformed input
import base64
import binascii


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[::37],
           b"\x00\x00\x00\x00 \x00", b"\xfb\xff\xfe"]
for data in samples:
    print(base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data),
          base64.b32hexencode(data), base64.b16encode(data))
    print(" ", base64.a85encode(data), base64.b85encode(data), binascii.hexlify(data),
          binascii.crc32(data), binascii.crc_hqx(data, 0))
    for enc, dec in ((base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode),
                     (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                     (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode),
                     (base64.encodebytes, base64.decodebytes),
                     (base64.urlsafe_b64encode, base64.urlsafe_b64decode)):
        if dec(enc(data)) != data:
            print("round trip failed:", enc.__name__, data)

long = bytes(i * 7 % 256 for i in range(130))
print(base64.encodebytes(long))
print(base64.decodebytes(base64.encodebytes(long)) == long, base64.encodebytes(b""))
print(base64.b64encode(b"\xfb\xff\xfe", b"-_"), base64.b64decode("-_-+", "-_"), base64.b64decode(b"+/+/"))
print(base64.standard_b64encode(b"std"), base64.standard_b64decode("c3Rk"))
print(base64.b64decode("Zm9v"), base64.b64decode(bytearray(b"Zm9vYg==")), base64.urlsafe_b64decode("-_8="))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01="L"),
      base64.b32decode("M1XW6YQ=", map01=b"I"))
print(base64.b16decode("666F6F"), base64.b16decode("666f6f", casefold=True))
print(base64.a85encode(b"hello world", adobe=True, wrapcol=6))
print(base64.a85encode(b"    ", foldspaces=True), base64.a85encode(b"ab", pad=True), base64.b85encode(b"ab", pad=True))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True), base64.a85decode("y", foldspaces=True),
      base64.a85decode(b"87cU\nRD]i,\t\"Ebo80"))

# base64 decoding: lenient and strict (validate=True)
for s in ["Zm9v", "Zm9", "Zm", "Z", "Zg==", "Zg=", "Zg", "====", "=Zg==", "Zg==Zg==", "Z!g==",
          "Zg=a=", "Zm9vY", "Zm9vY===", "Z m 9 v", "", "Zg==\n", "Zg===", "Zm8=Zg==", "Zm9=", "Zm9v="]:
    print(repr(s), end=" ")
    t(base64.b64decode, s)
    print("   validate", end=" ")
    t(base64.b64decode, s, validate=True)
t(base64.b64decode, "é"); t(base64.b64decode, 5); t(base64.b64decode, "Zg==", b"-")
t(base64.b64encode, "str"); t(base64.b64encode, b"x", b"-"); t(base64.encodebytes, "str")
t(base64.decodebytes, "Zm9v"); t(base64.b32encode, "str"); t(base64.b85encode, 5)

# base32, base16, ascii85 and base85 errors
for s in ["MZXW6===", "MZXW6==", "MZXW6=A=", "MZXW1===", "mzxw6===", "========", "MZXW6YQ", "MZXW6YTB",
          "MZ======", "MZX=====", "M======="]:
    print(repr(s), end=" ")
    t(base64.b32decode, s)
t(base64.b32decode, "MZXW6YQ=", map01="LL"); t(base64.b32hexdecode, "CPNMU===")
t(base64.b16decode, "abc"); t(base64.b16decode, "ABC"); t(base64.b16decode, "AB CD"); t(base64.b16decode, "GG")
t(base64.a85decode, b"zz"); t(base64.a85decode, b"a z"); t(base64.a85decode, b"ab y", foldspaces=True)
t(base64.a85decode, b"<~abc", adobe=True); t(base64.a85decode, b"vvvvv"); t(base64.a85decode, b"s8W-\"")
t(base64.a85decode, b"ab\x00")
t(base64.b85decode, b"|NsC0~"); t(base64.b85decode, b"ab\"cd"); t(base64.b85decode, "VPa")

# binascii
t(binascii.hexlify, b"\x01\xab\xff"); t(binascii.b2a_hex, b"hex"); t(binascii.hexlify, "str")
t(binascii.hexlify, b"abcdef", "-"); t(binascii.hexlify, b"abcdef", b":", 2); t(binascii.hexlify, b"abcde", "-", 2)
t(binascii.hexlify, b"abcde", " ", -2); t(binascii.hexlify, b"abc", "--"); t(binascii.hexlify, b"abc", "-", 0)
t(binascii.unhexlify, "abc"); t(binascii.unhexlify, "zz"); t(binascii.unhexlify, "AbCd"); t(binascii.a2b_hex, b"00ff")
t(binascii.unhexlify, "é1"); t(binascii.unhexlify, 5); t(binascii.unhexlify, bytearray(b"0f"))
t(binascii.b2a_base64, b"abcd"); t(binascii.b2a_base64, b"abcd", newline=False); t(binascii.b2a_base64, "ab")
t(binascii.a2b_base64, "YWJj"); t(binascii.a2b_base64, b"YW Jj\n"); t(binascii.a2b_base64, "YWJ")
t(binascii.a2b_base64, "Y"); t(binascii.a2b_base64, "YWJjZ"); t(binascii.a2b_base64, b"YWJj", strict_mode=True)
t(binascii.a2b_base64, "YW=Jj", strict_mode=True); t(binascii.a2b_base64, "=YWJj", strict_mode=True)
t(binascii.crc32, b"hello"); t(binascii.crc32, b"hello", 12345); t(binascii.crc32, b"x", -1)
t(binascii.crc32, b" world", binascii.crc32(b"hello")); t(binascii.crc32, b"hello world"); t(binascii.crc32, "x")
t(binascii.crc_hqx, b"hello", 0xFFFF); t(binascii.crc_hqx, b"123456789", 0)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception),
      issubclass(binascii.Incomplete, ValueError))
try:
    base64.b64decode("abc")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
