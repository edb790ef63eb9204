# abc - abstract base classes, as CPython's abc (3.11): ABCMeta, ABC,
# abstractmethod, the abstract class/static/property variants, register,
# __subclasshook__, get_cache_token.  Written for twinpy.
#
# A class made by ABCMeta records in __abstractmethods__ the abstract
# methods it has not overridden; the interpreter refuses to instantiate a
# class while that record is not empty, with CPython's message.
#
# Deviations: abstractclassmethod, abstractstaticmethod and abstractproperty
# are functions, not subclasses of the built-in types; the registry and caches are plain sets, guarded by one lock
# so that isinstance() checks from many threads are safe.
import _thread

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']

_lock = _thread.allocate_lock()
_token = [0]


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# the deprecated spellings; built-in types cannot be subclassed in twinpy,
# so these are functions that mark what they wrap
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def get_cache_token():
    return _token[0]


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # a property, classmethod or staticmethod over an abstract function
    for attr in ('fget', 'fset', 'fdel', '__func__'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _abstracts_of(cls):
    names = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstracts_of(cls)
    return cls


# every class ABCMeta made, so that a check can look at an ABC's subclasses
# (twinpy has no type.__subclasses__)
_all_abcs = []


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _token[0]
        with _lock:
            _all_abcs.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        with _lock:
            cls._abc_registry.add(subclass)
            _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if cls._abc_negative_cache_version == _token[0] and subclass in cls._abc_negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        with _lock:
            if cls._abc_negative_cache_version < _token[0]:
                cls._abc_negative_cache = set()
                cls._abc_negative_cache_version = _token[0]
            elif subclass in cls._abc_negative_cache:
                return False
        answer = _decide(cls, subclass)
        with _lock:
            (cls._abc_cache if answer else cls._abc_negative_cache).add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache'):
            print(f"{name}: {getattr(cls, name)!r}", file=file)

    def _abc_registry_clear(cls):
        with _lock:
            cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        with _lock:
            cls._abc_cache.clear()
            cls._abc_negative_cache.clear()


def _decide(cls, subclass):
    # the class's __subclasshook__ first, then inheritance, registration
    # and the ABC's own subclasses
    hook = getattr(cls, '__subclasshook__', None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    if cls in subclass.__mro__:
        return True
    for rcls in list(cls._abc_registry):
        if issubclass(subclass, rcls):
            return True
    for scls in [c for c in _all_abcs if cls in c.__bases__]:
        if issubclass(subclass, scls):
            return True
    return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
