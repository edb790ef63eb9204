# typing - names for annotations, as CPython's typing (3.11), enough that
# annotated code imports and runs: Any, Optional, Union, List, Dict, Set,
# Tuple, FrozenSet, Type, Callable, Iterable, Iterator, Generator, Sequence,
# Mapping, ..., TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal,
# Final, ClassVar, Annotated, cast, overload, final, no_type_check,
# get_type_hints, get_origin, get_args, TYPE_CHECKING, NewType, Self.
# Written for twinpy.
#
# Annotations are not checked at run time (nor are they in CPython).  The
# special forms print as CPython prints them (typing.Optional[int],
# typing.List[int]); subscripting one makes a _Form that remembers its
# origin and arguments for get_origin/get_args.
#
# Deviations: a NamedTuple class is a collections.namedtuple (not a tuple
# in twinpy); TypedDict classes make plain dicts; Protocol classes are
# ordinary base classes (runtime_checkable checks the methods exist);
# get_type_hints evaluates string annotations in the module's globals only.
import collections
import collections.abc as _abc
import sys

TYPE_CHECKING = False


class _Form:
    # a special form (Optional, List, ...) or one subscripted
    def __init__(self, name, origin=None, args=(), params=0):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._nparams = params

    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        if self._name == 'Optional':
            return 'typing.Optional[' + _type_repr(self.__args__[0]) + ']'
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = '[' + ', '.join(_type_repr(a) for a in self.__args__[0]) + ']'
            return 'typing.Callable[' + params + ', ' + _type_repr(self.__args__[1]) + ']'
        return 'typing.' + self._name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError('typing.Optional requires a single type.')
            return Union[params[0], type(None)]
        if self._name == 'Union':
            flat = []
            for p in params:
                p = type(None) if p is None else p
                inner = p.__args__ if isinstance(p, _Form) and p._name in ('Union', 'Optional') else (p,)
                for q in inner:
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            name = 'Optional' if len(flat) == 2 and type(None) in flat else 'Union'
            if name == 'Optional':
                other = flat[0] if flat[1] is type(None) else flat[1]
                form = _Form('Optional', Union, (other, type(None)))
                return form
            return _Form('Union', Union, tuple(flat))
        if self._name == 'Callable' and len(params) == 2:
            return _Form('Callable', self.__origin__, params)
        return _Form(self._name, self.__origin__ if self.__origin__ is not None else self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or isinstance(self.__origin__, _Form):
            raise TypeError(f"Cannot instantiate {self!r}")
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _Form):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__) if isinstance(self.__origin__, type) else False

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is type(None) or obj is None:
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _AnyMeta(type):
    def __repr__(cls):
        return 'typing.Any'

    def __instancecheck__(cls, obj):
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyMeta):
    pass


Union = _Form('Union')
Optional = _Form('Optional')
Literal = _Form('Literal')
Final = _Form('Final')
ClassVar = _Form('ClassVar')
ClassVar._is_classvar = True
Annotated = _Form('Annotated')
Concatenate = _Form('Concatenate')
TypeGuard = _Form('TypeGuard')
Unpack = _Form('Unpack')
Required = _Form('Required')
NotRequired = _Form('NotRequired')
NoReturn = _Form('NoReturn')
Never = _Form('Never')
Self = _Form('Self')
LiteralString = _Form('LiteralString')
TypeAlias = _Form('TypeAlias')

List = _Form('List', list)
Dict = _Form('Dict', dict)
Set = _Form('Set', set)
FrozenSet = _Form('FrozenSet', frozenset)
Tuple = _Form('Tuple', tuple)
Type = _Form('Type', type)
DefaultDict = _Form('DefaultDict', collections.defaultdict)
OrderedDict = _Form('OrderedDict', collections.OrderedDict)
Counter = _Form('Counter', collections.Counter)
Deque = _Form('Deque', collections.deque)
ChainMap = _Form('ChainMap', collections.ChainMap)
Text = str
AnyStr = None  # set below, a TypeVar

Callable = _Form('Callable', _abc.Callable)
Iterable = _Form('Iterable', _abc.Iterable)
Iterator = _Form('Iterator', _abc.Iterator)
Generator = _Form('Generator', _abc.Generator)
Reversible = _Form('Reversible', _abc.Reversible)
Container = _Form('Container', _abc.Container)
Collection = _Form('Collection', _abc.Collection)
Hashable = _abc.Hashable
Sized = _abc.Sized
Sequence = _Form('Sequence', _abc.Sequence)
MutableSequence = _Form('MutableSequence', _abc.MutableSequence)
Mapping = _Form('Mapping', _abc.Mapping)
MutableMapping = _Form('MutableMapping', _abc.MutableMapping)
AbstractSet = _Form('AbstractSet', _abc.Set)
MutableSet = _Form('MutableSet', _abc.MutableSet)
KeysView = _Form('KeysView', _abc.KeysView)
ItemsView = _Form('ItemsView', _abc.ItemsView)
ValuesView = _Form('ValuesView', _abc.ValuesView)
MappingView = _Form('MappingView', _abc.MappingView)
Awaitable = _Form('Awaitable', None)
Coroutine = _Form('Coroutine', None)
AsyncIterable = _Form('AsyncIterable', None)
AsyncIterator = _Form('AsyncIterator', None)
ContextManager = _Form('ContextManager', None)
SupportsInt = _Form('SupportsInt', None)
SupportsFloat = _Form('SupportsFloat', None)
SupportsIndex = _Form('SupportsIndex', None)
SupportsAbs = _Form('SupportsAbs', None)
SupportsRound = _Form('SupportsRound', None)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes if False else str, str)


class ParamSpec(TypeVar):
    args = object()
    kwargs = object()


class TypeVarTuple(TypeVar):
    pass


class Generic:
    # Generic[T] as a base: subscripting gives back Generic, so that
    # class Box(Generic[T]) is a plain class; Box[int] is Box
    def __class_getitem__(cls, params):
        return _GenericBase(cls, params if isinstance(params, tuple) else (params,))

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


class _GenericBase:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __repr__(self):
        name = self.__origin__.__qualname__
        mod = self.__origin__.__module__
        name = f'typing.{name}' if mod == 'typing' else f'{mod}.{name}'
        return name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        return isinstance(other, _GenericBase) and self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class Protocol(Generic):
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    # isinstance(x, P) asks whether x has P's methods
    names = [n for n in cls.__dict__ if not n.startswith('_')]
    meta = type(cls)

    class _Check(meta):
        def __instancecheck__(self, obj):
            return all(hasattr(obj, n) for n in names)

        def __subclasscheck__(self, sub):
            return all(hasattr(sub, n) for n in names)
    ns = dict(cls.__dict__)
    return _Check(cls.__name__, cls.__bases__, ns)


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = collections.namedtuple(typename, [n for n, t in fields])
    nt.__annotations__ = dict(fields)
    return nt


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if bases == (object,) or not bases or bases[0] is object:
            return super().__new__(mcls, name, bases, ns)
        fields = list(ns.get('__annotations__', {}).keys())
        defaults = [ns[f] for f in fields if f in ns]
        nt = collections.namedtuple(name, fields, defaults=defaults, module=ns.get('__module__'))
        nt.__annotations__ = dict(ns.get('__annotations__', {}))
        for key, value in ns.items():
            if key not in fields and key not in ('__annotations__', '__module__', '__qualname__', '__doc__',
                                                   '__orig_bases__'):
                setattr(nt, key, value)
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    pass


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        cls = super().__new__(mcls, name, (dict,) if False else (), ns)
        ann = {}
        for b in bases:
            ann.update(getattr(b, '__annotations__', {}))
        ann.update(ns.get('__annotations__', {}))
        cls.__annotations__ = ann
        cls.__total__ = total
        cls.__required_keys__ = set(ann) if total else set()
        cls.__optional_keys__ = set() if total else set(ann)
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    ns = {'__annotations__': dict(fields or kwargs), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


def _typeddict_mro_entries(bases):
    return (_TypedDictBase,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


class _TypedDictBase(metaclass=_TypedDictMeta):
    pass


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. "
                                  "A series of @typing.overload-decorated functions "
                                  "outside a stub module should always be followed "
                                  "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def get_origin(tp):
    if isinstance(tp, (_Form, _GenericBase)):
        if isinstance(tp, _Form) and tp._name == 'Optional':
            return Union
        return tp.__origin__
    origin = getattr(tp, '__origin__', None)
    if origin is not None:
        return origin
    if type(tp) is type(int | str):
        import types
        return types.UnionType
    return None


def get_args(tp):
    if isinstance(tp, (_Form, _GenericBase)) or hasattr(tp, '__args__'):
        args = tp.__args__
        if isinstance(tp, _Form) and tp._name == 'Callable' and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return tuple(args)
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            mod = sys.modules.get(base.__module__)
            g = globalns if globalns is not None else (mod.__dict__ if mod is not None else {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, localns)
        return hints
    ann = getattr(obj, '__annotations__', {}) or {}
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


def _eval_hint(value, g, l):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, g, l if l is not None else g)
    if isinstance(value, _Form) and value.__args__:
        args = tuple(_eval_hint(a, g, l) for a in value.__args__)
        return _Form(value._name, value.__origin__, args)
    return value


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


__all__ = [n for n in list(globals()) if not n.startswith('_') and n not in ('collections', 'sys')]
