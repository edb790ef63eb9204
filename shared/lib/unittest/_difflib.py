# unittest._difflib - the line diffs of unittest's failure messages: a
# SequenceMatcher (longest matching blocks found recursively, junk and the
# "popular" items of long sequences left out of the matching, then blocks
# grown over them as CPython's difflib does) and ndiff with its "?" hint
# lines, so the diffs read as CPython's difflib.ndiff writes them.
# Written for twinpy; private to unittest (there is no difflib module).
__unittest = True


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher(object):
    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self._blocks = self._codes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self._blocks = self._codes = None
        self._full_bcount = None
        self._index_b()

    def _index_b(self):
        # where each item of b is, leaving out junk and, in a sequence of
        # 200 items or more, the items that make up more than 1% of it
        where = {}
        for pos, item in enumerate(self.b):
            if item in where:
                where[item].append(pos)
            else:
                where[item] = [pos]
        junk = set()
        if self.isjunk is not None:
            for item in list(where):
                if self.isjunk(item):
                    junk.add(item)
                    del where[item]
        popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for item in list(where):
                if len(where[item]) > limit:
                    popular.add(item)
                    del where[item]
        self._b2j = where
        self._bjunk = junk
        self._bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j, junk = self.a, self.b, self._b2j, self._bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_k = alo, blo, 0
        # run[j]: length of the match of non-junk items ending at a[i], b[j]
        run = {}
        empty = ()
        for i in range(alo, ahi):
            new_run = {}
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = run.get(j - 1, 0) + 1
                new_run[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            run = new_run
        # grow the block over equal popular items, then over equal junk
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_k += 1
            while (best_i + best_k < ahi and best_j + best_k < bhi
                   and (b[best_j + best_k] in junk) == want_junk
                   and a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return (best_i, best_j, best_k)

    def get_matching_blocks(self):
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        found = []
        todo = [(0, la, 0, lb)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append((ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append((ci, cj, ck))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def get_opcodes(self):
        if self._codes is not None:
            return self._codes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self._codes = codes
        return codes

    def ratio(self):
        matches = sum(k for _, _, k in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self._full_bcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self._full_bcount = counts
        left = {}
        matches = 0
        for item in self.a:
            n = left[item] if item in left else self._full_bcount.get(item, 0)
            left[item] = n - 1
            if n > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def _dump(tag, lines, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, lines[i])


def _hint_line(line, tags):
    # the marks under a line, with its own tabs and spaces kept under them
    out = []
    for c, t in zip(line, tags):
        out.append(c if t == ' ' and c.isspace() else t)
    return ''.join(out).rstrip()


class Differ(object):
    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        m = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in m.get_opcodes():
            if tag == 'replace':
                yield from self._replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from _dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from _dump('+', b, blo, bhi)
            else:
                yield from _dump(' ', a, alo, ahi)

    def _plain(self, a, alo, ahi, b, blo, bhi):
        # the shorter side first
        if bhi - blo < ahi - alo:
            yield from _dump('+', b, blo, bhi)
            yield from _dump('-', a, alo, ahi)
        else:
            yield from _dump('-', a, alo, ahi)
            yield from _dump('+', b, blo, bhi)

    def _replace(self, a, alo, ahi, b, blo, bhi):
        # pair the two most similar lines (ratio 0.75 or more), diff them
        # character by character, and do the same on each side of them
        best, cutoff = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        same = None
        best_i = best_j = None
        for j in range(blo, bhi):
            chars.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if same is None:
                        same = (i, j)
                    continue
                chars.set_seq1(a[i])
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best, best_i, best_j = chars.ratio(), i, j
        if best < cutoff:
            if same is None:
                yield from self._plain(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same
            identical = True
        else:
            identical = False
        yield from self._around(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            atags = btags = ''
            chars.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'replace':
                    atags += '^' * na
                    btags += '^' * nb
                elif tag == 'delete':
                    atags += '-' * na
                elif tag == 'insert':
                    btags += '+' * nb
                else:
                    atags += ' ' * na
                    btags += ' ' * nb
            atags = _hint_line(aline, atags)
            btags = _hint_line(bline, btags)
            yield '- ' + aline
            if atags:
                yield '? %s\n' % atags
            yield '+ ' + bline
            if btags:
                yield '? %s\n' % btags
        yield from self._around(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _around(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from _dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from _dump('+', b, blo, bhi)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)
