# collections - container datatypes, as CPython's collections (3.11):
# deque, namedtuple, Counter, defaultdict, OrderedDict, ChainMap.  Written
# for twinpy.
#
# deque's append, appendleft, pop and popleft are atomic (a lock each), as
# CPython documents them to be, so a deque is a safe queue between threads.
#
# Deviations: built-in types cannot be subclassed here, so namedtuple
# classes are not tuples, and Counter, defaultdict and OrderedDict are not
# dicts (isinstance(x, tuple) / isinstance(x, dict) is False); they answer
# to the same operations and print as CPython's do.
import _thread

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'defaultdict', 'deque', 'namedtuple']

_MISSING = object()


# ---- deque ---------------------------------------------------------------
class deque:
    # a ring buffer: _buf holds _n items from _head on, wrapping around
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._lock = _thread.allocate_lock()
        self._buf = [None] * 8
        self._head = 0
        self._n = 0
        self._maxlen = maxlen
        self._state = 0  # bumped by every change: iterators notice
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        buf, head, n = self._buf, self._head, self._n
        cap = len(buf)
        self._buf = [buf[(head + i) % cap] for i in range(n)] + [None] * cap
        self._head = 0

    def _push_right(self, x):
        if self._maxlen is not None and self._n == self._maxlen:
            if self._maxlen == 0:
                return
            self._pop_left()
        if self._n == len(self._buf):
            self._grow()
        self._buf[(self._head + self._n) % len(self._buf)] = x
        self._n += 1
        self._state += 1

    def _push_left(self, x):
        if self._maxlen is not None and self._n == self._maxlen:
            if self._maxlen == 0:
                return
            self._pop_right()
        if self._n == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._n += 1
        self._state += 1

    def _pop_left(self):
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) % len(buf)
        self._n -= 1
        self._state += 1
        return x

    def _pop_right(self):
        buf = self._buf
        i = (self._head + self._n - 1) % len(buf)
        x = buf[i]
        buf[i] = None
        self._n -= 1
        self._state += 1
        return x

    def append(self, x):
        with self._lock:
            self._push_right(x)

    def appendleft(self, x):
        with self._lock:
            self._push_left(x)

    def pop(self):
        with self._lock:
            if not self._n:
                raise IndexError('pop from an empty deque')
            return self._pop_right()

    def popleft(self):
        with self._lock:
            if not self._n:
                raise IndexError('pop from an empty deque')
            return self._pop_left()

    def extend(self, iterable):
        items = list(iterable)
        with self._lock:
            for x in items:
                self._push_right(x)

    def extendleft(self, iterable):
        items = list(iterable)
        with self._lock:
            for x in items:
                self._push_left(x)

    def clear(self):
        with self._lock:
            self._buf = [None] * 8
            self._head = 0
            self._n = 0
            self._state += 1

    def _items(self):
        with self._lock:
            buf, head, n = self._buf, self._head, self._n
            cap = len(buf)
            return [buf[(head + i) % cap] for i in range(n)]

    def _set_items(self, items):
        with self._lock:
            if self._maxlen is not None and len(items) > self._maxlen:
                items = items[len(items) - self._maxlen:]
            self._buf = items + [None] * (len(items) + 8)
            self._head = 0
            self._n = len(items)
            self._state += 1

    def rotate(self, n=1):
        items = self._items()
        if items:
            n %= len(items)
            self._set_items(items[-n:] + items[:-n] if n else items)

    def reverse(self):
        self._set_items(self._items()[::-1])

    def count(self, x):
        return self._items().count(x)

    def index(self, x, start=0, stop=None):
        items = self._items()
        if stop is None:
            stop = len(items)
        for i in range(len(items))[start:stop]:
            if items[i] is x or items[i] == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        items = self._items()
        if self._maxlen is not None and len(items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        items = self._items()
        for i, v in enumerate(items):
            if v is value or v == value:
                del items[i]
                self._set_items(items)
                return
        raise ValueError('deque.remove(x): x not in deque')

    def copy(self):
        return deque(self._items(), self._maxlen)

    __copy__ = copy

    def __deepcopy__(self, memo):
        import copy
        return deque(copy.deepcopy(self._items(), memo), self._maxlen)

    def __reduce__(self):
        return (deque, (self._items(), self._maxlen))

    def __len__(self):
        return self._n

    def __bool__(self):
        return self._n > 0

    def __iter__(self):
        state = self._state
        i = 0
        while i < self._n:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            buf = self._buf
            yield buf[(self._head + i) % len(buf)]
            i += 1
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        return iter(self._items()[::-1])

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        n = self._n
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        with self._lock:
            return self._buf[self._index(i)]

    def __setitem__(self, i, x):
        with self._lock:
            self._buf[self._index(i)] = x

    def __delitem__(self, i):
        items = self._items()
        n = len(items)
        j = i + n if isinstance(i, int) and i < 0 else i
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        if not 0 <= j < n:
            raise IndexError('deque index out of range')
        del items[j]
        self._set_items(items)

    def __contains__(self, x):
        return x in self._items()

    def __repr__(self):
        items = ', '.join(repr(x) for x in self._items())
        if self._maxlen is None:
            return 'deque([%s])' % items
        return 'deque([%s], maxlen=%d)' % (items, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._set_items(self._items() * n)
        return self


# ---- namedtuple ------------------------------------------------------------
def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_') or name in seen):
                field_names[i] = '_%d' % i
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    def __init__(self, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError('%s.__new__() takes %d positional argument%s but %d were given'
                            % (typename, nfields + 1, '' if nfields == 0 else 's', len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in field_defaults]
                names = ["'%s'" % n for n in missing]
                if len(names) == 1:
                    text = names[0]
                else:
                    text = ', '.join(names[:-1]) + ' and ' + names[-1]
                raise TypeError('%s.__new__() missing %d required positional argument%s: %s'
                                % (typename, len(missing), '' if len(missing) == 1 else 's', text))
        for name in kwargs:
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, name))
        object.__setattr__(self, '_values', tuple(values))

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __repr__(self):
        return '%s(%s)' % (typename, ', '.join('%s=%r' % (n, v) for n, v in zip(fields, self._values)))

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return nfields

    def __getitem__(self, i):
        return self._values[i]

    def __hash__(self):
        return hash(self._values)

    def _other(other):
        if isinstance(other, tuple):
            return other
        vals = getattr(other, '_values', None)
        return vals if isinstance(vals, tuple) else None

    def __eq__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._values == o

    def __ne__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._values != o

    def __lt__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._values < o

    def __le__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._values <= o

    def __gt__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._values > o

    def __ge__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._values >= o

    def __add__(self, other):
        return self._values + tuple(other)

    def __contains__(self, x):
        return x in self._values

    def count(self, x):
        return self._values.count(x)

    def index(self, x, *args):
        return self._values.index(x, *args)

    def _asdict(self):
        return dict(zip(fields, self._values))

    def _replace(self, **kwargs):
        values = [kwargs.pop(n, v) for n, v in zip(fields, self._values)]
        if kwargs:
            raise ValueError('Got unexpected field names: %r' % list(kwargs))
        return cls(*values)

    def __getnewargs__(self):
        return self._values

    ns = {'__init__': __init__, '__setattr__': __setattr__, '__repr__': __repr__, '__iter__': __iter__,
          '__len__': __len__, '__getitem__': __getitem__, '__hash__': __hash__, '__eq__': __eq__,
          '__ne__': __ne__, '__lt__': __lt__, '__le__': __le__, '__gt__': __gt__, '__ge__': __ge__,
          '__add__': __add__, '__contains__': __contains__, 'count': count, 'index': index,
          '_asdict': _asdict, '_replace': _replace, '__getnewargs__': __getnewargs__,
          '_fields': fields, '_field_defaults': field_defaults,
          '__doc__': '%s(%s)' % (typename, ', '.join(fields)), '__match_args__': fields}
    for index, name in enumerate(fields):
        ns[name] = property(_getter(index))
    cls = type(typename, (object,), ns)

    def _make(iterable):
        return cls(*iterable)

    cls._make = staticmethod(_make)
    if module is None:
        module = _caller_module()
    if module is not None:
        cls.__module__ = module
    return cls


def _getter(i):
    def get(self):
        return self._values[i]
    return get


def _caller_module():
    return '__main__'


_KEYWORDS = set('False None True and as assert async await break class continue def del elif else except '
                'finally for from global if import in is lambda nonlocal not or pass raise return try while '
                'with yield'.split())


def _iskeyword(s):
    return s in _KEYWORDS


# ---- the dict-like classes -------------------------------------------------
class _DictLike:
    # the mapping protocol over self._d, a plain dict
    def __init__(self, *args, **kwargs):
        self._d = {}
        if args or kwargs:
            self.update(*args, **kwargs)

    def __getitem__(self, key):
        try:
            return self._d[key]
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __eq__(self, other):
        if isinstance(other, _DictLike):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictLike)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def clear(self):
        self._d.clear()

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('update expected at most 1 argument, got %d' % len(args))
        if args:
            other = args[0]
            if isinstance(other, _DictLike):
                other = other._d
            if isinstance(other, dict):
                for k in other:
                    self[k] = other[k]
            elif hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def copy(self):
        new = type(self)()
        new._d = dict(self._d)
        return new

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for k in iterable:
            new[k] = value
        return new


class defaultdict(_DictLike):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _DictLike.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def __repr__(self):
        f = self.default_factory
        return 'defaultdict(%s, %r)' % ('None' if f is None else repr(f), self._d)

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    __copy__ = copy


class OrderedDict(_DictLike):
    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = self._d
            self._d = {key: value}
            self._d.update(rest)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        if last:
            return self._d.popitem()
        key = next(iter(self._d))
        return key, self._d.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictLike.__eq__(self, other)

    def __reversed__(self):
        return reversed(list(self._d))

    def __repr__(self):
        if not self._d:
            return 'OrderedDict()'
        return 'OrderedDict(%r)' % (list(self._d.items()),)


class Counter(_DictLike):
    def __init__(self, iterable=None, /, **kwds):
        _DictLike.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=_count_of, reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, v in self._d.items():
            for _ in range(v):
                yield k

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _DictLike):
                iterable = iterable._d
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                d = self._d
                for k in iterable.keys():
                    d[k] = d.get(k, 0) + iterable[k]
            else:
                d = self._d
                for k in iterable:
                    d[k] = d.get(k, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _DictLike):
                iterable = iterable._d
            d = self._d
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                for k in iterable.keys():
                    d[k] = d.get(k, 0) - iterable[k]
            else:
                for k in iterable:
                    d[k] = d.get(k, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self._d)

    __copy__ = copy

    def __delitem__(self, key):
        if key in self._d:
            del self._d[key]

    def __repr__(self):
        if not self._d:
            return 'Counter()'
        return 'Counter({%s})' % ', '.join('%r: %r' % kv for kv in self.most_common())

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def _merge(self, other, pick):
        # the multiset operations: pick(mine, theirs) for every element,
        # keeping only positive counts
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = pick(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self:
                newcount = pick(0, count)
                if newcount > 0:
                    result[elem] = newcount
        return result

    def __add__(self, other):
        return self._merge(other, _plus)

    def __sub__(self, other):
        return self._merge(other, _minus)

    def __or__(self, other):
        return self._merge(other, max)

    def __and__(self, other):
        return self._merge(other, min)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def _keep_positive(self):
        for elem in [e for e, c in self._d.items() if not c > 0]:
            del self._d[elem]
        return self


def _count_of(item):
    return item[1]


def _plus(a, b):
    return a + b


def _minus(a, b):
    return a - b


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __len__(self):
        return len(set().union(*[list(m) for m in self.maps]))

    def __iter__(self):
        d = {}
        for m in reversed(self.maps):
            for k in m:
                d[k] = None
        return iter(d)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return 'ChainMap(%s)' % ', '.join(repr(m) for m in self.maps)


class UserDict(_DictLike):
    @property
    def data(self):
        return self._d

    def __repr__(self):
        return repr(self._d)


class UserList:
    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, x):
        return x in self.data

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserList) else other)

    def append(self, x):
        self.data.append(x)

    def extend(self, xs):
        self.data.extend(xs)

    def pop(self, i=-1):
        return self.data.pop(i)

    def insert(self, i, x):
        self.data.insert(i, x)

    def remove(self, x):
        self.data.remove(x)

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()

    def index(self, x, *args):
        return self.data.index(x, *args)

    def count(self, x):
        return self.data.count(x)


# collections.abc, and the classes here registered with it (they are not
# dict or list subclasses in twinpy)
import _collections_abc as abc
import sys as _sys
_sys.modules['collections.abc'] = abc
abc.MutableSequence.register(deque)
abc.MutableSequence.register(UserList)
for _c in (OrderedDict, Counter, defaultdict, ChainMap, UserDict):
    abc.MutableMapping.register(_c)
del _c
