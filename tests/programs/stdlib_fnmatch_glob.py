# fnmatch (translate's exact regex text, matching, filter) and glob
# (wildcards, recursive '**', hidden names, root_dir, has_magic, escape).
import fnmatch
import glob
import os

pats = ['*.py', '*a*b', '*a*b*', 'a*b*c', '?x', '[a-]', '[!]', '[]', '[z-a]',
        '[a-c-e]', '[^x]', '[[x]', '[a&&b]', '[\\]', '**', '[!a-', 'x[',
        'a.b', '[!0-9]*', 'data_??.csv']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a.py', 'b.PY', '.hidden.py', 'xab', 'x', 'data_01.csv',
         'data_1.csv', '9lives', 'a-b', '^', '&', 'ab\nc.py']
for p in ['*.py', '*a*b', '?x', '[!0-9]*', 'data_??.csv', '[a-]*', '[^x]',
          '*', '[&]', '*.p[xy]']:
    print(p, fnmatch.filter(names, p))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'))
print(fnmatch.fnmatchcase('a/b', 'a*b'), fnmatch.fnmatchcase('', '*'))

base = '/tmp/fnglob_%d' % os.getpid()
for d in ['a/b', '.h', 'c']:
    os.makedirs(os.path.join(base, d))
for f in ['x.py', 'a/x.txt', 'a/b/y.py', '.h/z.py', 'a/.q.py', 'b']:
    open(os.path.join(base, f), 'w').close()


def g(p, **kw):
    return sorted(glob.glob(p, root_dir=base, **kw))


for p in ['*', '*.py', 'a/*', '*/*', '**', 'a/**', '**/', '**/*.py',
          'a/**/*.txt', '.*', '[ab]', 'nope*', 'a', 'a/', 'zz', '', '*/',
          'a/b/../*']:
    print(repr(p), g(p), g(p, recursive=True),
          g(p, recursive=True, include_hidden=True))
full = sorted(glob.glob(os.path.join(base, 'a', '*.txt')))
print([os.path.relpath(x, base) for x in full])
print(sorted(os.path.relpath(x, base)
             for x in glob.iglob(base + '/**/*.py', recursive=True)))
print(glob.has_magic('a[b'), glob.has_magic('ab'), glob.has_magic('x?'))
print(glob.escape('a*b?[c].py'), glob.escape('/plain/path'))
esc = glob.escape(os.path.join(base, 'x.py'))
print([os.path.relpath(x, base) for x in glob.glob(esc)])

for f in ['x.py', 'a/x.txt', 'a/b/y.py', '.h/z.py', 'a/.q.py', 'b']:
    os.remove(os.path.join(base, f))
for d in ['a/b', 'a', '.h', 'c', '']:
    os.rmdir(os.path.join(base, d))
print(os.path.exists(base))
