# bytearray: construction, indexing and slice assignment, the list-like mutators, the bytes methods returning bytearrays, + and +=, unhashable
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], list(ba), bytes(ba), ba == b"hello", b"hello" == ba, ba != bytearray(b"x"))
ba.append(33); ba.extend(b"ab"); ba.extend([1, 2]); ba.insert(0, 62); print(ba)
print(ba.pop(), ba.pop(0), ba); ba.remove(108); print(ba)
ba[0] = 72; ba[1:3] = b"EY"; print(ba); ba[1:3] = b""; print(ba); del ba[0]; print(ba); del ba[::2]; print(ba)
ba[::2] = b"zz" if len(ba[::2]) == 2 else b"z" * len(ba[::2]); print(ba)
x = bytearray(3); print(x, bytearray(), bytearray([65, 66]), bytearray("é", "utf-8"), bytearray(range(3)))
b2 = bytearray(b"a,b,c"); print(b2.split(b","), b2.upper(), b2.decode(), b2.find(b"b"), b2.replace(b",", b";"), b2.hex(), b2.startswith(b"a"))
print(bytearray.fromhex("de ad"), b2 + b"!", b"!" + b2, b2 * 2, 2 * b2, b"b" in b2, 98 in b2)
y = b2; y += b"??"; print(y is b2, b2, b2.strip(b"a?"), b2.partition(b","))
b2.reverse(); print(b2, b2.copy(), b2.copy() is b2); b2.clear(); print(b2, len(b2), bool(b2))
for bad in ["hash(bytearray())", "bytearray(b'x')[5]", "bytearray().pop()", "bytearray(b'a').remove(99)", "bytearray(b'a').append(256)",
            "bytearray(b'a') + 'x'", "bytearray('x')", "exec('z = bytearray(b\'abc\'); z[0:3:2] = b\'xyz\'')", "bytearray(-1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
s = {bytes(bytearray(b"k"))}; print(s, sorted([bytearray(b"b"), bytearray(b"a")]))
import os
path = "/tmp/_twinpy_bytearray_%d.bin" % os.getpid()
with open(path, "wb") as f:
    f.write(bytearray(b"\x00\x01"))
print(open(path, "rb").read())
print(isinstance(ba, bytearray), type(ba).__name__, repr(bytearray(b"it's")), str(bytearray(b"q")))
os.remove(path)
