# Tests pathlib: pure path operations and, on files named after the process
# id under /tmp, iterdir, glob, reading, writing and unlinking.
import os
from pathlib import PurePath, PurePosixPath, Path, PosixPath

P = PurePosixPath
for s in ['', '.', 'a/b', '/a/b/', '//a', '///a', 'a/./b/../c', 'a//b', '/',
          'x.tar.gz', '.bashrc', 'a/b.', 'foo.']:
    p = P(s)
    print(repr(p), str(p), p.parts, repr(p.name), repr(p.stem),
          repr(p.suffix), p.suffixes)
    print('   ', repr(p.parent), repr(p.anchor), repr(p.root),
          p.is_absolute(), [str(q) for q in p.parents])

print(repr(PurePath('a', 'b', '/c', 'd')), repr(Path('a') / 'b' / 'c'),
      repr('x' / PurePath('y')), repr(Path('/a', P('b'))))
p = P('/usr/lib/python3.tar.gz')
print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_suffix(''),
      p.with_stem('q'), P('a').with_suffix('.c'))
print(p.parents[0], p.parents[-1], [str(q) for q in p.parents[1:]],
      len(p.parents), repr(p.parents))
print(p.relative_to('/usr'), p.relative_to('/usr', 'lib'),
      p.relative_to('/'), P('a/b').relative_to(''))
print(p.is_relative_to('/usr'), p.is_relative_to('/us'))

bad = [lambda: P('/').with_name('x'), lambda: p.with_name(''),
       lambda: p.with_name('a/b'), lambda: p.with_suffix('x'),
       lambda: p.with_suffix('.'), lambda: P('').with_suffix('.x'),
       lambda: p.relative_to('/etc'), lambda: P('a').relative_to('/a'),
       lambda: p.parents[9], lambda: P('a').match(''), lambda: P('a') / 3]
for f in bad:
    try:
        print(f())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

for s, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'),
               ('/a/b/c.py', 'a/*.py'), ('/a/b.py', '/*.py'),
               ('/a/b.py', '/a/*.py'), ('a/b.py', '*/*/*.py'),
               ('b.PY', '*.py'), ('ab', 'a?'), ('ab', '[a-c]b'),
               ('db', '[!a-c]b')]:
    print('match', s, pat, P(s).match(pat))

print(P('a') == P('a'), P('a') == Path('a'), P('a/b') == P('a//b/'),
      P('a') != P('b'), P('a') == 'a', hash(P('a/b')) == hash(Path('a/b')))
print(sorted([P('b'), P('a/c'), P('/z'), P('a'), P('a/b')]))
print(P('a') < P('b'), P('a') >= P('a'), P('/a') < P('a'))
print(P('a/b').as_posix(), P('a').joinpath('b', 'c'), P('/a b').as_uri())
print({P('a'): 1}[Path('a')], str(Path('~/x')))
print(type(PurePath('a')).__name__, type(Path('a')).__name__,
      isinstance(Path('a'), PurePath), isinstance(PosixPath('a'), Path))

# concrete paths
here = os.getcwd()
print(Path.cwd() == Path(here), Path('x').absolute() == Path(here, 'x'),
      Path('x/../y').resolve() == Path(here, 'y'))
os.environ['HOME'] = '/home/zz'
print(Path.home(), Path('~/a').expanduser(), Path('a').expanduser())

tmp = Path('/tmp')
prefix = 'stdlib_pathlib_%d_' % os.getpid()
names = ['a.txt', 'b.txt', 'c.py', 'data.tar.gz']
for n in names:
    print(n, (tmp / (prefix + n)).write_text('text of %s\n' % n))


def mine(paths):
    return sorted(q.name[len(prefix):] for q in paths
                  if q.name.startswith(prefix))


print(mine(tmp.iterdir()))
for pat in ['*.txt', '*.py', '*.tar.*', '*.?z', '[ab].txt', 'd*']:
    print('glob', pat, mine(tmp.glob(prefix + pat)))

f = tmp / (prefix + 'a.txt')
print(f.exists(), f.is_file(), f.is_dir(), tmp.is_dir(), f.parent == tmp)
print(repr(f.read_text()), f.read_bytes())
print(f.write_bytes(b'\x00\x01\xff'), f.read_bytes())
with f.open('w', encoding='utf-8') as fh:
    fh.write('h\u00e9llo\nline2\n')
with f.open() as fh:
    print(fh.readline().rstrip('\n'), len(fh.read()))
print(f.read_bytes())
t = tmp / (prefix + 'touched')
t.touch()
print(t.exists(), t.read_text() == '')
try:
    t.touch(exist_ok=False)
except FileExistsError:
    print('FileExistsError')

for n in names + ['touched']:
    (tmp / (prefix + n)).unlink()
print(mine(tmp.iterdir()), f.exists())
f.unlink(missing_ok=True)
try:
    f.unlink()
except FileNotFoundError:
    print('FileNotFoundError')
try:
    f.read_text()
except FileNotFoundError:
    print('FileNotFoundError')
