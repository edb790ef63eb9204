# tempfile - temporary files and directories, as CPython's tempfile module
# (3.11): gettempdir, gettempprefix, mkstemp, mkdtemp, mktemp,
# NamedTemporaryFile, TemporaryFile, TemporaryDirectory,
# SpooledTemporaryFile, and the tempdir / template settings.
# Written for twinpy.
#
# The temporary directory is the first usable of $TMPDIR, $TEMP, $TMP,
# /tmp, /var/tmp, /usr/tmp and the current directory (usable: a file can
# be created there).  Names are the prefix, 8 characters drawn at random
# from 'abcdefghijklmnopqrstuvwxyz0123456789_', and the suffix.
#
# Deviations: twinpy's os module has no os.open, so files are made with
# the built-in open() in exclusive-creation mode ('x'); their permission
# bits are then set to 0o600 with os.chmod.  mkstemp returns (fd, name)
# where fd is the descriptor of a file object kept open by this module
# (tempfile._held) until _release(fd) is called; use mkstemp's name with
# open() to read or write it.  TemporaryFile unlinks the file right after
# creating it, as CPython does on POSIX, but its name attribute is the
# former path, not a descriptor.  There is no implicit cleanup when a
# TemporaryDirectory is garbage collected (twinpy does not run __del__):
# use it as a context manager or call cleanup().  mkdtemp needs os.mkdir.
import os
import io
import sys
import errno as _errno
from random import Random as _Random
import _thread

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_lock = _thread.allocate_lock()
_held = {}


def _need(name):
    f = getattr(os, name, None)
    if f is None:
        raise NotImplementedError("tempfile: os.%s is not available" % name)
    return f


class _RandomNameSequence:
    """An endless iterator of 8-character random names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._pid = None
        self._rng = None

    @property
    def rng(self):
        pid = os.getpid()
        if pid != self._pid or self._rng is None:
            self._rng = _Random()
            self._pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_namer = None


def _get_namer():
    global _namer
    if _namer is None:
        with _lock:
            if _namer is None:
                _namer = _RandomNameSequence()
    return _namer


def _candidate_tempdir_list():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        d = os.getenv(envname)
        if d:
            dirlist.append(d)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    namer = _RandomNameSequence()
    for d in _candidate_tempdir_list():
        if d != os.curdir:
            d = os.path.abspath(d)
        for _ in range(100):
            filename = os.path.join(d, next(namer))
            try:
                with open(filename, 'xb') as f:
                    f.write(b'blat')
                os.unlink(filename)
                return d
            except FileExistsError:
                continue
            except PermissionError:
                if os.path.isdir(d):
                    break
                continue
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" %
                            _candidate_tempdir_list())


def gettempdir():
    """The directory where temporary files are made."""
    global tempdir
    if tempdir is None:
        with _lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return tempdir


def gettempprefix():
    return template


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir) if hasattr(os, 'fspath') else dir


def _private(path):
    chmod = getattr(os, 'chmod', None)
    if chmod is not None:
        chmod(path, 0o600)


def _create_file(dir, prefix, suffix, mode, open_kw):
    # make a new file with a fresh name; give (file object, path)
    namer = _get_namer()
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + next(namer) + suffix)
        try:
            f = open(name, mode, **open_kw)
        except FileExistsError:
            continue
        except PermissionError:
            if os.path.isdir(dir):
                continue
            raise
        _private(name)
        return f, name
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def _exclusive(mode):
    # the 'x' form of a 'w' or 'w+' mode
    if 'x' in mode:
        return mode
    if 'w' in mode:
        return mode.replace('w', 'x')
    if 'a' in mode:
        return mode.replace('a', 'x')
    if 'r' in mode:
        return mode.replace('r', 'x') + ('' if '+' in mode else '+')
    return 'x' + mode


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new file, readable and writable only by its owner; return
    (fd, absolute path).  See the module comment for fd."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    f, name = _create_file(dir, prefix, suffix, 'x' if text else 'xb', {})
    fd = f.fileno()
    _held[fd] = f
    return fd, os.path.abspath(name)


def _release(fd):
    """Close the file object behind a descriptor mkstemp returned."""
    f = _held.pop(fd, None)
    if f is not None:
        f.close()


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory only its owner may use; return its path."""
    mkdir = _need('mkdir')
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    namer = _get_namer()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + next(namer) + suffix)
        try:
            mkdir(file, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if os.path.isdir(dir):
                continue
            raise
        return os.path.abspath(file)
    raise FileExistsError(_errno.EEXIST,
                          "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (unsafe: someone may take it first)."""
    if dir is None:
        dir = gettempdir()
    namer = _get_namer()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + next(namer) + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a name, deleted on close when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def read(self, *a):
        return self.file.read(*a)

    def write(self, data):
        return self.file.write(data)

    def seek(self, *a):
        return self.file.seek(*a)

    def tell(self):
        return self.file.tell()

    def flush(self):
        return self.file.flush()


def _open_kw(buffering, encoding, newline, errors):
    kw = {}
    if buffering != -1:
        kw['buffering'] = buffering
    if encoding is not None:
        kw['encoding'] = encoding
    if newline is not None:
        kw['newline'] = newline
    if errors is not None:
        kw['errors'] = errors
    return kw


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), deleted on close
    when delete is true."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    f, name = _create_file(dir, prefix, suffix, _exclusive(mode),
                           _open_kw(buffering, encoding, newline, errors))
    return _TemporaryFileWrapper(f, os.path.abspath(name), delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file with no name in the file system."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    f, name = _create_file(dir, prefix, suffix, _exclusive(mode),
                           _open_kw(buffering, encoding, newline, errors))
    try:
        os.unlink(name)
    except OSError:
        f.close()
        raise
    return f


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past max_size (or
    fileno() is called), then moved to a real TemporaryFile."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self):
        if self._rolled:
            return
        if self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        newfile = TemporaryFile(**self._TemporaryFileArgs)
        old = self._file
        newfile.write(old.getvalue())
        newfile.seek(old.tell(), 0)
        self._file = newfile
        self._rolled = True

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()
        return False

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if self._max_size and size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        rv = self._file.write(s)
        self._check()
        return rv

    def writelines(self, iterable):
        for line in iterable:
            self.write(line)


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with its contents by
    cleanup() or at the end of a with block (which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        if self._done:
            return
        self._done = True
        import shutil
        if os.path.exists(self.name):
            shutil.rmtree(self.name,
                          ignore_errors=self._ignore_cleanup_errors)
