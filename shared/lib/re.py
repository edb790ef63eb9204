# re: regular expressions over str, with a backtracking engine.
#
# A pattern is parsed into a tree of tuples, compiled into a list of
# instructions, and run by a loop that keeps its choice points on an
# explicit stack (so long strings do not use deep recursion).  All
# matching state lives in the call: compiled patterns may be shared by
# threads.  Bytes patterns are not supported.

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split',
           'findall', 'finditer', 'compile', 'purge', 'escape', 'error',
           'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'DEBUG']

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAGNAMES = [(TEMPLATE, 'TEMPLATE'), (IGNORECASE, 'IGNORECASE'),
              (LOCALE, 'LOCALE'), (MULTILINE, 'MULTILINE'),
              (DOTALL, 'DOTALL'), (UNICODE, 'UNICODE'),
              (VERBOSE, 'VERBOSE'), (DEBUG, 'DEBUG'), (ASCII, 'ASCII')]
_INLINE = {'i': I, 'L': L, 'm': M, 's': S, 'x': X, 'a': A, 'u': U}


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - (pattern.rfind('\n', 0, pos) + 1) + 1
            if '\n' in pattern:
                msg = '%s at position %d (line %d, column %d)' % (
                    msg, pos, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        Exception.__init__(self, msg)


# ---------------------------------------------------------------- chars

def _word_u(c):
    return c.isalnum() or c == '_'


def _word_a(c):
    return c < '\x80' and (c.isalnum() or c == '_')


def _digit_u(c):
    return c.isdecimal()


def _digit_a(c):
    return '0' <= c <= '9'


def _space_u(c):
    return c.isspace()


def _space_a(c):
    return c in ' \t\n\r\x0b\x0c'


def _not(f):
    return lambda c: not f(c)


def _category(letter, flags):
    asc = flags & A
    low = letter.lower()
    if low == 'd':
        f = _digit_a if asc else _digit_u
    elif low == 'w':
        f = _word_a if asc else _word_u
    else:
        f = _space_a if asc else _space_u
    if letter != low:
        return _not(f)
    return f


def _icase(flags):
    # how letters compare: 0 exactly, 1 ignoring case, 2 ignoring the
    # case of ASCII letters only
    if not flags & I:
        return 0
    return 2 if flags & A else 1


def _fold(ch):
    # a character's simple lower case
    lo = ch.lower()
    if len(lo) != 1:
        return 'i' if ch == '\u0130' else ch
    return lo


def _fold_a(ch):
    return ch.lower() if ch < '\x80' else ch


def _icase_char(c, mode):
    if mode == 2:
        fc = _fold_a(c)
        return lambda ch: ch == c or _fold_a(ch) == fc
    fc = _fold(c)
    uc = fc.upper()
    return lambda ch: ch == c or _fold(ch) == fc or _fold(ch).upper() == uc


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
            't': '\t', 'v': '\v', '\\': '\\'}
_OCT = '01234567'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_MAXREPEAT = 4294967295


# ---------------------------------------------------------------- parser
#
# Nodes: ('lit', c, icase)  ('pred', f)  ('any', dotall)
#        ('seq', [nodes])   ('alt', [nodes])   ('group', n, node)
#        ('rep', node, min, max, greedy)   ('assert', kind)
#        ('backref', n, icase)   ('look', node, behind, neg)
#        ('atomic', node)   ('cond', n, yes, no)

class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.groups = 1          # groups opened so far, plus group 0
        self.groupindex = {}
        self.open = []
        self.depth = 0

    def error(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        if self.i < self.n:
            return self.p[self.i]
        return None

    def skip_verbose(self):
        p = self.p
        while self.i < self.n:
            c = p[self.i]
            if c in ' \t\n\r\x0b\x0c':
                self.i += 1
            elif c == '#':
                while self.i < self.n and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.parse_alt(True)
        if self.i < self.n:
            if self.p[self.i] == ')':
                self.error('unbalanced parenthesis')
            self.error('internal parse error')
        return node

    def parse_alt(self, top=False):
        alts = [self.parse_seq(top)]
        while self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            alts.append(self.parse_seq(False))
        if len(alts) == 1:
            return alts[0]
        return ('alt', alts)

    def parse_seq(self, top):
        items = []
        reps = []       # parallel: 'q' after a quantifier, 'at' for an anchor
        p = self.p
        while True:
            if self.flags & X:
                self.skip_verbose()
            if self.i >= self.n:
                break
            here = self.i
            c = p[self.i]
            if c == '|' or c == ')':
                break
            if c in '*+?{':
                q = self.parse_quant()
                if q is None:           # '{' that is not a repeat
                    self.i += 1
                    items.append(('lit', '{', _icase(self.flags)))
                    reps.append('')
                    continue
                lo, hi = q
                if not items or reps[-1] == 'at':
                    self.error('nothing to repeat', here)
                if reps[-1] == 'q':
                    self.error('multiple repeat', here)
                greedy = True
                possessive = False
                if self.i < self.n and p[self.i] == '?':
                    self.i += 1
                    greedy = False
                elif self.i < self.n and p[self.i] == '+':
                    self.i += 1
                    possessive = True
                node = ('rep', items[-1], lo, hi, greedy)
                if possessive:
                    node = ('atomic', node)
                items[-1] = node
                reps[-1] = 'q'
                continue
            self.i += 1
            if c == '(':
                node = self.parse_group(here, top and not items)
                if node is None:        # a comment or global flags
                    continue
            elif c == '[':
                node = self.parse_class(here)
            elif c == '.':
                node = ('any', bool(self.flags & S))
            elif c == '^':
                node = ('assert', 'bolm' if self.flags & M else 'bol')
            elif c == '$':
                node = ('assert', 'eolm' if self.flags & M else 'eol')
            elif c == '\\':
                node = self.parse_escape(here)
            else:
                node = ('lit', c, _icase(self.flags))
            items.append(node)
            reps.append('at' if c != '(' and node[0] == 'assert' else '')
        if len(items) == 1:
            return items[0]
        return ('seq', items)

    def parse_quant(self):
        p = self.p
        c = p[self.i]
        if c == '*':
            self.i += 1
            return 0, _MAXREPEAT
        if c == '+':
            self.i += 1
            return 1, _MAXREPEAT
        if c == '?':
            self.i += 1
            return 0, 1
        # '{'
        j = self.i + 1
        if j < self.n and p[j] == '}':
            return None
        k = j
        while k < self.n and p[k] in _DIGITS:
            k += 1
        lo = p[j:k]
        if k < self.n and p[k] == ',':
            k += 1
            m = k
            while k < self.n and p[k] in _DIGITS:
                k += 1
            hi = p[m:k]
        else:
            hi = lo
        if k >= self.n or p[k] != '}':
            return None
        self.i = k + 1
        mn = int(lo) if lo else 0
        mx = int(hi) if hi else _MAXREPEAT
        if mn >= _MAXREPEAT or mx > _MAXREPEAT:
            raise OverflowError('the repetition number is too large')
        if mx < mn:
            self.error('min repeat greater than max repeat', j)
        return mn, mx

    def get_name(self, term, what):
        p = self.p
        j = self.p.find(term, self.i)
        if j < 0:
            if self.i >= self.n:
                self.error('missing ' + what)
            self.error('missing %s, unterminated name' % term)
        name = p[self.i:j]
        if not name:
            self.error('missing ' + what)
        start = self.i
        self.i = j + 1
        return name, start

    def check_name(self, name, start):
        if not name.isidentifier():
            self.error('bad character in group name %r' % name, start)

    def parse_group(self, here, at_start):
        p = self.p
        group = 0
        name = None
        if self.i < self.n and p[self.i] == '?':
            self.i += 1
            if self.i >= self.n:
                self.error('unexpected end of pattern')
            c = p[self.i]
            self.i += 1
            if c == 'P':
                if self.i < self.n and p[self.i] == '<':
                    self.i += 1
                    name, start = self.get_name('>', 'group name')
                    self.check_name(name, start)
                    group = 1
                elif self.i < self.n and p[self.i] == '=':
                    self.i += 1
                    name, start = self.get_name(')', 'group name')
                    self.check_name(name, start)
                    if name not in self.groupindex:
                        self.error('unknown group name %r' % name, start)
                    g = self.groupindex[name]
                    if g in self.open:
                        self.error('cannot refer to an open group', start)
                    return ('backref', g, _icase(self.flags))
                else:
                    if self.i >= self.n:
                        self.error('unexpected end of pattern')
                    self.error('unknown extension ?P' + p[self.i], self.i - 2)
            elif c == ':':
                return self.parse_tail(here, self.parse_alt())
            elif c == '>':
                return ('atomic', self.parse_tail(here, self.parse_alt()))
            elif c == '#':
                j = p.find(')', self.i)
                if j < 0:
                    self.error('missing ), unterminated comment', here)
                self.i = j + 1
                return None
            elif c == '=' or c == '!':
                node = self.parse_tail(here, self.parse_alt())
                return ('look', node, 0, c == '!')
            elif c == '<':
                if self.i >= self.n:
                    self.error('unexpected end of pattern')
                d = p[self.i]
                if d != '=' and d != '!':
                    self.error('unknown extension ?<' + d, self.i - 2)
                self.i += 1
                node = self.parse_tail(here, self.parse_alt())
                lo, hi = _width(node)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', node, lo if lo else -1, d == '!')
            elif c == '(':
                return self.parse_cond(here)
            elif c in _INLINE or c == '-':
                return self.parse_flags(here, c, at_start)
            else:
                self.error('unknown extension ?' + c, self.i - 2)
        # a capturing group
        n = self.groups
        self.groups += 1
        if name is not None:
            if name in self.groupindex:
                self.error('redefinition of group name %r as group %d; '
                           'was group %d' % (name, n, self.groupindex[name]),
                           start)
            self.groupindex[name] = n
        self.open.append(n)
        node = self.parse_tail(here, self.parse_alt())
        self.open.remove(n)
        return ('group', n, node)

    def parse_tail(self, here, node):
        if self.i >= self.n or self.p[self.i] != ')':
            self.error('missing ), unterminated subpattern', here)
        self.i += 1
        return node

    def parse_cond(self, here):
        name, start = self.get_name(')', 'group name')
        if name.isidentifier():
            if name not in self.groupindex:
                self.error('unknown group name %r' % name, start)
            g = self.groupindex[name]
        else:
            g = _group_number(name)
            if g is None:
                self.error('bad character in group name %r' % name, start)
            if g == 0:
                self.error('bad group number', start)
        saved = self.groups
        yes = self.parse_seq(False)
        no = ('seq', [])
        if self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            no = self.parse_seq(False)
            if self.i < self.n and self.p[self.i] == '|':
                self.error('conditional backref with more than two branches')
        node = self.parse_tail(here, ('cond', g, yes, no))
        if g >= self.groups:
            self.error('invalid group reference %d' % g, start)
        return node

    def parse_flags(self, here, c, at_start):
        p = self.p
        on = 0
        off = 0
        self.i -= 1
        while self.i < self.n and p[self.i] in _INLINE:
            on |= _INLINE[p[self.i]]
            self.i += 1
        if self.i < self.n and p[self.i] == '-':
            self.i += 1
            while self.i < self.n and p[self.i] in _INLINE:
                f = _INLINE[p[self.i]]
                if f & (A | L | U):
                    self.error('bad inline flags: cannot turn off flags '
                               "'a', 'u' and 'L'")
                off |= f
                self.i += 1
            if not off:
                if self.i >= self.n:
                    self.error('missing flag')
                self.error('missing flag')
        if self.i >= self.n:
            self.error('missing -, : or )')
        d = p[self.i]
        if d == ')' and not off:
            self.i += 1
            if not at_start:
                self.error('global flags not at the start of the '
                           'expression', here)
            self.flags |= on
            return None
        if d != ':':
            if d in _ASCII_LETTERS:
                self.error('unknown flag', self.i)
            self.error('missing -, : or )', self.i)
        self.i += 1
        old = self.flags
        self.flags = (self.flags | on) & ~off
        node = self.parse_alt()
        self.flags = old
        return self.parse_tail(here, node)

    def parse_escape(self, here):
        p = self.p
        if self.i >= self.n:
            self.error('bad escape (end of pattern)', here)
        c = p[self.i]
        self.i += 1
        icase = _icase(self.flags)
        if c in 'dDwWsS':
            return ('pred', _category(c, self.flags))
        if c == 'b':
            return ('assert', 'b' if not self.flags & A else 'ba')
        if c == 'B':
            return ('assert', 'B' if not self.flags & A else 'Ba')
        if c == 'A':
            return ('assert', 'A')
        if c == 'Z':
            return ('assert', 'Z')
        if c == '0':
            v = c
            while len(v) < 3 and self.i < self.n and p[self.i] in _OCT:
                v += p[self.i]
                self.i += 1
            return ('lit', chr(int(v, 8)), icase)
        if c in _DIGITS:
            v = c
            if self.i < self.n and p[self.i] in _DIGITS:
                v += p[self.i]
                self.i += 1
                if (v[0] in _OCT and v[1] in _OCT and self.i < self.n
                        and p[self.i] in _OCT):
                    v += p[self.i]
                    self.i += 1
                    code = int(v, 8)
                    if code > 0o377:
                        self.error('octal escape value \\%s outside of '
                                   'range 0-0o377' % v, here)
                    return ('lit', chr(code), icase)
            g = int(v)
            if g < self.groups:
                if g in self.open:
                    self.error('cannot refer to an open group', here)
                return ('backref', g, icase)
            self.error('invalid group reference %d' % g, here + 1)
        ch = self.simple_escape(c, here)
        return ('lit', ch, icase)

    def simple_escape(self, c, here):
        # the escapes shared by patterns and classes
        p = self.p
        if c in 'xuU':
            size = {'x': 2, 'u': 4, 'U': 8}[c]
            v = p[self.i:self.i + size]
            if len(v) != size or any(d not in _HEX for d in v):
                self.error('incomplete escape \\%s%s' % (c, v), here)
            self.i += size
            code = int(v, 16)
            if code > 0x10ffff:
                self.error('bad escape \\%s%s' % (c, v), here)
            return chr(code)
        if c in _ESCAPES:
            return _ESCAPES[c]
        if c in _ASCII_LETTERS:
            self.error('bad escape \\' + c, here)
        return c

    def parse_class(self, here):
        p = self.p
        icase = _icase(self.flags)
        neg = False
        if self.i < self.n and p[self.i] == '^':
            neg = True
            self.i += 1
        chars = []
        ranges = []
        preds = []
        first = True
        while True:
            if self.i >= self.n:
                self.error('unterminated character set', here)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            start = self.i
            lo = self.class_item()
            if (self.i + 1 < self.n and p[self.i] == '-'
                    and p[self.i + 1] != ']'):
                self.i += 1
                hi = self.class_item()
                if not isinstance(lo, str) or not isinstance(hi, str):
                    self.error('bad character range %s' %
                               p[start:self.i], start)
                if hi < lo:
                    self.error('bad character range %s' %
                               p[start:self.i], start)
                ranges.append((lo, hi))
            elif isinstance(lo, str):
                chars.append(lo)
            else:
                preds.append(lo)
        return ('pred', _make_class(chars, ranges, preds, neg, icase))

    def class_item(self):
        # one character (a str) or a category predicate
        p = self.p
        c = p[self.i]
        here = self.i
        self.i += 1
        if c != '\\':
            return c
        if self.i >= self.n:
            self.error('bad escape (end of pattern)', here)
        c = p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return _category(c, self.flags)
        if c == 'b':
            return '\b'
        if c in _OCT:
            v = c
            while len(v) < 3 and self.i < self.n and p[self.i] in _OCT:
                v += p[self.i]
                self.i += 1
            code = int(v, 8)
            if code > 0o377:
                self.error('octal escape value \\%s outside of '
                           'range 0-0o377' % v, here)
            return chr(code)
        if c in _DIGITS:
            self.error('bad escape \\' + c, here)
        return self.simple_escape(c, here)


def _make_class(chars, ranges, preds, neg, icase):
    cs = set(chars)
    folds = set()
    ups = set()
    if icase == 1:
        for c in chars:
            f = _fold(c)
            folds.add(f)
            ups.add(f.upper())
    elif icase == 2:
        for c in chars:
            folds.add(_fold_a(c))

    def test(ch):
        if ch in cs:
            return not neg
        if icase:
            f = _fold(ch) if icase == 1 else _fold_a(ch)
            if f in folds:
                return not neg
            if icase == 1:
                u = f.upper()
                if u in ups:
                    return not neg
                if len(u) != 1:
                    u = f
                g = _fold(u)
            else:
                u = f.upper() if f < '\x80' else f
                g = f
        for lo, hi in ranges:
            if lo <= ch <= hi:
                return not neg
            if icase and (lo <= f <= hi or lo <= u <= hi or lo <= g <= hi):
                return not neg
        for f in preds:
            if f(ch):
                return not neg
        return neg
    return test


def _width(node):
    # (min, max) characters a node can match; max None for no limit
    k = node[0]
    if k in ('lit', 'pred', 'any'):
        return 1, 1
    if k == 'seq':
        lo = 0
        hi = 0
        for x in node[1]:
            a, b = _width(x)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if k == 'alt':
        ws = [_width(x) for x in node[1]]
        lo = min(w[0] for w in ws)
        hi = 0
        for w in ws:
            if w[1] is None:
                hi = None
                break
            hi = max(hi, w[1])
        return lo, hi
    if k == 'group':
        return _width(node[2])
    if k == 'atomic':
        return _width(node[1])
    if k == 'rep':
        a, b = _width(node[1])
        hi = None
        if b is not None and node[3] != _MAXREPEAT:
            hi = b * node[3]
        elif b == 0:
            hi = 0
        return a * node[2], hi
    if k == 'backref':
        return 0, None
    if k == 'cond':
        a, b = _width(node[2])
        c, d = _width(node[3])
        return min(a, c), (None if b is None or d is None else max(b, d))
    return 0, 0


def _first(node):
    # what the first character of any match must be, as (a set of
    # characters, a list of tests), or None where a match may be empty
    # or begin with anything
    k = node[0]
    if k == 'lit':
        if node[2]:
            return set(), [_icase_char(node[1], node[2])]
        return set([node[1]]), []
    if k == 'pred':
        return set(), [node[1]]
    if k == 'seq':
        for x in node[1]:
            if x[0] == 'assert' or x[0] == 'look':
                continue
            return _first(x)
        return None
    if k == 'alt':
        chars = set()
        preds = []
        for x in node[1]:
            f = _first(x)
            if f is None:
                return None
            chars |= f[0]
            preds.extend(f[1])
        return chars, preds
    if k == 'group':
        return _first(node[2])
    if k == 'atomic':
        return _first(node[1])
    if k == 'rep' and node[2] > 0:
        return _first(node[1])
    return None


def _first_test(chars, preds):
    if len(preds) == 1 and not chars:
        return preds[0]

    def test(ch):
        if ch in chars:
            return True
        for f in preds:
            if f(ch):
                return True
        return False
    return test


# ---------------------------------------------------------------- compiler

_LIT, _LITSTR, _PRED, _ANY, _ANYNL, _SPLIT, _JMP, _SAVE, _ASSERT, \
    _BACKREF, _LOOK, _ATOMIC, _REPC, _SETC, _RLOOP, _MARK, _LOOPEND, \
    _COND, _MATCH = range(19)


class _Compiler:
    def __init__(self, ngroups):
        self.nslots = 2 * ngroups + 1     # the last: lastindex
        self.lastslot = 2 * ngroups
        self.memo = True        # no counters, backreferences, conditions

    def reg(self):
        r = self.nslots
        self.nslots += 1
        return r

    def program(self, node):
        code = []
        self.emit(node, code)
        code.append([_MATCH])
        return [tuple(op) for op in code]

    def emit(self, node, code):
        k = node[0]
        if k == 'lit':
            if node[2]:
                code.append([_PRED, _icase_char(node[1], node[2])])
            else:
                code.append([_LIT, node[1]])
        elif k == 'pred':
            code.append([_PRED, node[1]])
        elif k == 'any':
            code.append([_ANY if node[1] else _ANYNL])
        elif k == 'seq':
            items = node[1]
            i = 0
            while i < len(items):
                x = items[i]
                if x[0] == 'lit' and not x[2]:
                    j = i
                    while j < len(items) and items[j][0] == 'lit' \
                            and not items[j][2]:
                        j += 1
                    if j - i > 1:
                        s = ''.join(y[1] for y in items[i:j])
                        code.append([_LITSTR, s, len(s)])
                        i = j
                        continue
                self.emit(x, code)
                i += 1
        elif k == 'alt':
            jumps = []
            alts = node[1]
            for idx, x in enumerate(alts):
                if idx < len(alts) - 1:
                    split = [_SPLIT, len(code) + 1, 0]
                    code.append(split)
                    self.emit(x, code)
                    jmp = [_JMP, 0]
                    code.append(jmp)
                    jumps.append(jmp)
                    split[2] = len(code)
                else:
                    self.emit(x, code)
            for jmp in jumps:
                jmp[1] = len(code)
        elif k == 'group':
            n = node[1]
            code.append([_SAVE, 2 * n, -1])
            self.emit(node[2], code)
            code.append([_SAVE, 2 * n + 1, self.lastslot])
        elif k == 'rep':
            self.emit_rep(node, code)
        elif k == 'assert':
            code.append([_ASSERT, node[1]])
        elif k == 'backref':
            self.memo = False
            code.append([_BACKREF, node[1], node[2]])
        elif k == 'look':
            code.append([_LOOK, self.program(node[1]), node[2], node[3]])
        elif k == 'atomic':
            code.append([_ATOMIC, self.program(node[1])])
        elif k == 'cond':
            self.memo = False
            op = [_COND, node[1], 0]
            code.append(op)
            self.emit(node[2], code)
            jmp = [_JMP, 0]
            code.append(jmp)
            op[2] = len(code)
            self.emit(node[3], code)
            jmp[1] = len(code)

    def emit_rep(self, node, code):
        body, mn, mx, greedy = node[1], node[2], node[3], node[4]
        b = body[0]
        if b == 'lit' or b == 'pred' or b == 'any':
            if b == 'lit' and not body[2]:
                kind, arg = 1, body[1]
            elif b == 'lit':
                kind, arg = 0, _icase_char(body[1], body[2])
            elif b == 'pred':
                kind, arg = 0, body[1]
            else:
                kind, arg = (2 if body[1] else 3), None
            code.append([_REPC, kind, arg, mn, mx, greedy])
            return
        if mx == 0:
            return
        if mn == 0 and mx == 1:
            split = [_SPLIT, 0, 0]
            code.append(split)
            start = len(code)
            self.emit(body, code)
            end = len(code)
            if greedy:
                split[1], split[2] = start, end
            else:
                split[1], split[2] = end, start
            return
        if mn == 1 and mx == 1:
            self.emit(body, code)
            return
        lo, hi = _width(body)
        if 0 < mn <= 3 and mx == _MAXREPEAT and lo > 0:
            for i in range(mn):
                self.emit(body, code)
            mn = 0
        if mn == 0 and mx == _MAXREPEAT and lo > 0:
            # a plain loop: the body always moves forward
            loop = len(code)
            split = [_SPLIT, 0, 0]
            code.append(split)
            start = len(code)
            self.emit(body, code)
            code.append([_JMP, loop])
            end = len(code)
            if greedy:
                split[1], split[2] = start, end
            else:
                split[1], split[2] = end, start
            return
        # a counted loop, guarded against empty iterations
        c = self.reg()
        p = self.reg()
        code.append([_SETC, c])
        loop = len(code)
        rl = [_RLOOP, c, mn, mx, greedy, loop + 1, 0]
        code.append(rl)
        code.append([_MARK, p])
        self.emit(body, code)
        le = [_LOOPEND, c, p, mn, loop, 0]
        code.append(le)
        rl[6] = le[5] = len(code)


# ---------------------------------------------------------------- matcher

def _one(kind, arg, ch):
    if kind == 0:
        return arg(ch)
    if kind == 1:
        return ch == arg
    if kind == 2:
        return True
    return ch != '\n'


def _same_folded(x, y, mode):
    fold = _fold if mode == 1 else _fold_a
    for i in range(len(x)):
        if fold(x[i]) != fold(y[i]):
            return False
    return True


def _seen(visited, pc, pos, caps, rs, c, op):
    # note a loop's choice point; False if it was tried before.  Its
    # own mark is dead here, and past its minimum an unbounded loop's
    # count no longer matters.
    cnt = caps[c]
    if op[3] == _MAXREPEAT and cnt > op[2]:
        cnt = op[2] + 1
    key = (pc, pos, cnt, tuple(caps[rs:c]), tuple(caps[c + 2:]))
    if key in visited:
        return False
    visited.add(key)
    return True


def _run(prog, s, pos, end, caps, full, notempty, visited=None, rs=0):
    # Run prog from pos; return the end of the match, or -1.  caps is
    # updated in place on success and left as it was on failure.
    # visited, where given, holds the choice points already tried, as
    # (pc, pos) and the loop registers from caps[rs:]: where captures
    # cannot change the outcome (no backreferences or conditions), a
    # second visit cannot succeed where the first failed.
    width = end + 1
    plain = rs >= len(caps)
    stack = []
    push = stack.append
    pop = stack.pop
    pc = 0
    while True:
        op = prog[pc]
        k = op[0]
        ok = True
        if k == _LIT:
            if pos < end and s[pos] == op[1]:
                pos += 1
                pc += 1
            else:
                ok = False
        elif k == _LITSTR:
            if pos + op[2] <= end and s.startswith(op[1], pos):
                pos += op[2]
                pc += 1
            else:
                ok = False
        elif k == _PRED:
            if pos < end and op[1](s[pos]):
                pos += 1
                pc += 1
            else:
                ok = False
        elif k == _ANYNL:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
            else:
                ok = False
        elif k == _ANY:
            if pos < end:
                pos += 1
                pc += 1
            else:
                ok = False
        elif k == _REPC:
            kind = op[1]
            arg = op[2]
            mn = op[3]
            limit = end if op[4] >= end - pos else pos + op[4]
            if op[5]:
                if kind == 2:
                    q = limit
                elif kind == 3:
                    q = s.find('\n', pos, limit)
                    if q < 0:
                        q = limit
                elif kind == 1:
                    q = pos
                    while q < limit and s[q] == arg:
                        q += 1
                else:
                    q = pos
                    while q < limit and arg(s[q]):
                        q += 1
                if q - pos < mn:
                    ok = False
                elif visited is not None:
                    # try each end through the stack, which skips the
                    # ends tried before
                    push((2, pc + 1, pos + mn, q))
                    ok = False
                else:
                    if q > pos + mn:
                        push((2, pc + 1, pos + mn, q - 1))
                    pos = q
                    pc += 1
            else:
                q = pos
                if limit - pos < mn:
                    ok = False
                else:
                    while q < pos + mn and _one(kind, arg, s[q]):
                        q += 1
                    if q < pos + mn:
                        ok = False
                    else:
                        push((3, pc + 1, q, limit, kind, arg))
                        pos = q
                        pc += 1
        elif k == _SPLIT:
            if visited is not None:
                if plain:
                    key = pc * width + pos
                else:
                    key = (pc, pos, tuple(caps[rs:]))
                if key in visited:
                    ok = False
                else:
                    visited.add(key)
                    push((0, op[2], pos))
                    pc = op[1]
            else:
                push((0, op[2], pos))
                pc = op[1]
        elif k == _JMP:
            pc = op[1]
        elif k == _SAVE:
            slot = op[1]
            push((1, slot, caps[slot]))
            caps[slot] = pos
            if op[2] >= 0:
                push((1, op[2], caps[op[2]]))
                caps[op[2]] = slot >> 1
            pc += 1
        elif k == _ASSERT:
            a = op[1]
            if a == 'bol' or a == 'A':
                ok = pos == 0
            elif a == 'bolm':
                ok = pos == 0 or s[pos - 1] == '\n'
            elif a == 'eol':
                ok = pos == end or (pos == end - 1 and s[pos] == '\n')
            elif a == 'eolm':
                ok = pos == end or s[pos] == '\n'
            elif a == 'Z':
                ok = pos == end
            else:
                w = _word_a if a[-1] == 'a' else _word_u
                if end == 0:
                    ok = False
                else:
                    x = pos > 0 and w(s[pos - 1])
                    y = pos < end and w(s[pos])
                    ok = (x != y) if a[0] == 'b' else (x == y)
            if ok:
                pc += 1
        elif k == _BACKREF:
            g = op[1]
            a = caps[2 * g]
            b = caps[2 * g + 1]
            if a < 0 or b < 0:
                ok = False
            else:
                n = b - a
                if pos + n > end:
                    ok = False
                elif op[2]:
                    x = s[a:b]
                    y = s[pos:pos + n]
                    ok = x == y or _same_folded(x, y, op[2])
                else:
                    ok = s.startswith(s[a:b], pos)
                if ok:
                    pos += n
                    pc += 1
        elif k == _LOOK or k == _ATOMIC:
            saved = list(caps)
            start = pos
            if k == _LOOK and op[2]:
                start = pos - (op[2] if op[2] > 0 else 0)
            if start < 0:
                r = -1
            else:
                r = _run(op[1], s, start, end, caps, False, -1)
            if k == _LOOK and op[3]:
                if r >= 0:
                    for i in range(len(caps)):
                        caps[i] = saved[i]
                    ok = False
                else:
                    pc += 1
            elif r < 0:
                ok = False
            else:
                for i in range(len(caps)):
                    if caps[i] != saved[i]:
                        push((1, i, saved[i]))
                if k == _ATOMIC:
                    pos = r
                pc += 1
        elif k == _SETC:
            c = op[1]
            push((1, c, caps[c]))
            caps[c] = 0
            pc += 1
        elif k == _RLOOP:
            c = op[1]
            cnt = caps[c]
            if cnt < op[2]:
                pc = op[5]
            elif cnt >= op[3]:
                pc = op[6]
            elif visited is not None and not _seen(visited, pc, pos, caps,
                                                   rs, c, op):
                ok = False
            elif op[4]:
                push((0, op[6], pos))
                pc = op[5]
            else:
                push((0, op[5], pos))
                pc = op[6]
        elif k == _MARK:
            c = op[1]
            push((1, c, caps[c]))
            caps[c] = pos
            pc += 1
        elif k == _LOOPEND:
            c = op[1]
            cnt = caps[c] + 1
            push((1, c, caps[c]))
            caps[c] = cnt
            if pos == caps[op[2]] and cnt > op[3]:
                pc = op[5]
            else:
                pc = op[4]
        elif k == _COND:
            g = op[1]
            if caps[2 * g] >= 0 and caps[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
        else:   # _MATCH
            if (full and pos != end) or pos == notempty:
                ok = False
            else:
                return pos
        if not ok:
            while True:
                if not stack:
                    return -1
                e = pop()
                t = e[0]
                if t == 0:
                    pc = e[1]
                    pos = e[2]
                    break
                if t == 1:
                    caps[e[1]] = e[2]
                    continue
                if t == 2:
                    hi = e[3]
                    lo = e[2]
                    if visited is not None:
                        npc = e[1]
                        while hi >= lo:
                            # apart from the keys of SPLIT, which may
                            # be the very next instruction
                            if plain:
                                key = -1 - npc * width - hi
                            else:
                                key = (npc, hi, tuple(caps[rs:]), 0)
                            if key not in visited:
                                visited.add(key)
                                break
                            hi -= 1
                        if hi < lo:
                            continue
                    if hi > lo:
                        push((2, e[1], lo, hi - 1))
                    pc = e[1]
                    pos = hi
                    break
                q = e[2]
                if q < e[3] and _one(e[4], e[5], s[q]):
                    push((3, e[1], q + 1, e[3], e[4], e[5]))
                    pc = e[1]
                    pos = q + 1
                    break


# ---------------------------------------------------------------- objects

def _flags_repr(flags):
    names = []
    for bit, name in _FLAGNAMES:
        if flags & bit:
            names.append('re.' + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


class Pattern:
    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            raise TypeError('re: only str patterns are supported')
        if flags & L:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & A and flags & U:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        flags = parser.flags
        if not flags & A:
            flags |= U
        self.pattern = pattern
        self.flags = flags
        self.groups = parser.groups - 1
        self.groupindex = dict(parser.groupindex)
        self._names = {}
        for name, n in self.groupindex.items():
            self._names[n] = name
        comp = _Compiler(parser.groups)
        self._prog = comp.program(tree)
        self._nslots = comp.nslots
        self._memo = comp.memo
        self._regstart = comp.lastslot + 1
        self._lastslot = comp.lastslot
        # where a search may start
        j = 0
        while self._prog[j][0] == _SAVE:
            j += 1
        first = self._prog[j]
        self._anchored = first[0] == _ASSERT and first[1] in ('bol', 'A')
        self._prefix = None
        if first[0] == _LIT:
            self._prefix = first[1]
        elif first[0] == _LITSTR:
            self._prefix = first[1]
        self._firstset = None
        self._firsttest = None
        if self._prefix is None:
            f = _first(tree)
            if f is not None:
                chars, preds = f
                if not preds:
                    self._firstset = chars
                else:
                    self._firsttest = _first_test(chars, preds)

    def __repr__(self):
        fl = self.flags & ~U
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        if fl:
            return 're.compile(%s, %s)' % (r, _flags_repr(fl))
        return 're.compile(%s)' % r

    def __eq__(self, other):
        return (isinstance(other, Pattern) and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _exec(self, string, pos, endpos, mode, notempty=False):
        # mode 0: match, 1: fullmatch, 2: search
        if not isinstance(string, str):
            raise TypeError('expected string, got %r' % type(string).__name__)
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        if endpos < pos:
            return None
        caps = [-1] * self._nslots
        prog = self._prog
        full = mode == 1
        ne = pos if notempty else -1
        start = pos
        if mode != 2:
            r = _run(prog, string, start, endpos, caps, full, ne,
                     set() if self._memo else None, self._regstart)
        else:
            prefix = self._prefix
            firstset = self._firstset
            firsttest = self._firsttest
            visited = set() if self._memo else None
            while True:
                if prefix is not None:
                    start = string.find(prefix, start, endpos)
                    if start < 0:
                        return None
                elif firstset is not None:
                    while start < endpos and string[start] not in firstset:
                        start += 1
                    if start >= endpos:
                        return None
                elif firsttest is not None:
                    while start < endpos and not firsttest(string[start]):
                        start += 1
                    if start >= endpos:
                        return None
                r = _run(prog, string, start, endpos, caps, False, ne,
                         visited, self._regstart)
                if r >= 0 or self._anchored or start >= endpos:
                    break
                start += 1
        if r < 0:
            return None
        caps[0] = start
        caps[1] = r
        return Match(self, string, pos, endpos, caps)

    def match(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        notempty = False
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        while pos <= endpos:
            m = self._exec(string, pos, endpos, 2, notempty)
            if m is None:
                return
            yield m
            a, b = m.span()
            notempty = a == b
            pos = b

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                g = m.group(1)
                out.append('' if g is None else g)
            else:
                out.append(m.groups(''))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit > 0 and count >= maxsplit:
                break
            a, b = m.span()
            out.append(string[last:a])
            out.extend(m.groups())
            last = b
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if count < 0:
            return string, 0
        if callable(repl):
            func = repl
        else:
            items = _parse_template(repl, self)
            if len(items) == 1 and isinstance(items[0], str):
                lit = items[0]
                func = lambda m: lit
            elif not items:
                func = lambda m: ''
            else:
                func = lambda m: _expand(items, m)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count > 0 and n >= count:
                break
            a, b = m.span()
            out.append(string[last:a])
            r = func(m)
            if r is not None:
                if not isinstance(r, str):
                    raise TypeError('expected str instance, %s found'
                                    % type(r).__name__)
                out.append(r)
            last = b
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner is not supported')


def _group_number(name):
    # a group number as int() reads it (CPython accepts ' 1' and '+1',
    # with a warning), or None
    try:
        g = int(name)
    except ValueError:
        return None
    return g if g >= 0 else None


def _parse_template(template, pattern):
    if not isinstance(template, str):
        raise TypeError('expected str instance, %s found'
                        % type(template).__name__)
    items = []
    lit = []
    i = 0
    n = len(template)
    groups = pattern.groups

    def err(msg, at):
        raise error(msg, template, at)

    def addgroup(g, at):
        if g > groups:
            err('invalid group reference %d' % g, at)
        if lit:
            items.append(''.join(lit))
            del lit[:]
        items.append(g)

    while i < n:
        c = template[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        here = i
        i += 1
        if i >= n:
            err('bad escape (end of pattern)', here)
        c = template[i]
        i += 1
        if c == 'g':
            if i >= n or template[i] != '<':
                err('missing <', i)
            i += 1
            j = template.find('>', i)
            if j < 0:
                if i >= n:
                    err('missing group name', i)
                err('missing >, unterminated name', i)
            name = template[i:j]
            if not name:
                err('missing group name', i)
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                g = pattern.groupindex[name]
            else:
                g = _group_number(name)
                if g is None:
                    err('bad character in group name %r' % name, i)
            addgroup(g, i)
            i = j + 1
        elif c == '0':
            v = c
            while len(v) < 3 and i < n and template[i] in _OCT:
                v += template[i]
                i += 1
            lit.append(chr(int(v, 8) & 0xff))
        elif c in _DIGITS:
            v = c
            octal = False
            if i < n and template[i] in _DIGITS:
                v += template[i]
                i += 1
                if (v[0] in _OCT and v[1] in _OCT and i < n
                        and template[i] in _OCT):
                    v += template[i]
                    i += 1
                    code = int(v, 8)
                    if code > 0o377:
                        err('octal escape value \\%s outside of range '
                            '0-0o377' % v, here)
                    lit.append(chr(code))
                    octal = True
            if not octal:
                addgroup(int(v), here + 1)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            err('bad escape \\' + c, here)
        else:
            lit.append('\\' + c)
    if lit:
        items.append(''.join(lit))
    return items


def _expand(items, m):
    out = []
    for x in items:
        if isinstance(x, str):
            out.append(x)
        else:
            g = m.group(x)
            if g is not None:
                out.append(g)
    return ''.join(out)


class Match:
    def __init__(self, pattern, string, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        regs = []
        for g in range(pattern.groups + 1):
            a = caps[2 * g]
            b = caps[2 * g + 1]
            if a < 0 or b < 0:
                regs.append((-1, -1))
            else:
                regs.append((a, b))
        self.regs = tuple(regs)
        li = caps[pattern._lastslot]
        self.lastindex = li if li > 0 else None
        self.lastgroup = pattern._names.get(li) if li > 0 else None

    def _index(self, g):
        if isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
            raise IndexError('no such group')
        if isinstance(g, bool) or not isinstance(g, int):
            try:
                g = g.__index__()
            except AttributeError:
                raise IndexError('no such group')
        if g < 0 or g > self.re.groups:
            raise IndexError('no such group')
        return g

    def _get(self, g, default=None):
        a, b = self.regs[self._index(g)]
        if a < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(g) for g in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(g, default)
                     for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        d = {}
        for name, g in self.re.groupindex.items():
            d[name] = self._get(g, default)
        return d

    def start(self, group=0):
        return self.regs[self._index(group)][0]

    def end(self, group=0):
        return self.regs[self._index(group)][1]

    def span(self, group=0):
        return self.regs[self._index(group)]

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%s>' % (
            self.regs[0], repr(self.group(0))[:50])


# ---------------------------------------------------------------- module

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                'cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c')


def escape(pattern):
    if not isinstance(pattern, str):
        raise TypeError('re.escape: only str is supported')
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
