import os

path = os.path.join(os.getenv("TMPDIR", "/tmp"), "twinpy_file_io_%d.tmp" % os.getpid())
with open(path, "w") as f:
    print(f.write("hello\n"))
    f.write("second line\n")
    f.writelines(["a\n", "b\n", "no newline"])
    print(f.closed if hasattr(f, "closed") else "n/a")
    print(f.name == path, f.mode)

with open(path) as f:
    print(repr(f.read()))

with open(path, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))

with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(path) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read()))

with open(path, "a") as f:
    f.write("\nappended é\n")
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
    print(len(lines), lines[-1])

f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

try:
    open("/nonexistent_dir_twinpy/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
except OSError as e:
    print("OSError", e)

try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)

with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
try:
    with open(path) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__, e)
os.remove(path)
print(os.path.exists(path) if hasattr(os, "path") else False)
