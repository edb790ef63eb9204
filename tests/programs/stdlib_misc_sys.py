# errno constants and errorcode, platform facts shared with CPython on
# Linux, copyreg's registry and helpers, and stat's tests and filemode.
import errno
import platform
import copyreg
import stat
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.ENOTDIR, errno.EISDIR,
      errno.EINTR, errno.EPIPE, errno.ENOTEMPTY, errno.ETIMEDOUT)
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.EDEADLK == errno.EDEADLOCK,
      errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35],
      errno.errorcode[95], errno.errorcode[17])
print(len(errno.errorcode), min(errno.errorcode), max(errno.errorcode))
print(all(getattr(errno, n) == v for v, n in errno.errorcode.items()))
try:
    open('/no/such/file/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])

print(platform.system(), platform.machine(), platform.architecture()[0])
print(platform.python_version_tuple()[:2], platform.python_version()[:4])
u = platform.uname()
print(u[0], u.system == platform.system(), len(u), u.release == platform.release())
print(platform.platform().startswith('Linux-' + platform.release() + '-'))
print(platform.platform(terse=True) == platform.platform())
print(platform.node() == u.node, isinstance(platform.version(), str))

print(copyreg.dispatch_table[complex](3 + 4j))
copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
for args in [('mod', 'other', 240), ('mod', 'name', 241), ('m', 'n', 0),
             ('m', 'n', 2 ** 31)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print(e)
copyreg.remove_extension('mod', 'name', 240)
try:
    copyreg.remove_extension('mod', 'name', 240)
except ValueError as e:
    print(e)
copyreg.clear_extension_cache()
for bad in [lambda: copyreg.pickle(int, 3), lambda: copyreg.constructor(5)]:
    try:
        bad()
    except TypeError as e:
        print(e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def reduce_point(p):
    return Point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)
f, args = copyreg.dispatch_table[Point](Point(1, 2))
q = f(*args)
print(f.__name__, args, q.x, q.y)
o = copyreg.__newobj__(Point)
print(type(o).__name__, hasattr(o, 'x'))
o = copyreg.__newobj_ex__(Point, (), {})
print(type(o).__name__)
o = copyreg._reconstructor(Point, object, None)
print(type(o).__name__, copyreg._slotnames(Point))

for m in [0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o102750,
          0o10600, 0o20000, 0o1000, 0o60660, 0o140755, 0o100000]:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m),
          stat.S_ISLNK(m), stat.S_ISFIFO(m), oct(stat.S_IMODE(m)),
          oct(stat.S_IFMT(m)))
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR, stat.S_IFDIR, stat.S_IFREG,
      stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)
print(stat.S_ISDIR(os.stat('/').st_mode), stat.S_ISREG(os.stat('/').st_mode))
