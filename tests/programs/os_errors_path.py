import os

e = OSError(2, "No such thing")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError(13, "Denied", "secret.txt")
print(type(e).__name__, e.errno, e.filename, e.args, str(e))
e = OSError("plain message")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = FileNotFoundError(2, "gone", "x.txt")
print(repr(str(e)), isinstance(e, OSError))
print(repr(OSError()), str(OSError()))
print(issubclass(FileExistsError, OSError), issubclass(PermissionError, OSError))
print(IOError is OSError, EnvironmentError is OSError)

class MyErr(OSError):
    pass
m = MyErr(5, "custom")
print(type(m).__name__, m.errno, str(m))

try:
    os.remove("/definitely/not/here.txt")
except FileNotFoundError as e:
    print("remove:", e.errno, e.filename, e)

try:
    open("/")
except IsADirectoryError as e:
    print("IsADirectoryError", e)

try:
    open("/proc/self/nonexistent/x", "w")
except OSError as e:
    print(type(e).__name__, e.errno)

print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "b"), os.path.join("a", "/abs", "x"))
print(os.path.join("", "b"), os.path.join("a", ""))
print(os.path.basename("/usr/lib/x.py"), os.path.dirname("/usr/lib/x.py"))
print(repr(os.path.basename("dir/")), repr(os.path.dirname("x")), os.path.dirname("/x"), os.path.dirname("//a"))
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"), os.path.exists("/no/such/path"))
print(os.sep)

name = os.path.join(os.getenv("TMPDIR", "/tmp"), "twinpy_oserror_path_%d.tmp" % os.getpid())
with open(name, "w") as f:
    f.write("x")
print(os.path.exists(name), os.path.isfile(name))
os.unlink(name)
print(os.path.exists(name))

def raiser():
    raise OSError(17, "File exists", "f.txt")
try:
    raiser()
except FileExistsError as e:
    print("mapped:", type(e).__name__, e)
e = OSError(2, "No such", "a", None, "b")
print(e, e.filename2, e.args)
print(OSError(2, "x").filename2, OSError(1, "x", None, None, "b"))
try:
    raise OSError(2, "gone", "p.txt")
except OSError as e:
    print(repr(e), e.args)
