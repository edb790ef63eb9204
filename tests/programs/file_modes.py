import os
p = os.path.join(os.getenv("TMPDIR", "/tmp"), "twinpy_rplus_%d.txt" % os.getpid())
with open(p, "w") as f:
    f.write("line one\nline two\nline three\n")
with open(p, "r+") as f:
    print(repr(f.readline()))
    f.write("XX")
    print(f.readable(), f.writable())
with open(p) as f:
    print(repr(f.read()))
f = open(p, buffering=1)
print(f.read(4))
f.close()
try:
    f.readable()
except ValueError as e:
    print(e)
os.remove(p)
