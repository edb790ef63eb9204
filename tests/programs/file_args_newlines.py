import os
d = os.getenv("TMPDIR", "/tmp")
p = os.path.join(d, "twinpy_t1_%d.txt" % os.getpid())
a = d + "/"
f = open(**{"file": p, "mode": "w"})
junk = [a + "zzzzzzzzzzz" + str(i) for i in range(1000)]
print(f.name == p, f.mode)
f.write("hello\nworld\n")
f.close()
with open(p, "a+") as f:
    print(repr(f.read()))
    f.write("more\n")
r = open(p)
print(repr(r.read()))
with open(p, "a") as w:
    w.write("new data\n")
print(repr(r.read()))
r.close()
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline="") as w:
        w.write("a\r\nb\rc\nd\r")
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as w:
        w.write("x\ny\n")
    with open(p, newline="") as f:
        print("write", repr(nl), repr(f.read()))
for m in ["", "rw", "r++", "rtt", "rb+t", "q", "U", "wx", "+"]:
    try:
        open(p, m)
    except ValueError as e:
        print(repr(m), e)
for kw in [dict(buffering=0), dict(encoding=5), dict(newline="x"), dict(file=p), dict(errors=5), dict(buffering="x"), dict(newline=5)]:
    try:
        if "file" in kw:
            open(p, **kw)
        else:
            open(p, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for enc in ["utf-8", "UTF8", "utf_8", "U8"]:
    with open(p, encoding=enc) as f:
        print(enc, len(f.read()))
try:
    open(p + "\0junk", "w")
except ValueError as e:
    print("ValueError", e)
try:
    os.remove(p + "\0x")
except ValueError as e:
    print("ValueError", e)
print(os.path.exists(p + "\0junk"), os.path.exists(p))
try:
    os.path.exists(None)
except TypeError as e:
    print(e)
w = open(p, "w")
w.close()
try:
    w.writelines([])
except ValueError as e:
    print(e)
try:
    w.flush()
except ValueError as e:
    print(e)
with open(p) as f:
    print(f.__exit__(None, None, None))
try:
    open(p, None)
except TypeError as e:
    print(e)
import os.path
print(os.__name__)
os.remove(p)
