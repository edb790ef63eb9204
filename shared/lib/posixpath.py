# posixpath - the POSIX flavour of os.path, as CPython's posixpath module
# (3.11): normpath, abspath, relpath, split, splitext, splitdrive, join,
# basename, dirname, isabs, commonpath, commonprefix, expanduser,
# expandvars, normcase, realpath, the constants sep, altsep, extsep,
# pathsep, curdir, pardir, defpath, devnull, and the file queries exists,
# lexists, isfile, isdir (plus getsize, getmtime, getatime, getctime only
# when the C os module has stat). Written for twinpy.
#
# Deviations: str paths only (CPython also takes bytes); os.PathLike
# objects are accepted through __fspath__. realpath does not resolve
# symbolic links: it is abspath (normalised). expanduser expands "~" from
# HOME only; "~user" is left unchanged (there is no pwd module). ismount is
# not provided. exists/isfile/isdir call the C os.path functions; lexists
# and islink use os.lstat.
import os as _os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "exists", "lexists",
           "isfile", "isdir", "islink", "expanduser", "expandvars",
           "normpath", "abspath", "curdir", "pardir", "sep", "pathsep",
           "defpath", "altsep", "extsep", "devnull", "realpath",
           "relpath", "commonpath", "supports_unicode_filenames"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, str):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is not None:
        r = f(p)
        if isinstance(r, str):
            return r
        raise TypeError("expected %s.__fspath__() to return str, not %s"
                        % (type(p).__name__, type(r).__name__))
    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                    % type(p).__name__)


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith('/')


def join(a, *p):
    path = _fspath(a)
    for piece in p:
        piece = _fspath(piece)
        if piece.startswith('/'):
            path = piece
        elif not path or path.endswith('/'):
            path = path + piece
        else:
            path = path + '/' + piece
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        # the dot must follow at least one non-dot character of the name
        k = slash + 1
        while k < dot:
            if p[k] != '.':
                return p[:dot], p[dot:]
            k += 1
    return p, ''


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def _call_c(name, path):
    # the C module's file test; a wrong type is its TypeError, as in CPython
    f = getattr(_os._path_c, name)  # the C module's file tests (os.path is this module)
    if not isinstance(path, (str, bytes)) and hasattr(path, '__fspath__'):
        path = path.__fspath__()
    try:
        return bool(f(path))
    except (OSError, ValueError):
        return False


def exists(path):
    return _call_c('exists', path)


def lexists(path):
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    return _call_c('isfile', path)


def isdir(s):
    return _call_c('isdir', s)


def islink(path):
    try:
        return _os.lstat(path).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError, AttributeError):
        return False


if hasattr(_os, 'stat'):
    def getsize(filename):
        return _os.stat(filename).st_size

    def getmtime(filename):
        return _os.stat(filename).st_mtime

    def getatime(filename):
        return _os.stat(filename).st_atime

    def getctime(filename):
        return _os.stat(filename).st_ctime

    __all__ += ["getsize", "getmtime", "getatime", "getctime"]


def commonprefix(m):
    if not m:
        return ''
    m = [_fspath(x) for x in m]
    lo = min(m)
    hi = max(m)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path          # ~user: no password database here
    home = _os.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def _is_name_char(c):
    return c == '_' or c.isalnum() and c.isascii()


def expandvars(path):
    path = _fspath(path)
    if '$' not in path:
        return path
    env = _os.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and _is_name_char(path[j]):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def normpath(path):
    path = _fspath(path)
    if not path:
        return '.'
    initial = 0
    if path.startswith('/'):
        initial = 1
        if path.startswith('//') and not path.startswith('///'):
            initial = 2
    comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not comps) or \
                (comps and comps[-1] == '..'):
            comps.append(comp)
        elif comps:
            comps.pop()
    result = '/' * initial + '/'.join(comps)
    return result or '.'


def abspath(path):
    path = _fspath(path)
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    # no readlink in the C os module: symbolic links are not followed
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    start = curdir if start is None else _fspath(start)
    if not start:
        raise ValueError("no path specified")
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = 0
    while i < len(start_list) and i < len(path_list) and \
            start_list[i] == path_list[i]:
        i += 1
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return join(*rel)


def commonpath(paths):
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absflags = set(p.startswith('/') for p in paths)
    if len(absflags) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.']
                   for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            common = lo[:i]
            break
    prefix = '/' if paths[0].startswith('/') else ''
    return prefix + '/'.join(common)
