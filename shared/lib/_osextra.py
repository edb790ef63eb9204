# _osextra - the parts of os written in Python over the system calls of
# mod_os.c, installed into os when os is first imported: stat and lstat with
# their stat_result, fspath, scandir and DirEntry, walk, makedirs,
# removedirs, uname, get_terminal_size, error.
#
# Deviations: stat_result is a sequence of its ten items that names them (and
# the float times, the _ns times, st_blksize, st_blocks, st_rdev), but not a
# tuple; scandir entries cache nothing but their kind from the directory
# listing; dir_fd and follow_symlinks=False are not supported by the
# functions that take them in CPython, except stat's follow_symlinks.
import os as _os

_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
           "st_atime", "st_mtime", "st_ctime")


class stat_result:
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __init__(self, raw):
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
         self.st_size, self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns,
         self.st_blksize, self.st_blocks, self.st_rdev) = raw
        self.st_atime = self.st_atime_ns / 1e9
        self.st_mtime = self.st_mtime_ns / 1e9
        self.st_ctime = self.st_ctime_ns / 1e9
        self._t = raw[:7] + (self.st_atime_ns // 1000000000, self.st_mtime_ns // 1000000000,
                             self.st_ctime_ns // 1000000000)

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._t == other._t

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join("%s=%d" % kv for kv in zip(_FIELDS, self._t))


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(path).__name__)
    r = f(path)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(r).__name__))
    return r


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        raise NotImplementedError("os.stat of a file descriptor")
    return stat_result(_os._stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_os._stat(fspath(path), False))


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    def __init__(self, top, name, kind):
        self.name = name
        self.path = _os.path.join(top, name)
        self._kind = kind  # 1 directory, 2 file, 3 link, 0 unknown

    def _mode(self, follow):
        try:
            return stat(self.path, follow_symlinks=follow).st_mode
        except OSError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 1:
            return True
        if self._kind == 2 or (self._kind == 3 and not follow_symlinks):
            return False
        return self._mode(follow_symlinks) & _S_IFMT == _S_IFDIR

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 2:
            return True
        if self._kind == 1 or (self._kind == 3 and not follow_symlinks):
            return False
        return self._mode(follow_symlinks) & _S_IFMT == _S_IFREG

    def is_symlink(self):
        if self._kind:
            return self._kind == 3
        return self._mode(False) & _S_IFMT == _S_IFLNK

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return stat(self.path, follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    top = fspath(path)
    return _ScandirIterator([DirEntry(top, name, kind) for name, kind in _os._scandir(top)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, files, walk_into = [], [], []
    for entry in entries:
        is_dir = entry.is_dir()
        (dirs if is_dir else files).append(entry.name)
        if is_dir and not topdown:
            if followlinks or not entry.is_symlink():
                walk_into.append(entry.path)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            new = _os.path.join(top, d)
            if followlinks or not _os.path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for new in walk_into:
            yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, files


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = _os.path.split(name)
    if not tail:
        head, tail = _os.path.split(head)
    if head and tail and not _os.path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == ".":
            return
    try:
        _os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not _os.path.isdir(name):
            raise


def removedirs(name):
    _os.rmdir(name)
    head, tail = _os.path.split(name)
    if not tail:
        head, tail = _os.path.split(head)
    while head and tail:
        try:
            _os.rmdir(head)
        except OSError:
            break
        head, tail = _os.path.split(head)


class uname_result:
    def __init__(self, t):
        self._t = tuple(t)
        self.sysname, self.nodename, self.release, self.version, self.machine = self._t

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._t)

    def __repr__(self):
        return ("posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)"
                % self._t)


def uname():
    return uname_result(_os._uname())


class terminal_size:
    def __init__(self, t):
        self._t = tuple(t)
        self.columns, self.lines = self._t

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 2

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self._t


def get_terminal_size(fd=1):
    return terminal_size(_os._winsize(fd))


for _name in ("stat_result", "fspath", "stat", "lstat", "DirEntry", "scandir", "walk", "makedirs",
              "removedirs", "uname", "terminal_size", "get_terminal_size"):
    setattr(_os, _name, globals()[_name])
_os.error = OSError
_os.SEEK_SET, _os.SEEK_CUR, _os.SEEK_END = 0, 1, 2
del _name
