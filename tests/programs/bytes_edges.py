# bytes corner cases found by differential runs: split with maxsplit keeps the far whitespace, an empty needle past the end is not found, bytes(True), __bytes__ and __index__, from_bytes of non-bytes, bad prefixes; := as a dict key and under global/nonlocal
print(b' a b '.split(None, 0), b'a b  '.split(None, 1), b' a b '.rsplit(None, 1), b'  a  b  c  '.rsplit(None, 1), b'  a  b  c  '.split(None, 1))
print(b''.find(b'', 1), b'ab'.find(b'', 3), b'ab'.rfind(b'', 3), b''.count(b'', 3), b''.endswith(b'', 1), b'ab'.endswith((b'ab', b''), 5), b'ab'.find(b'', 2), b'ab'.count(b'', 2))
for bad in ["int.from_bytes(5)", "int.from_bytes('ab')", "b''.index(b'', 1)", "bb'a'", "eval(\"Bb'a'\")"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(bytes(True), bytes(False))
class I:
    def __index__(self): return 3
class B:
    def __bytes__(self): return b'zz'
print(bytes(I()), bytes(B()), int.from_bytes(B(), 'big'))
print({(k := 1): 2}, k)
gg = 0
def f():
    global gg
    [gg := 9 for _ in 'a']
    return gg
print(f(), gg)
def h():
    x = 1
    def inner():
        nonlocal x
        [x := 5 for _ in 'a']
        return x
    return inner(), x
print(h())
for bad in ["b'a'.decode(1)", "int.from_bytes(b'a', byteorder=1)", "(1).to_bytes(1, byteorder=1)", "open('/dev/null', 'rb', newline='')", "open('/dev/null', 'rb', encoding='utf-8')", "open('/dev/null', 'rb', errors='strict')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
b = b"\x01\x02\x03\x04\x05"
print(b.hex(), b.hex(":"), b.hex(":", 2), b.hex(":", -2), b.hex(b"-", 3), b.hex(sep=" ", bytes_per_sep=1), b"".hex(":"), b"\xff".hex(":", 2), bytearray(b).hex("."))
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"), type(bool.from_bytes(b"\x02", "big")).__name__)
for bad in ['b"a".hex("::")', 'b"a".hex(1)', 'b"a".hex("\u00e9")']:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
