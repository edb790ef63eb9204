# glob - file names matching shell-style patterns, as CPython's glob module
# (3.11): glob, iglob (recursive '**', root_dir, include_hidden), has_magic
# and escape.  Written for twinpy.
#
# Each path component holding '*', '?' or '[' is matched with fnmatch
# against the names of a directory; other components are tested for
# existence.  With recursive=True a component that is exactly '**'
# matches zero or more directories (and, as the last component, files).
# Names starting with '.' match only a pattern starting with '.', unless
# include_hidden is true.  Results come in directory order (unsorted).
#
# Deviations: str patterns only; dir_fd is not supported (a value other
# than None raises NotImplementedError).  Directories are read with
# os.scandir when the os module has it, else os.listdir and os.path.isdir.
import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of the paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator over the paths matching pathname."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported")
    pathname = os.fspath(pathname) if hasattr(os, 'fspath') else pathname
    if root_dir is not None:
        root_dir = os.fspath(root_dir) if hasattr(os, 'fspath') else root_dir
    return _results(pathname, root_dir, recursive, include_hidden)


def _results(pathname, root_dir, recursive, include_hidden):
    it = _walk_pattern(pathname, root_dir, recursive, False, include_hidden)
    # A bare '**' (or '**/...') first yields the empty name for the top
    # directory itself; glob does not report it.
    if not pathname or (recursive and pathname[:2] == '**'):
        first = next(it, None)
        if first is None:
            return
        if first:
            yield first
    yield from it


def _hidden(name):
    return name[0] == '.'


def _join(a, b):
    if not a or not b:
        return a or b
    return os.path.join(a, b)


def _lexists(path):
    if hasattr(os, 'lstat'):
        try:
            os.lstat(path)
        except (OSError, ValueError):
            return False
        return True
    return os.path.exists(path)


def _isdir(path):
    return os.path.isdir(path)


def _names(dirname, dironly):
    # The names in dirname ('' or None: the current directory); errors
    # reading it give no names.
    where = dirname or os.curdir
    if hasattr(os, 'scandir'):
        try:
            it = os.scandir(where)
            result = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        result.append(entry.name)
                except OSError:
                    pass
            close = getattr(it, 'close', None)
            if close is not None:
                close()
            return result
        except OSError:
            return []
    try:
        names = os.listdir(where)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(where, n))]
    return names


def _walk_pattern(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from _match_recursive(root_dir, basename, dironly,
                                        include_hidden)
        else:
            yield from _match_magic(root_dir, basename, dironly,
                                    include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _walk_pattern(dirname, root_dir, recursive, True,
                             include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == '**':
            matcher = _match_recursive
        else:
            matcher = _match_magic
    else:
        matcher = _match_literal
    for d in dirs:
        for name in matcher(_join(root_dir, d), basename, dironly,
                            include_hidden):
            yield os.path.join(d, name)


def _match_magic(dirname, pattern, dironly, include_hidden):
    names = _names(dirname, dironly)
    if not include_hidden and not _hidden(pattern):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _match_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _match_recursive(dirname, pattern, dironly, include_hidden):
    if not dirname or _isdir(dirname):
        yield pattern[:0]
    yield from _below(dirname, dironly, include_hidden)


def _below(dirname, dironly, include_hidden):
    for name in _names(dirname, dironly):
        if include_hidden or not _hidden(name):
            yield name
            sub = _join(dirname, name) if dirname else name
            for rest in _below(sub, dironly, include_hidden):
                yield _join(name, rest)


def _has_magic_chars(s):
    for c in s:
        if c == '*' or c == '?' or c == '[':
            return True
    return False


def has_magic(s):
    """Tell whether s holds any of the wildcard characters * ? [."""
    return _has_magic_chars(s)


def escape(pathname):
    """Quote the wildcard characters of pathname (not its drive)."""
    drive, rest = os.path.splitdrive(pathname)
    out = []
    for c in rest:
        if c == '*' or c == '?' or c == '[':
            out.append('[' + c + ']')
        else:
            out.append(c)
    return drive + ''.join(out)


