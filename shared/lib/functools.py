# functools - higher-order functions, as CPython's functools (3.11):
# partial, reduce, wraps, update_wrapper, lru_cache, cache, total_ordering,
# cmp_to_key.  Written for twinpy.
#
# lru_cache and cache are safe to share between threads: the cache and its
# statistics change under one lock, and the wrapped function runs outside
# it (two threads that miss on one key at once may both call it, as in
# CPython).
#
# Deviations: cached_property, partialmethod and singledispatch are not
# here (they need descriptors or the full type system); an lru_cache
# wrapper is a plain function (its repr says so), so that it binds as a
# method without the descriptor protocol.
import _thread

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache',
           'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod', 'cached_property',
           'singledispatch', 'singledispatchmethod']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)
_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorating(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for (k, v) in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# ---- total_ordering --------------------------------------------------------
def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    # the comparisons the class itself defines, not those of object
    roots = {op for op in _convert if op in cls.__dict__}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # as CPython: prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ---- lru_cache -------------------------------------------------------------
class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __eq__(self, other):
        return tuple(self) == tuple(other)


_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_kwd_mark,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _LruState:
    # the cache of one decorated function: key -> result, oldest first
    # (dicts keep insertion order), and the statistics, under one lock
    def __init__(self, user_function, maxsize, typed):
        self.func = user_function
        self.maxsize = maxsize
        self.typed = typed
        self.cache = {}
        self.lock = _thread.allocate_lock()
        self.hits = 0
        self.misses = 0

    def call(self, args, kwds):
        key = _make_key(args, kwds, self.typed)
        cache = self.cache
        with self.lock:
            if key in cache:
                result = cache[key]
                if self.maxsize is not None:  # most recently used: to the end
                    del cache[key]
                    cache[key] = result
                self.hits += 1
                return result
            self.misses += 1
        result = self.func(*args, **kwds)
        with self.lock:
            if self.maxsize is None:
                cache[key] = result
            elif self.maxsize > 0 and key not in cache:
                if len(cache) >= self.maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
        return result

    def cache_info(self):
        with self.lock:
            return _CacheInfo(self.hits, self.misses, self.maxsize, len(self.cache))

    def cache_clear(self):
        with self.lock:
            self.cache.clear()
            self.hits = self.misses = 0

    def cache_parameters(self):
        return {'maxsize': self.maxsize, 'typed': self.typed}


def _lru_wrapper(user_function, maxsize, typed):
    # a plain function, so that a cached method binds to its instance
    state = _LruState(user_function, maxsize, typed)

    def wrapper(*args, **kwds):
        return state.call(args, kwds)
    update_wrapper(wrapper, user_function)
    wrapper.cache_info = state.cache_info
    wrapper.cache_clear = state.cache_clear
    wrapper.cache_parameters = state.cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return _lru_wrapper(user_function, None, False)


class partialmethod:
    """A partial() for methods: binds the instance first when looked up."""
    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__') or isinstance(func, (staticmethod, classmethod))):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        f = _bind(self.func, obj, cls)
        if obj is None and not isinstance(self.func, (staticmethod, classmethod)):
            def unbound(inst, /, *args, **keywords):
                return self.func(inst, *self.args, *args, **{**self.keywords, **keywords})
            return unbound
        return partial(f, *self.args, **self.keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for (k, v) in self.keywords.items())
        return "functools.partialmethod(" + ", ".join(parts) + ")"


_NOT_FOUND = object()


def _bind(f, obj, cls):
    # f as looked up through obj (functions here have no __get__ attribute)
    if isinstance(f, staticmethod):
        return f.__func__
    if isinstance(f, classmethod):
        return partial(f.__func__, cls if cls is not None else type(obj))
    get = getattr(type(f), '__get__', None)
    if get is not None:
        return get(f, obj, cls)
    if obj is None:
        return f
    return partial(f, obj)


class cached_property:
    """Computed once per instance, then kept in the instance's __dict__."""
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        cache = instance.__dict__
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


def _dispatch_mro(cls):
    try:
        return cls.__mro__
    except AttributeError:
        return (cls, object)


def _register(registry, cache, cls, f):
    registry[cls] = f
    cache.clear()
    return f


def singledispatch(func):
    """A generic function dispatching on the type of its first argument."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is not None:
            return impl
        impl = None
        for base in _dispatch_mro(cls):
            if base is not object and base in registry:
                impl = registry[base]
                break
        if impl is None:
            # then classes registered as virtual bases (abc.register,
            # collections.abc), then object
            impl = registry[object]
            for klass in registry:
                if klass is not object and issubclass(cls, klass):
                    impl = registry[klass]
                    break
        cache[cls] = impl
        return impl

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                # not register itself: a closure that names itself is a
                # reference cycle, and twinpy collects none
                return lambda f: _register(registry, cache, cls, f)
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError("Invalid first argument to `register()`: %r. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated "
                                "function." % (cls,))
            f = cls
            import typing
            argname, cls = next(iter(typing.get_type_hints(f).items()))
            if not isinstance(cls, type):
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        return _register(registry, cache, cls, f)

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""
    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__') or isinstance(func, (staticmethod, classmethod))):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, f=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = getattr(self.func, '__isabstractmethod__', False)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
