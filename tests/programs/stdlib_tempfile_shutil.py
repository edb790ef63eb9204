# tempfile (mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
# TemporaryDirectory, SpooledTemporaryFile) and shutil (copy, copyfile,
# copytree, move, rmtree, which, get_terminal_size) in a private folder.
import os
import stat
import shutil
import tempfile

base = '/tmp/tfsh_%d' % os.getpid()
os.mkdir(base)
print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()))

fd, name = tempfile.mkstemp(suffix='.dat', prefix='p_', dir=base)
b = os.path.basename(name)
print(type(fd).__name__, b[:2], len(b), b.endswith('.dat'),
      os.path.dirname(name) == base, oct(stat.S_IMODE(os.stat(name).st_mode)))
chars = set('abcdefghijklmnopqrstuvwxyz0123456789_')
print(set(b[2:10]) <= chars)
d = tempfile.mkdtemp(dir=base)
print(os.path.isdir(d), len(os.path.basename(d)), os.path.basename(d)[:3],
      oct(stat.S_IMODE(os.stat(d).st_mode)))

f = tempfile.NamedTemporaryFile(dir=base, suffix='.txt')
f.write(b'abc')
f.flush()
f.seek(0)
print(f.read(), os.path.exists(f.name), f.name.endswith('.txt'))
f.close()
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile('w+', dir=base, delete=False) as f:
    f.write('kept')
    n = f.name
print(open(n).read())
os.unlink(n)
t = tempfile.TemporaryFile(dir=base)
t.write(b'xyz')
t.seek(0)
print(t.read())
t.close()
with tempfile.TemporaryDirectory(dir=base) as td:
    os.mkdir(os.path.join(td, 'sub'))
    open(os.path.join(td, 'sub', 'f'), 'w').close()
    print(os.listdir(td))
print(os.path.exists(td))
s = tempfile.SpooledTemporaryFile(max_size=4, dir=base)
s.write(b'ab')
s.write(b'cdef')
s.seek(0)
print(s.read())
s.close()

src = os.path.join(base, 'src')
os.makedirs(os.path.join(src, 'a', 'b'))
with open(os.path.join(src, 'one.txt'), 'w') as f:
    f.write('hello\n')
with open(os.path.join(src, 'a', 'two.py'), 'w') as f:
    f.write('x = 1\n')
os.chmod(os.path.join(src, 'one.txt'), 0o640)
c = shutil.copy(os.path.join(src, 'one.txt'), base)
print(os.path.relpath(c, base), oct(stat.S_IMODE(os.stat(c).st_mode)),
      open(c).read().strip())
shutil.copyfile(c, os.path.join(base, 'c2'))
print(open(os.path.join(base, 'c2')).read().strip(),
      oct(stat.S_IMODE(os.stat(os.path.join(base, 'c2')).st_mode)) != '')
shutil.copymode(c, os.path.join(base, 'c2'))
print(oct(stat.S_IMODE(os.stat(os.path.join(base, 'c2')).st_mode)))
try:
    shutil.copyfile(c, c)
except shutil.SameFileError as e:
    print('same file:', isinstance(e, OSError))
r = shutil.copytree(src, os.path.join(base, 'dst'),
                    ignore=shutil.ignore_patterns('*.py'))
print(sorted(os.path.relpath(os.path.join(dp, x), r)
             for dp, dn, fn in os.walk(r) for x in dn + fn))
try:
    shutil.copytree(src, r)
except FileExistsError:
    print('copytree: exists')
shutil.copytree(src, r, dirs_exist_ok=True)
print(os.path.exists(os.path.join(r, 'a', 'two.py')))
m = shutil.move(r, os.path.join(base, 'moved'))
print(os.path.relpath(m, base), os.path.exists(r))
m2 = shutil.move(os.path.join(base, 'c2'), m)
print(os.path.relpath(m2, base))
shutil.rmtree(m)
print(os.path.exists(m))
shutil.rmtree(os.path.join(base, 'nothing'), ignore_errors=True)
try:
    shutil.rmtree(os.path.join(base, 'nothing'))
except FileNotFoundError:
    print('rmtree: missing')
print(shutil.which('sh') is not None, shutil.which('no-such-cmd-xyz'))
os.environ['COLUMNS'] = '77'
os.environ['LINES'] = '33'
print(tuple(shutil.get_terminal_size()))
buf = open(os.path.join(base, 'big'), 'wb')
buf.write(b'0123456789' * 10000)
buf.close()
with open(os.path.join(base, 'big'), 'rb') as a:
    with open(os.path.join(base, 'big2'), 'wb') as z:
        shutil.copyfileobj(a, z, 4096)
print(os.path.getsize(os.path.join(base, 'big2')))
shutil.rmtree(base)
print(os.path.exists(base))
