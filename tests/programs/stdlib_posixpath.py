# Tests the posixpath module: normpath, split, splitext, join, relpath,
# commonpath, commonprefix, expanduser, expandvars and the file queries.
import os
import posixpath as P

os.environ['HOME'] = '/home/u/'
os.environ['TP_FOO'] = 'bar'
os.environ.pop('TP_NOPE', None)

cases = ['', '.', '..', '/', '//', '///', '//a//b/', 'a/./b/../c',
         '../../a', '/../a', 'a/..', 'a/../..', '/a/b/../../..', './',
         'a//b///c/', '.hidden', 'a/.b', 'a/b.c.d', 'a.b/c', '...',
         'a/..b', 'x.', '/a/b.tar.gz', 'foo/']
for c in cases:
    print(repr(c), repr(P.normpath(c)), P.split(c), P.splitext(c))
    print('   ', repr(P.basename(c)), repr(P.dirname(c)), P.isabs(c),
          P.splitdrive(c))

print(P.join('a', 'b', '/c', 'd'), P.join('', 'a'), P.join('a/', 'b'),
      repr(P.join('a', '')), P.join('/'), P.join('a', 'b/', 'c'))

for a, b in [('/a/b/c', '/a/d'), ('a/b', 'a'), ('a', 'a/b/c'),
             ('/', '/x/y'), ('/x', '/'), ('a', 'a'), ('a/./b', 'a/c/..')]:
    print('relpath', a, b, P.relpath(a, b))
print(P.relpath(os.getcwd() + '/q/r'))
for bad in ['', None]:
    try:
        P.relpath('x', bad) if bad is None else P.relpath(bad)
        print('relpath ok')
    except ValueError as e:
        print('ValueError', e)

for ps in [['/a/b/c', '/a/b/d'], ['a/b', 'a/bc'], ['/usr', '/usr/'],
           ['a/./b', 'a/b/c'], ['/'], ['x']]:
    print('common', ps, repr(P.commonpath(ps)), repr(P.commonprefix(ps)))
print(repr(P.commonprefix([])))
for bad in [[], ['/a', 'b']]:
    try:
        P.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)

for e in ['~', '~/x', '~u/x', 'a~', '$TP_FOO/x', '${TP_FOO}x', '$TP_NOPE/y',
          '${TP_NOPE}', '$', 'a$', '${TP_FOO', '$TP_FOO$TP_FOO', '$1',
          'x$TP_FOO.y', '$$']:
    print('expand', repr(e), repr(P.expanduser(e)), repr(P.expandvars(e)))
os.environ['HOME'] = '/'
print(P.expanduser('~'), P.expanduser('~/a'))

here = os.getcwd()
print(P.abspath('x/../y') == P.join(here, 'y'))
print(P.abspath('/a/./b//c/..'), P.realpath('/a/b/../c'))
print(P.realpath('.') == here, P.isabs(P.abspath('q')))

print(P.exists('/'), P.isdir('/'), P.isfile('/'), P.exists('/no/such/path'))
name = '/tmp/stdlib_posixpath_%d.txt' % os.getpid()
with open(name, 'w') as f:
    f.write('data')
print(P.exists(name), P.isfile(name), P.isdir(name), P.lexists(name))
os.remove(name)
print(P.exists(name), P.isfile(name))

print(P.sep, P.altsep, P.extsep, P.pathsep, P.curdir, P.pardir, P.defpath)
print(P.normcase('A/B'), P.devnull)


class Pl:
    def __fspath__(self):
        return 'p/q/../r.txt'


print(P.normpath(Pl()), P.splitext(Pl()), P.basename(Pl()))
try:
    P.join('a', 3)
except TypeError:
    print('TypeError')
