# copy - shallow and deep copies, as CPython's copy (3.11): copy, deepcopy
# (with the memo that keeps shared and cyclic structure), __copy__,
# __deepcopy__, __reduce_ex__/__reduce__, __getstate__/__setstate__, and
# Error.  Written for twinpy.
#
# Instances of Python classes are copied by making a bare instance with
# cls.__new__ and copying their __dict__ (or what __getstate__ returns), as
# CPython's object.__reduce_ex__ does.  Deviations: copyreg's dispatch
# table is not consulted (there is no copyreg); built-in objects other than
# the containers and immutables (locks, files, iterators) raise
# copy.Error-free TypeError "cannot pickle 'X' object", as CPython words it.
import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, str, type, range, slice,
           types.FunctionType, types.BuiltinFunctionType, types.CodeType, type(Ellipsis),
           type(NotImplemented), property}


def _is_atomic(x):
    cls = type(x)
    return cls in _atomic or isinstance(x, type) or cls is types.ModuleType


def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x))


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple whose items all copy to themselves is itself
        d2 = memo.get(d, _nil)
        if d2 is not _nil:
            return d2
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # the memo holds the originals too, so that their ids stay unique
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not getattr(object, "__reduce_ex__", None):
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, "__reduce__", None)
        if reductor is not None and reductor is not getattr(object, "__reduce__", None):
            rv = reductor(x)
        elif "__dict__" in dir(x) or hasattr(x, "__dict__"):
            state = x.__getstate__() if hasattr(cls, "__getstate__") else x.__dict__
            return (_new_bare, (cls,), state)
        else:
            raise TypeError(f"cannot pickle '{cls.__name__}' object")
    if isinstance(rv, str):
        return (None, None, rv)
    return rv


def _new_bare(cls):
    return cls.__new__(cls)


def _reconstruct(x, memo, func, args=None, state=None, listiter=None, dictiter=None, *rest):
    if func is None:
        return x  # a global's name: copies are the object itself
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*(args or ()))
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
