# dataclasses - classes from annotated fields, as CPython's dataclasses
# (3.11): dataclass (init, repr, eq, order, unsafe_hash, frozen, kw_only,
# match_args), field (default, default_factory, init, repr, hash, compare,
# kw_only, metadata), fields, asdict, astuple, replace, is_dataclass,
# make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING,
# __post_init__.  Written for twinpy.
#
# As in CPython, __init__, __repr__, __eq__ and the ordering methods are
# generated as source text and compiled with exec, so defaults, keyword
# arguments and error messages are those of ordinary functions.
#
# Deviations: slots=True and weakref_slot are accepted but make an ordinary
# class (twinpy has no __slots__); string annotations "ClassVar[...]" and
# "InitVar[...]" are recognised by their text only.
import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', repr(self.type))
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = 'field', 'classvar', 'initvar'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        fn = getattr(type(self.default), '__set_name__', None)
        if fn:
            fn(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(a):
    if isinstance(a, str):
        return a.startswith('ClassVar') or a.startswith('typing.ClassVar')
    return getattr(a, '_is_classvar', False) or repr(a).startswith('typing.ClassVar')


def _is_initvar(a):
    if isinstance(a, str):
        return a.startswith('InitVar') or a.startswith('dataclasses.InitVar')
    return a is InitVar or isinstance(a, InitVar)


def _get_field(cls, name, a_type, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type == _FIELD:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                             f'use default_factory')
    else:
        f.kw_only = False
    return f


def _exec_fn(name, args, body, globals_, locals_):
    body = '\n'.join('  ' + line for line in body) or '  pass'
    txt = f' def {name}({", ".join(args)}):\n{body}'
    local_vars = ', '.join(locals_.keys())
    src = f'def __create_fn__({local_vars}):\n{txt}\n return {name}'
    ns = {}
    exec(src, globals_, ns)
    return ns['__create_fn__'](**locals_)


def _tuple_str(obj, flds):
    if not flds:
        return '()'
    return '(' + ','.join(f'{obj}.{f.name}' for f in flds) + ',)'


def _set_attr(cls, name, value):
    if name in cls.__dict__:
        return True
    value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    flds = {}
    globals_ = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                'FrozenInstanceError': FrozenInstanceError, '__builtins__': __builtins__}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                flds[f.name] = f
            if b.__dict__['__dataclass_params__'].frozen:
                any_frozen_base = True
    ann = cls.__dict__.get('__annotations__', {})
    kw_only_now = kw_only
    own = []
    for name, a_type in ann.items():
        if a_type is KW_ONLY or a_type == 'KW_ONLY':
            kw_only_now = True
            continue
        own.append(_get_field(cls, name, a_type, kw_only_now))
    for f in own:
        flds[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in ann:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = flds
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    all_fields = list(flds.values())
    std = [f for f in all_fields if f._field_type == _FIELD]
    if init:
        _set_attr(cls, '__init__', _make_init(all_fields, frozen, '__dataclass_self__' if 'self' in flds else 'self',
                                              globals_, cls))
    if repr:
        rflds = [f for f in std if f.repr]
        body = ['return self.__class__.__qualname__ + f"(' +
                ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in rflds) + ')"']
        _set_attr(cls, '__repr__', _recursive_repr(_exec_fn('__repr__', ('self',), body, globals_, {})))
    cmp_fields = [f for f in std if f.compare]
    if eq:
        self_t, other_t = _tuple_str('self', cmp_fields), _tuple_str('other', cmp_fields)
        _set_attr(cls, '__eq__', _exec_fn('__eq__', ('self', 'other'),
                                           ['if other.__class__ is self.__class__:',
                                            f' return {self_t}=={other_t}', 'return NotImplemented'],
                                           globals_, {}))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        self_t, other_t = _tuple_str('self', cmp_fields), _tuple_str('other', cmp_fields)
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            fn = _exec_fn(name, ('self', 'other'), ['if other.__class__ is self.__class__:',
                                                    f' return {self_t}{op}{other_t}', 'return NotImplemented'],
                          globals_, {})
            if _set_attr(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        names = tuple(f.name for f in std)
        for fname, args, doing in [('__setattr__', ('self', 'name', 'value'), 'assign to'),
                                   ('__delattr__', ('self', 'name'), 'delete')]:
            body = [f'if type(self) is cls or name in {names!r}:',
                    f' raise FrozenInstanceError(f"cannot {doing} field {{name!r}}")',
                    f'super(cls, self).{fname}({", ".join(args[1:])})']
            if _set_attr(cls, fname, _exec_fn(fname, args, body, globals_, {'cls': cls})):
                raise TypeError(f'Cannot overwrite attribute {fname} in class {cls.__name__}')
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    hash_fields = [f for f in std if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen and not has_explicit_hash):
        if unsafe_hash and has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _exec_fn('__hash__', ('self',), [f'return hash({_tuple_str("self", hash_fields)})'],
                                globals_, {})
    elif eq and not frozen and not has_explicit_hash:
        cls.__hash__ = None
    if not getattr(cls, '__doc__', None):
        try:
            sig = ', '.join(f.name for f in std)
        except (TypeError, ValueError):
            sig = ''
        cls.__doc__ = cls.__name__ + '(' + sig + ')'
    if match_args:
        _set_attr_plain(cls, '__match_args__', tuple(f.name for f in std if f.init and not f.kw_only))
    return cls


def _set_attr_plain(cls, name, value):
    if name not in cls.__dict__:
        setattr(cls, name, value)


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _make_init(fields_, frozen, self_name, globals_, cls):
    locals_ = {}
    seen_default = False
    std_args, kw_args = [], []
    for f in fields_:
        if not f.init or f._field_type == _FIELD_CLASSVAR:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default and not f.kw_only:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        elif not f.kw_only:
            seen_default = True
        if f.default is not MISSING:
            locals_[f'_dflt_{f.name}'] = f.default
            arg = f'{f.name}=_dflt_{f.name}'
        elif f.default_factory is not MISSING:
            arg = f'{f.name}=_HAS_DEFAULT_FACTORY'
        else:
            arg = f.name
        (kw_args if f.kw_only else std_args).append(arg)
    body = []
    for f in fields_:
        if f._field_type != _FIELD:
            continue
        if f.default_factory is not MISSING:
            locals_[f'_dflt_{f.name}'] = f.default_factory
            if f.init:
                value = f'_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
            else:
                value = f'_dflt_{f.name}()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            locals_[f'_dflt_{f.name}'] = f.default
            value = f'_dflt_{f.name}'
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})')
        else:
            body.append(f'{self_name}.{f.name}={value}')
    if hasattr(cls, '__post_init__'):
        initvars = ','.join(f.name for f in fields_ if f._field_type == _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({initvars})')
    locals_['__dataclass_builtins_object__'] = object
    args = [self_name] + std_args + (['*'] + kw_args if kw_args else [])
    return _exec_fn('__init__', args, body, globals_, locals_)


def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)
    wrapper.__name__ = '__repr__'
    return wrapper


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq, self.order = init, repr, eq, order
        self.unsafe_hash, self.frozen = unsafe_hash, frozen

    def __repr__(self):
        return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only)
