# unittest._pformat - pformat(obj): the text CPython's pprint.pformat gives
# (width 80, indent 1, dict keys sorted), which the failure messages of
# assertSequenceEqual and assertDictEqual diff line by line.  A repr that
# fits stays on one line; a longer dict, list, tuple or set gets one item a
# line and a long str or bytes is cut into pieces, as pprint does.
# Written for twinpy; private to unittest (there is no pprint module).
# Deviations: other containers (deques, dataclasses, namedtuples, ...) are
# always written as their repr.
import re

__unittest = True

_WIDTH = 80


class _Key(object):
    # orders values that may not be orderable (as pprint sorts dict keys)
    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _item_key(item):
    return (_Key(item[0]), _Key(item[1]))


def _recursion(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


def _srepr(obj, seen):
    t = type(obj)
    if t is dict or t is list or t is tuple:
        if not obj:
            return repr(obj)
        if id(obj) in seen:
            return _recursion(obj)
        seen.add(id(obj))
        try:
            if t is dict:
                parts = ['%s: %s' % (_srepr(k, seen), _srepr(v, seen))
                         for k, v in sorted(obj.items(), key=_item_key)]
                return '{%s}' % ', '.join(parts)
            parts = [_srepr(x, seen) for x in obj]
            if t is list:
                return '[%s]' % ', '.join(parts)
            if len(parts) == 1:
                return '(%s,)' % parts[0]
            return '(%s)' % ', '.join(parts)
        finally:
            seen.discard(id(obj))
    return repr(obj)


class _Printer(object):
    def __init__(self):
        self.out = []
        self.seen = set()

    def format(self, obj, indent, allowance, level):
        if id(obj) in self.seen:
            self.out.append(_recursion(obj))
            return
        rep = _srepr(obj, self.seen)
        t = type(obj)
        if len(rep) > _WIDTH - indent - allowance:
            fn = self._long.get(t)
            if fn is not None:
                self.seen.add(id(obj))
                try:
                    fn(self, obj, indent, allowance, level + 1)
                finally:
                    self.seen.discard(id(obj))
                return
        self.out.append(rep)

    def _items(self, items, indent, allowance, level):
        # one item a line; the last one leaves room for the closing text
        indent += 1
        sep = ',\n' + ' ' * indent
        n = len(items)
        for pos, item in enumerate(items):
            if pos:
                self.out.append(sep)
            self.format(item, indent, allowance if pos == n - 1 else 1, level)

    def _dict(self, obj, indent, allowance, level):
        self.out.append('{')
        items = sorted(obj.items(), key=_item_key)
        indent += 1
        sep = ',\n' + ' ' * indent
        n = len(items)
        for pos, (k, v) in enumerate(items):
            krep = _srepr(k, self.seen)
            self.out.append(krep + ': ')
            self.format(v, indent + len(krep) + 2,
                        allowance + 1 if pos == n - 1 else 1, level)
            if pos != n - 1:
                self.out.append(sep)
        self.out.append('}')

    def _list(self, obj, indent, allowance, level):
        self.out.append('[')
        self._items(list(obj), indent, allowance + 1, level)
        self.out.append(']')

    def _tuple(self, obj, indent, allowance, level):
        end = ',)' if len(obj) == 1 else ')'
        self.out.append('(')
        self._items(list(obj), indent, allowance + len(end), level)
        self.out.append(end)

    def _set(self, obj, indent, allowance, level):
        if not obj:
            self.out.append(repr(obj))
            return
        self.out.append('{')
        self._items(sorted(obj, key=_Key), indent, allowance + 1, level)
        self.out.append('}')

    def _str(self, obj, indent, allowance, level):
        if not obj:
            self.out.append(repr(obj))
            return
        if level == 1:
            indent += 1
            allowance += 1
        room = _WIDTH - indent
        pieces = []
        lines = obj.splitlines(True)
        for n, line in enumerate(lines):
            rep = repr(line)
            last_line = n == len(lines) - 1
            if len(rep) <= (room - allowance if last_line else room):
                pieces.append(rep)
                continue
            # cut the line after runs of blanks
            words = re.findall(r'\S*\s*', line)
            words.pop()
            cur = ''
            limit = room
            for m, w in enumerate(words):
                cand = cur + w
                if last_line and m == len(words) - 1:
                    limit -= allowance
                if len(repr(cand)) > limit:
                    if cur:
                        pieces.append(repr(cur))
                    cur = w
                else:
                    cur = cand
            if cur:
                pieces.append(repr(cur))
        if len(pieces) == 1:
            self.out.append(repr(obj))
            return
        self._pieces(pieces, indent, level)

    def _bytes(self, obj, indent, allowance, level):
        if len(obj) <= 4:
            self.out.append(repr(obj))
            return
        if level == 1:
            indent += 1
            allowance += 1
        room = _WIDTH - indent
        pieces = []
        cur = b''
        last = len(obj) // 4 * 4
        for i in range(0, len(obj), 4):
            part = obj[i:i + 4]
            cand = cur + part
            if i == last:
                room -= allowance
            if len(repr(cand)) > room:
                if cur:
                    pieces.append(repr(cur))
                cur = part
            else:
                cur = cand
        if cur:
            pieces.append(repr(cur))
        self._pieces(pieces, indent, level)

    def _pieces(self, pieces, indent, level):
        if level == 1:
            self.out.append('(')
        self.out.append(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            self.out.append(')')

    _long = {dict: _dict, list: _list, tuple: _tuple, set: _set, str: _str,
             bytes: _bytes}


def pformat(obj):
    p = _Printer()
    p.format(obj, 0, 0, 0)
    return ''.join(p.out)
