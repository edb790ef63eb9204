# binary files: open() with "b" reads and writes bytes, untranslated
import os
p = "/tmp/_twinpy_bin_test.dat"
with open(p, "wb") as f:
    print(f.write(b"\x00\x01line1\r\nline2\n\xff\xfe"), repr(f) == "<_io.BufferedWriter name='%s'>" % p, f.mode)
with open(p, "rb") as f:
    print(f.read(3), f.readline(), f.readline(), f.read(), f.read())
with open(p, "rb") as f:
    print(list(f), f.closed)
print(open(p, "rb").readlines())
with open(p, "ab") as f:
    f.write(b"tail")
print(open(p, "rb").read()[-6:])
for bad in ['open(p, "wb").write("str")', 'open(p, "rb", encoding="utf-8")', 'open(p, "w").write(b"x")', 'open(p, "rbt")']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
with open(p, "w") as f:
    f.write("héllo\n")
print(open(p, "rb").read(), open(p, "rb").read().decode())
os.remove(p)
