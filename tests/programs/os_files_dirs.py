# os file-system calls: stat, mkdir, makedirs, rename, replace, chmod, scandir, walk, urandom, symlink
import os, os.path
base = "/tmp/_twinpy_os_%d" % os.getpid()
os.mkdir(base)
os.makedirs(base + "/a/b/c")
os.makedirs(base + "/a/b/c", exist_ok=True)
try:
    os.makedirs(base + "/a/b")
except FileExistsError as e:
    print("FileExistsError", e.errno)
with open(base + "/a/f.txt", "w") as f:
    f.write("hello")
st = os.stat(base + "/a/f.txt")
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, st.st_mode & 0o170000 == 0o100000, os.path.getsize(base + "/a/f.txt"))
os.chmod(base + "/a/f.txt", 0o600)
print(oct(os.stat(base + "/a/f.txt").st_mode & 0o777))
os.rename(base + "/a/f.txt", base + "/a/g.txt")
os.replace(base + "/a/g.txt", base + "/a/b/h.txt")
os.symlink(base + "/a/b/h.txt", base + "/link")
print(os.path.islink(base + "/link"), os.path.islink(base + "/a"), os.readlink(base + "/link") == base + "/a/b/h.txt", os.path.lexists(base + "/link"))
print(sorted(e.name for e in os.scandir(base)), sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in os.scandir(base + "/a")))
with os.scandir(base + "/a") as it:
    print([os.path.relpath(e.path, base) for e in sorted(it, key=lambda e: e.name)])
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), dirs, sorted(files))
print([os.path.relpath(r, base) for r, d, f in os.walk(base, topdown=False)])
for bad in [lambda: os.stat(base + "/nope"), lambda: os.mkdir(base), lambda: os.rmdir(base + "/a"), lambda: os.stat(None)]:
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, getattr(e, "errno", None))
print(len(os.urandom(16)), type(os.urandom(0)), os.fspath("x"), os.error is OSError, os.uname().sysname)
os.remove(base + "/link")
os.remove(base + "/a/b/h.txt")
os.removedirs(base + "/a/b/c")
print(os.path.exists(base))
