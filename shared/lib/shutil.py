# shutil - high-level file operations, as CPython's shutil module (3.11):
# copyfileobj, copyfile, copymode, copystat, copy, copy2, ignore_patterns,
# copytree, rmtree, move, which, disk_usage, get_terminal_size, and the
# exceptions Error, SameFileError, SpecialFileError.  Written for twinpy.
#
# Each function that needs an os call the os module lacks raises
# NotImplementedError naming that call.
#
# Deviations: copystat copies the permission bits only (there is no
# os.utime, so times are not copied; no extended attributes or flags).
# which() checks the execute bits of os.stat when os.access is missing.
# disk_usage needs os.statvfs.  make_archive, unpack_archive, chown and
# the archive registry are not provided.  rmtree's onerror gets
# sys.exc_info() as in CPython; there is no onexc (3.12).
import os
import sys
import stat
import fnmatch
import collections

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy",
           "copy2", "copytree", "move", "rmtree", "Error",
           "SpecialFileError", "ignore_patterns", "which", "disk_usage",
           "get_terminal_size", "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when copying a named pipe or other special file."""


def _need(name):
    f = getattr(os, name, None)
    if f is None:
        raise NotImplementedError("shutil: os.%s is not available" % name)
    return f


def _fspath(p):
    return os.fspath(p) if hasattr(os, 'fspath') else p


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file object fsrc to fdst, in chunks."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    try:
        a = os.stat(src)
        b = os.stat(dst)
    except (OSError, AttributeError):
        return (os.path.normcase(os.path.abspath(src)) ==
                os.path.normcase(os.path.abspath(dst)))
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def _islink(path):
    return os.path.islink(path)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file src to file dst; return dst."""
    src = _fspath(src)
    dst = _fspath(dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for fn in (src, dst):
        try:
            st = os.stat(fn)
        except (OSError, AttributeError):
            continue
        if stat.S_ISFIFO(st.st_mode):
            raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and _islink(src):
        _need('symlink')(_need('readlink')(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    if not follow_symlinks and _islink(src) and _islink(dst):
        return      # Linux cannot change a link's own mode
    chmod = _need('chmod')
    st = _need('stat')(src)
    chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the metadata of src to dst (here: the permission bits)."""
    if not follow_symlinks and _islink(src) and _islink(dst):
        return
    st = _need('stat')(src)
    utime = getattr(os, 'utime', None)
    if utime is not None:
        try:
            utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
        except (AttributeError, TypeError):
            utime(dst, (st.st_atime, st.st_mtime))
    _need('chmod')(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits; dst may be a directory.  Return the copy."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata; dst may be a directory.  Return the copy."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A copytree ignore function that skips names matching patterns."""
    def _ignore(path, names):
        skip = []
        for pattern in patterns:
            skip.extend(fnmatch.filter(names, pattern))
        return set(skip)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the tree at src to dst (made here); return dst."""
    src = _fspath(src)
    dst = _fspath(dst)
    names = sorted(os.listdir(src))
    ignored = ignore(src, names) if ignore is not None else ()
    _need('makedirs')(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if _islink(s):
                target = _need('readlink')(s)
                if symlinks:
                    _need('symlink')(target, d)
                    continue
                if not os.path.exists(s):
                    if ignore_dangling_symlinks:
                        continue
                if os.path.isdir(s):
                    copytree(s, d, symlinks, ignore, copy_function,
                             ignore_dangling_symlinks, dirs_exist_ok)
                else:
                    copy_function(s, d)
            elif os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete the directory tree at path."""
    path = _fspath(path)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if _islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree_inside(path, onerror)


def _rmtree_inside(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not _islink(full):
            _rmtree_inside(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        _need('rmdir')(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    return os.path.basename(path.rstrip(os.sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move the file or tree src to dst; return the final path."""
    src = _fspath(src)
    dst = _fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            _need('rename')(src, dst)
            return real_dst
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        _need('rename')(src, real_dst)
    except OSError:
        if _islink(src):
            _need('symlink')(_need('readlink')(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself"
                            " '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function,
                     symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _executable(fn, mode):
    if os.path.isdir(fn) or not os.path.exists(fn):
        return False
    access = getattr(os, 'access', None)
    if access is not None:
        return access(fn, mode)
    try:
        m = os.stat(fn).st_mode
    except (OSError, AttributeError):
        return False
    if mode & 1:
        return bool(m & 0o111)
    return True


F_OK = getattr(os, 'F_OK', 0)
X_OK = getattr(os, 'X_OK', 1)


def which(cmd, mode=F_OK | X_OK, path=None):
    """The path of the executable cmd found on PATH, or None."""
    if os.path.dirname(cmd):
        return cmd if _executable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath if hasattr(os, 'defpath') else os.path.defpath
    if not path:
        return None
    seen = []
    for d in path.split(os.pathsep):
        nd = os.path.normcase(d)
        if nd in seen:
            continue
        seen.append(nd)
        name = os.path.join(d, cmd)
        if _executable(name, mode):
            return name
    return None


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path."""
    st = _need('statvfs')(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


if hasattr(os, 'terminal_size'):
    _terminal_size = os.terminal_size
else:
    _terminal_size = collections.namedtuple('terminal_size',
                                            'columns lines')


def get_terminal_size(fallback=(80, 24)):
    """Columns and lines of the terminal: $COLUMNS/$LINES, then the
    terminal on standard output, then fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError, TypeError):
            size = _terminal_size(fallback)
        if columns <= 0:
            columns = size[0] or fallback[0]
        if lines <= 0:
            lines = size[1] or fallback[1]
    return _terminal_size((columns, lines))
