# itertools - iterator building blocks, as CPython's itertools (3.11).
# Written for twinpy.  Every iterator is a class, so its type, repr and
# argument errors are CPython's (arguments are checked when the iterator
# is made, not when it is first advanced).
from operator import index as _index

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    for name in ('__index__', '__int__', '__float__', '__complex__'):
        if getattr(t, name, None) is not None:
            return True
    return False


class count:
    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class cycle:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1  # -1: still reading the iterable; then the index into _saved

    def __iter__(self):
        return self

    def __next__(self):
        if self._i < 0:
            for x in self._it:
                self._saved.append(x)
                return x
            self._it = None
            if not self._saved:
                raise StopIteration
            self._i = 0
        saved = self._saved
        x = saved[self._i]
        self._i = (self._i + 1) % len(saved)
        return x


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            times = _index(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._initial_pending = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial_pending:
            self._initial_pending = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        c = cls()
        c._source = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    raise
            for x in self._active:
                return x
            self._active = None


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data, sel = self._data, self._sel
        while True:
            x = next(data)
            if next(sel):
                return x


class dropwhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            pred = self._pred
            for x in self._it:
                if not pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class takewhile:
    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable, /):
        self._pred = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not (x if pred is None else pred(x)):
                return x
        raise StopIteration


_MISSING = object()


class groupby:
    # The groups share one underlying iterator, and moving the groupby on
    # ends the group before: each group remembers the generation it was made
    # in.  The groupby keeps no reference to its groups, so no cycle is made.
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._gen = 0
        self._tgtkey = _MISSING
        self._curkey = _MISSING
        self._curvalue = _MISSING   # _MISSING once its group handed it out

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._curkey = value if self._keyfunc is None else self._keyfunc(value)
        self._curvalue = value

    def __next__(self):
        self._gen += 1
        while True:
            cur, tgt = self._curkey, self._tgtkey
            if cur is not _MISSING:
                if tgt is _MISSING or not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = self._curkey
        return (self._curkey, _grouper(self, self._gen, self._tgtkey))


class _grouper:
    def __init__(self, parent, gen, tgtkey):
        self._parent = parent
        self._gen = gen
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._gen != self._gen:
            raise StopIteration
        if p._curvalue is _MISSING:
            p._step()
        tgt, cur = self._tgtkey, p._curkey
        if not (tgt is cur or tgt == cur):
            raise StopIteration
        value = p._curvalue
        p._curvalue = _MISSING
        return value


class islice:
    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
        it = args[0]
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
        if stop is not None:
            stop = self._bound(stop, 'Stop argument for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
        else:
            stop = -1
        start = 0 if start is None else self._bound(
            start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        else:
            try:
                step = _index(step)
            except TypeError:
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(it)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    @staticmethod
    def _bound(v, msg):
        try:
            v = _index(v)
        except TypeError:
            raise ValueError(msg) from None
        if v < 0:
            raise ValueError(msg)
        return v

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


class pairwise:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._started = False
        self._last = None

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if not self._started:
                self._last = next(it)
                self._started = True
            new = next(it)
        except StopIteration:
            self._it = None
            self._last = None
            raise
        pair = (self._last, new)
        self._last = new
        return pair


class starmap:
    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class _tee_link:
    # one item of the buffer the tees of one iterator share; links point
    # forward only, so the items every tee has passed are freed
    def __init__(self, value):
        self.value = value
        self.next = None


class _tee:
    def __init__(self, iterable, /):
        if isinstance(iterable, _tee):
            self._it = iterable._it
            self._link = iterable._link
        else:
            self._it = iter(iterable)
            self._link = _tee_link(None)

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link.next
        if nxt is None:
            value = next(self._it)
            nxt = link.next
            if nxt is None:  # no other tee of this buffer fetched it meanwhile
                nxt = _tee_link(value)
                link.next = nxt
        self._link = nxt
        return nxt.value

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, /):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(type(it), '__copy__', None)
    if copy is None:
        it = _tee(it)
        copy = _tee.__copy__
    out = [it]
    for i in range(n - 1):
        out.append(copy(it))
    return tuple(out)


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        out = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise
                its[i] = None
                out.append(self._fill)
        return tuple(out)


class product:
    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._idx = None
        self._done = False
        for p in pools:
            if not p:
                self._done = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        idx = self._idx
        if idx is None:
            self._idx = [0] * len(pools)
            return tuple(p[0] for p in pools)
        i = len(pools) - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple(pools[k][idx[k]] for k in range(len(pools)))


class combinations:
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._idx = None
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, idx = self._pool, self._r, self._idx
        if idx is None:
            self._idx = list(range(r))
            return pool[:r]
        n = len(pool)
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        return tuple(pool[k] for k in idx)


class combinations_with_replacement:
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._idx = None
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, idx = self._pool, self._r, self._idx
        if idx is None:
            self._idx = [0] * r
            return tuple(pool[0] for i in range(r))
        n = len(pool)
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        return tuple(pool[k] for k in idx)


class permutations:
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = None
        self._cycles = None
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return pool[:r]
        indices, cycles = self._indices, self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
                i -= 1
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration
