# fnmatch - shell-style wildcard matching of file names, as CPython's
# fnmatch module (3.11): fnmatch, fnmatchcase, filter and translate.
# Written for twinpy.
#
# Patterns: '*' matches any run of characters, '?' one character, '[seq]'
# one character in seq, '[!seq]' one not in seq.  translate() gives the
# same regular expression text as CPython 3.11 (a run of '*' between fixed
# parts becomes an atomic group, the result is wrapped in '(?s:...)\Z').
# Compiled patterns are cached per pattern string.
#
# Deviations: bytes patterns are not supported (twinpy's re is str only);
# the cache is a plain dict, emptied when it grows past 256 entries.
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 256


def _compiled(pat):
    m = _cache.get(pat)
    if m is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        m = re.compile(translate(pat)).match
        _cache[pat] = m
    return m


def fnmatch(name, pat):
    """Test whether name matches pat, normalising case as the OS does."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Test whether name matches pat, comparing case exactly."""
    return _compiled(pat)(name) is not None


def filter(names, pat):
    """Return the members of names that match pat."""
    pat = os.path.normcase(pat)
    match = _compiled(pat)
    result = []
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


_STAR = object()


def _bracket(pat, start, close):
    # pat[start:close] is the text between '[' and ']'.  Give the body of
    # the regular-expression class, or '' for a set that matches nothing.
    body = pat[start:close]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # Split at each '-' that joins two characters of a range; a '-'
        # right after '[' or '[!', or right after a range, is literal.
        pieces = []
        left = start
        look = start + 2 if pat[start] == '!' else start + 1
        while True:
            dash = pat.find('-', look, close)
            if dash < 0:
                break
            pieces.append(pat[left:dash])
            left = dash + 1
            look = dash + 3
        last = pat[left:close]
        if last:
            pieces.append(last)
        else:
            pieces[-1] = pieces[-1] + '-'
        # A range whose ends are in the wrong order matches nothing: drop it.
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        body = '-'.join([p.replace('\\', '\\\\').replace('-', '\\-')
                         for p in pieces])
    # Characters that may one day mean set operations are escaped.
    out = []
    for c in body:
        if c in '&~|':
            out.append('\\')
        out.append(c)
    return ''.join(out)


def translate(pat):
    """Return the regular expression text that matches what pat matches."""
    parts = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
                continue
            body = _bracket(pat, i, j)
            i = j + 1
            if not body:
                parts.append('(?!)')
            elif body == '!':
                parts.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in '^[':
                    body = '\\' + body
                parts.append('[' + body + ']')
        else:
            parts.append(re.escape(c))
    # Fixed text before the first star stays as it is; each star followed
    # by fixed text and another star becomes an atomic lazy group.
    res = []
    k = 0
    m = len(parts)
    while k < m and parts[k] is not _STAR:
        res.append(parts[k])
        k += 1
    while k < m:
        k += 1          # skip the star
        if k == m:
            res.append('.*')
            break
        fixed = []
        while k < m and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == m:
            res.append('.*')
            res.append(fixed)
        else:
            res.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(res) + ')\\Z'
