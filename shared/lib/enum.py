# enum - enumerations, as CPython's enum (3.11): Enum, IntEnum, StrEnum,
# Flag, IntFlag, auto, unique, EnumMeta/EnumType, the functional API
# (Enum('Color', 'RED GREEN')), _missing_, _generate_next_value_, aliases,
# __members__, members with __init__ taking tuple values.  Written for
# twinpy.
#
# The metaclass takes the members out of the class body's namespace, makes
# the class, then makes one instance per distinct value; Color(1) and
# Color['RED'] look them up in two dicts.  Members are made once, at class
# creation, so threads read them without locks.
#
# Deviations: IntEnum, IntFlag and StrEnum members are not int or str
# instances (built-in types cannot be subclassed in twinpy): they compare,
# hash, format and do arithmetic as their values do, but isinstance(m, int)
# is False; a mixin data type other than these is not supported; the
# boundary= option of Flag is not, and _order_ is ignored.
import types as _types

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique',
           'property', 'verify', 'member', 'nonmember', 'global_enum', 'ReprEnum']


class auto:
    # a placeholder: the metaclass replaces it with the next value
    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class nonmember:
    def __init__(self, value):
        self.value = value


class member:
    def __init__(self, value):
        self.value = value


property = property
_missing = object()


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return (isinstance(obj, (_types.FunctionType, _types.BuiltinFunctionType, classmethod, staticmethod,
                             property, type))
            or hasattr(type(obj), '__get__') or hasattr(type(obj), '__set__'))


def _is_private(cls_name, name):
    pattern = '_%s__' % cls_name.lstrip('_')
    return name.startswith(pattern) and not name.endswith('__')


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        # the members: plain values defined in the body, in order
        names = []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key, value in list(classdict.items()):
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                names.append((key, value.value))
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            names.append((key, value))
        for key, _ in names:
            del classdict[key]
        classdict.pop('_ignore_', None)
        for key in ignore:
            classdict.pop(key, None)
        for key, _ in names:
            if key in ('mro', ''):
                raise ValueError(f"Invalid enum member name: {key!r}")
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        if names:
            base_enum = _find_enum_base(bases)
            if base_enum is not None and base_enum._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base_enum!r}")
        gen = enum_class._generate_next_value_ if names else None
        last_values = []
        own_new = _own_member_new(enum_class)
        for key, value in names:
            if isinstance(value, auto):
                if value.value is None or value.value is _auto_null:
                    value = gen(key, 1, len(last_values), last_values[:])
                else:
                    value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(key, 1, len(last_values), last_values[:]) if isinstance(v, auto) else v
                              for v in value)
            last_values.append(value)
            _add_member(enum_class, key, value, own_new)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new_member_lookup(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def __new_member_lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            if issubclass(cls, Flag):
                found = _flag_from_value(cls, value)
                if found is not None:
                    return found
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        ns = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last = []
            items = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                items.append((name, value))
            names = items
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                key, value = item, names[item]
            else:
                key, value = item
            ns[key] = value
        ns['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            ns['__qualname__'] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, ns)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return any(m._value_ == value for m in cls._unhashable_values_)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__}: cannot delete Enum member.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
_auto_null = object()
Enum = Flag = None  # defined below; the metaclass makes them too


def _find_enum_base(bases):
    for base in bases:
        for k in base.__mro__:
            if isinstance(k, EnumType) and k._member_names_:
                return k
    return None


def _own_member_new(enum_class):
    # a __new__ written in an enum class makes the members
    for k in enum_class.__mro__:
        if k is Enum or k is object or Enum is None:
            return None
        new = k.__dict__.get('__new__')
        if new is not None:
            return new.__func__ if hasattr(new, '__func__') else new
    return None


def _add_member(enum_class, name, value, own_new):
    args = value if isinstance(value, tuple) else (value,)
    if own_new is not None:
        m = own_new(enum_class, *args)
        if not hasattr(m, '_value_'):
            m._value_ = value
    else:
        m = object.__new__(enum_class)
        m._value_ = value
    value = m._value_
    # an alias: a second name for a value already there
    try:
        existing = enum_class._value2member_map_.get(value)
    except TypeError:
        existing = None
        for other in enum_class._unhashable_values_:
            if other._value_ == value:
                existing = other
    if existing is not None:
        enum_class._member_map_[name] = existing
        type.__setattr__(enum_class, name, existing)
        return
    m._name_ = name
    m.__objclass__ = enum_class
    init = getattr(enum_class, '__init__', None)
    if init is not None and init is not object.__init__ and own_new is None:
        init(m, *args)
    elif init is not None and init is not object.__init__ and own_new is not None and init is not Enum.__init__:
        init(m, *args)
    m._sort_order_ = len(enum_class._member_names_)
    enum_class._member_names_.append(name)
    enum_class._member_map_[name] = m
    try:
        enum_class._value2member_map_[value] = m
    except TypeError:
        enum_class._unhashable_values_.append(m)
    type.__setattr__(enum_class, name, m)


class Enum(metaclass=EnumType):
    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = repr(self._value_)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


def _val(x):
    return x._value_ if isinstance(x, Enum) else x


def _value_ops(cls, names):
    # the operators of a value type, applied to the values
    import operator
    for name in names:
        fn = getattr(operator, name + '_' if name in ('and', 'or') else name, None)
        if fn is None:
            continue

        def forward(self, other, _fn=fn):
            return _fn(self._value_, _val(other))

        def backward(self, other, _fn=fn):
            return _fn(_val(other), self._value_)
        setattr(cls, '__' + name + '__', forward)
        if name not in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
            setattr(cls, '__r' + name + '__', backward)


class IntEnum(ReprEnum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __neg__(self):
        return -self._value_

    def __abs__(self):
        return abs(self._value_)

    def __invert__(self):
        return ~self._value_


_value_ops(IntEnum, ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
                     'and', 'or', 'xor', 'eq', 'ne', 'lt', 'le', 'gt', 'ge'])


class StrEnum(ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, x):
        return x in self._value_

    def __getattr__(self, name):
        # the str methods of the value: Color.RED.upper()
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._value_, name)


_value_ops(StrEnum, ['add', 'mul', 'mod', 'eq', 'ne', 'lt', 'le', 'gt', 'ge'])


def _bits(n):
    # the powers of two in n, lowest first
    out = []
    while n:
        b = n & -n
        out.append(b)
        n ^= b
    return out


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if isinstance(v, int) and v > high:
                high = v
        return 1 << high.bit_length() if high else 1

    def _members_in(self):
        return [m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_
                and len(_bits(m._value_)) == 1]

    def __iter__(self):
        return iter(self._members_in())

    def __len__(self):
        return len(_bits(self._value_))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        return "<%s: %r>" % (self._flag_text(), self._value_)

    def __str__(self):
        return self._flag_text()

    def _flag_text(self):
        cls = self.__class__.__name__
        if self._name_ is not None:
            return "%s.%s" % (cls, self._name_)
        names = [m._name_ for m in self._members_in()]
        return "%s.%s" % (cls, "|".join(names)) if names else "%s(%r)" % (cls, self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        everything = 0
        for m in self.__class__:
            everything |= m._value_
        return self.__class__(everything & ~self._value_)

    def __hash__(self):
        return hash(self._value_)


def _flag_from_value(cls, value):
    # a combination of members: a pseudo-member made once and remembered
    if not isinstance(value, int):
        return None
    everything = 0
    for m in cls:
        everything |= m._value_
    if value < 0 or value & ~everything:
        return None
    pseudo = object.__new__(cls)
    pseudo._value_ = value
    pseudo._name_ = None
    if value == 0:
        pseudo._name_ = None
    names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_ and len(_bits(m._value_)) == 1]
    pseudo._name_ = "|".join(names) if names else None
    return cls._value2member_map_.setdefault(value, pseudo)


class IntFlag(Flag):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __or__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        return Flag.__and__(self, other)

    def __xor__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        return Flag.__xor__(self, other)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __eq__(self, other):
        return self._value_ == _val(other)

    def __ne__(self, other):
        return self._value_ != _val(other)

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorate(enumeration):
        return enumeration
    return decorate


def global_enum(cls):
    return cls
