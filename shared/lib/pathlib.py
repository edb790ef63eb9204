# pathlib - object-oriented paths, as CPython's pathlib module (3.11), for
# POSIX only: PurePath, PurePosixPath, Path, PosixPath. Pure operations:
# construction from parts, "/", str, repr, parts, drive, root, anchor, name,
# stem, suffix, suffixes, parent, parents, is_absolute, is_reserved,
# joinpath, with_name, with_stem, with_suffix, relative_to,
# is_relative_to, match, as_posix, as_uri, equality, hashing, ordering.
# Concrete: cwd, home, exists, is_file, is_dir, is_symlink, iterdir, glob,
# rglob, read_text, write_text, read_bytes, write_bytes, open, touch,
# unlink, resolve, absolute, expanduser, samefile. Written for twinpy.
#
# Deviations: there are no Windows flavours (PureWindowsPath,
# WindowsPath). The C os module has no mkdir, rmdir, rename, stat or
# readlink: mkdir, rmdir, rename, replace, stat, lstat, chmod and
# readlink raise NotImplementedError (stat works if os.stat appears);
# resolve() makes the path absolute and normalises ".." lexically, without
# following symbolic links; is_symlink() is always False. glob patterns
# support "*", "?", "[...]" within a component and "**" as a whole
# component (any depth of directories); matching is case-sensitive and,
# as in CPython 3.11, "*" also matches names starting with a dot.
import os as _os
import posixpath as _pp
import re as _re

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _translate(pat):
    # a shell pattern for one name component -> regular expression
    i, n = 0, len(pat)
    res = []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            res.append('.*')
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if stuff.startswith('!'):
                    stuff = '^' + stuff[1:]
                elif stuff.startswith('^'):
                    stuff = '\\' + stuff
                res.append('[' + stuff + ']')
        else:
            res.append(_re.escape(c))
    return '(?s:' + ''.join(res) + r')\Z'


_pat_cache = {}


def _name_matches(name, pat):
    rx = _pat_cache.get(pat)
    if rx is None:
        rx = _re.compile(_translate(pat))
        _pat_cache[pat] = rx
    return rx.match(name) is not None


def _parse_parts(args):
    # -> (root, [parts after the root]) following CPython's rules: an
    # absolute argument restarts the path, "." and empty components go,
    # ".." stays, a leading "//" (exactly two slashes) is kept.
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = str(a)
        elif isinstance(a, str):
            s = a
        else:
            f = getattr(type(a), '__fspath__', None)
            s = f(a) if f is not None else None
            if not isinstance(s, str):
                raise TypeError("argument should be a str object or an "
                                "os.PathLike object returning str, not %r"
                                % type(a))
        if s.startswith('/'):
            if s.startswith('//') and not s.startswith('///'):
                root = '//'
            else:
                root = '/'
            parts = []
        for c in s.split('/'):
            if c and c != '.':
                parts.append(c)
    return root, parts


class _PathParents:
    def __init__(self, path):
        self._path = path
        self._n = len(path._tail)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from(p._root, p._tail[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._tail = _parse_parts(args)
        self._str = None
        return self

    def __init__(self, *args):
        pass

    def _from(self, root, tail):
        p = object.__new__(type(self))
        p._root = root
        p._tail = list(tail)
        p._str = None
        return p

    def _new(self, *args):
        return type(self)(*args)

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    # -- string forms --
    def __str__(self):
        if self._str is None:
            s = self._root + '/'.join(self._tail)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8')

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        out = []
        for ch in str(self).encode('utf-8'):
            c = chr(ch)
            if c.isascii() and (c.isalnum() or c in '/-._~'):
                out.append(c)
            else:
                out.append('%%%02X' % ch)
        return 'file://' + ''.join(out)

    # -- comparison --
    def _key(self):
        return list(self.parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    # -- components --
    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return tuple([self._root] + self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    # -- derived paths --
    def joinpath(self, *args):
        return self._new(self, *args)

    def __truediv__(self, key):
        try:
            return self._new(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._new(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.')
                                        or suffix == '.'):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = self._new(*other)
        n = len(base._tail)
        if self._root != base._root or self._tail[:n] != base._tail:
            raise ValueError("{!r} is not in the subpath of {!r} OR one "
                             "path is relative and the other is absolute."
                             .format(str(self), str(base)))
        return self._from('', self._tail[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pat = self._new(path_pattern)
        if not pat._root and not pat._tail:
            raise ValueError("empty pattern")
        pparts = pat._tail
        if pat._root:
            if self._root != pat._root or len(self._tail) != len(pparts):
                return False
        elif len(pparts) > len(self._tail):
            return False
        for part, p in zip(reversed(self._tail), reversed(pparts)):
            if not _name_matches(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_pp.expanduser('~'))

    # -- queries --
    def exists(self):
        return _pp.exists(str(self))

    def is_file(self):
        return _pp.isfile(str(self))

    def is_dir(self):
        return _pp.isdir(str(self))

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if not hasattr(_os, 'stat'):
            raise NotImplementedError("stat: os.stat is not available")
        return _os.stat(str(self))

    def lstat(self):
        return self.stat()

    def samefile(self, other_path):
        if not isinstance(other_path, PurePath):
            other_path = self._new(other_path)
        return self.resolve() == other_path.resolve()

    # -- directories --
    def _child(self, name):
        return self._from(self._root, self._tail + [name])

    def iterdir(self):
        for name in _os.listdir(str(self)):
            yield self._child(name)

    def _select(self, base, parts):
        # yield the paths under base matching the component patterns
        if not parts:
            yield base
            return
        pat = parts[0]
        rest = parts[1:]
        if pat == '**':
            while rest and rest[0] == '**':
                rest = rest[1:]
            seen = set()
            for d in self._walk_dirs(base):
                for p in self._select(d, rest):
                    s = str(p)
                    if s not in seen:
                        seen.add(s)
                        yield p
            return
        wild = '*' in pat or '?' in pat or '[' in pat
        if not wild:
            child = base._child(pat)
            if rest:
                if child.is_dir():
                    yield from self._select(child, rest)
            elif child.exists():
                yield child
            return
        try:
            names = _os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if _name_matches(name, pat):
                child = base._child(name)
                if rest:
                    if child.is_dir():
                        yield from self._select(child, rest)
                else:
                    yield child

    def _walk_dirs(self, base):
        yield base
        try:
            names = _os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base._child(name)
            if child.is_dir():
                yield from self._walk_dirs(child)

    def glob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not pat._tail:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = list(pat._tail)
        if pattern.endswith('/'):
            parts.append('')
        if parts[-1] == '':
            parts = parts[:-1]
            return (p for p in self._select(self, parts) if p.is_dir())
        return self._select(self, parts)

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self._select(self, ['**'] + list(pat._tail))

    # -- file contents --
    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        if 'b' in mode:
            return open(str(self), mode)
        kw = {}
        if encoding is not None:
            kw['encoding'] = encoding
        if errors is not None:
            kw['errors'] = errors
        if newline is not None:
            kw['newline'] = newline
        return open(str(self), mode, **kw)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        data = bytes(data)
        with self.open('wb') as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    # -- changes to the file system --
    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if not hasattr(_os, 'mkdir'):
            raise NotImplementedError("mkdir: os.mkdir is not available")
        try:
            _os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        if not hasattr(_os, 'rmdir'):
            raise NotImplementedError("rmdir: os.rmdir is not available")
        _os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        if not hasattr(_os, 'rename'):
            raise NotImplementedError("rename: os.rename is not available")
        _os.rename(str(self), str(target))
        return self._new(target)

    def replace(self, target):
        if not hasattr(_os, 'replace'):
            raise NotImplementedError("replace: os.replace is not available")
        _os.replace(str(self), str(target))
        return self._new(target)

    def chmod(self, mode, *, follow_symlinks=True):
        raise NotImplementedError("chmod: os.chmod is not available")

    def readlink(self):
        raise NotImplementedError("readlink: os.readlink is not available")

    # -- absolute forms --
    def absolute(self):
        if self._root:
            return self
        return self._new(_os.getcwd(), self)

    def resolve(self, strict=False):
        p = self._new(_pp.abspath(str(self)))
        if strict and not p.exists():
            raise FileNotFoundError(2, 'No such file or directory', str(p))
        return p

    def expanduser(self):
        if self._tail and self._tail[0].startswith('~') and not self._root:
            s = _pp.expanduser(self._tail[0])
            if s.startswith('~'):
                raise RuntimeError("Could not determine home directory.")
            return self._new(s, *self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    pass
