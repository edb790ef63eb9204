# seek, tell, truncate, readinto, fileno, seekable on text and binary files
import os
path = "/tmp/_twinpy_seek_%d.tmp" % os.getpid()
with open(path, "w") as f:
    print(f.write("hello\nworld\nthird line\n"), f.tell(), f.seekable(), f.isatty(), type(f.fileno()))
    f.seek(0)
    print(f.write("HE"), f.tell())
with open(path) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.read()), f.tell())
    print(f.seek(0, 2), f.seek(6), repr(f.readline()))
    for args in [(1, 1), (-1, 2), (-5,), (0, 3)]:
        try: f.seek(*args)
        except Exception as e: print(type(e).__name__, e)
    try: f.truncate()
    except Exception as e: print(type(e).__name__, e)
with open(path, "r+") as f:
    f.read(5)
    print(f.truncate(), f.tell())
    print(repr(open(path).read()))
    f.seek(0, 2); f.write("!"); f.seek(0)
    print(repr(f.read()))
    print(f.truncate(2), repr(open(path).read()))
with open(path, "wb") as f:
    f.write(bytes(range(20)))
    print(f.tell(), f.seek(-5, 2), f.seek(2, 1), f.tell())
with open(path, "rb") as f:
    f.seek(3)
    b = bytearray(4)
    print(f.readinto(b), b, f.tell(), f.read(2), f.seek(-2, 1), f.read(1))
    b = bytearray(50)
    print(f.readinto(b), len(b), b[:15])
    for args in [(-1,), (0, 7)]:
        try: f.seek(*args)
        except Exception as e: print(type(e).__name__, e)
with open(path, "ab") as f:
    print(f.tell(), f.write(b"xyz"), f.tell())
f = open(path, "rb"); f.close()
for m in ["tell", "fileno", "seekable"]:
    try: getattr(f, m)()
    except ValueError as e: print(m, e)
os.remove(path)
