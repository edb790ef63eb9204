# datetime - dates, times and intervals, as CPython's datetime module (3.11):
# MINYEAR, MAXYEAR, timedelta, date, time, datetime, tzinfo, timezone (with
# timezone.utc), over the proleptic Gregorian calendar.  Written for twinpy.
#
# timedelta normalises any mix of int and float arguments as CPython does
# (whole parts exactly, the fractional microseconds summed and rounded half
# to even), and its products and quotients with ints and floats round half
# to even.  fromisoformat accepts what 3.11 accepts (the basic and extended
# forms, ISO week dates, any one-character separator, fractional seconds of
# any length, offsets with seconds and fractions); strptime supports the
# directives of CPython's _strptime (%a %A %b %B %c %d %f %G %H %I %j %m %M
# %p %S %u %U %V %w %W %x %X %y %Y %z %Z %%) in the C locale, with the same
# backtracking choices as its regular expressions.  strftime replaces %z,
# %Z and %f and hands the rest to the C library's strftime (through the
# time module), as CPython does, so every glibc directive and flag gives
# CPython's result.  Local time (now, fromtimestamp, timestamp, astimezone)
# comes from time.localtime, including fold for repeated wall times.
#
# Deviations: built-in types cannot be subclassed here, so isocalendar()
# returns an IsoCalendarDate that behaves like a 3-tuple (indexing,
# unpacking, ==, <, hash) without being a tuple, and timetuple() returns
# this module's struct_time, a sequence with the tm_* fields (time's own
# struct_time cannot be created from Python).  TypeErrors that the
# interpreter raises for unsupported operands or comparisons name the
# classes without the "datetime." prefix; missing-argument messages are
# Python's own.  A directive repeated in a strptime format raises
# re.error with only the first part of CPython's message.  strptime and
# fromisoformat read ASCII digits only; the %Z names strptime accepts are
# utc, gmt and the local zone's names as localtime reports them.  Hash
# values differ from CPython's (equal objects still hash alike), and
# __reduce__ gives the constructor arguments, not CPython's packed state.
import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORD = 719163            # date(1970, 1, 1).toordinal()
_US_PER_DAY = 86400000000
_MAX_DAYS = 999999999
_INT_MAX = 2147483647
_TIME_T_MAX = 2 ** 63
_MISSING = object()

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_START = [0, 0]          # days before month m in a common year
for _m in range(2, 14):
    _MONTH_START.append(_MONTH_START[-1] + _MONTH_DAYS[_m - 1])
del _m

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FULL_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                   "Saturday", "Sunday")
_FULL_MONTH_NAMES = (None, "January", "February", "March", "April", "May",
                     "June", "July", "August", "September", "October",
                     "November", "December")


# ---- calendar arithmetic -------------------------------------------------

def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_DAYS[m]


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _ordinal(y, m, d):
    n = _days_before_year(y) + _MONTH_START[m] + d
    if m > 2 and _leap(y):
        n += 1
    return n


def _from_ordinal(n):
    # Works for any int (years before 1 count astronomically: 0, -1, ...).
    q400, r = divmod(n - 1, 146097)
    q100, r = divmod(r, 36524)
    if q100 == 4:                      # the last day of a 400-year cycle
        return q400 * 400 + 400, 12, 31
    q4, r = divmod(r, 1461)
    q1, r = divmod(r, 365)
    if q1 == 4:                        # the last day of a 4-year cycle
        return q400 * 400 + q100 * 100 + q4 * 4 + 4, 12, 31
    y = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    # r is the day of the year, from 0
    leap = q1 == 3 and (q4 != 24 or q100 == 3)
    m = (r >> 5) + 1                   # an estimate, never too big
    if m < 12:
        start = _MONTH_START[m + 1] + (1 if leap and m + 1 > 2 else 0)
        if r >= start:
            m += 1
    start = _MONTH_START[m] + (1 if leap and m > 2 else 0)
    return y, m, r - start + 1


def _weekday_of(n):
    return (n + 6) % 7                 # ordinal 1 was a Monday


def _iso_week1_monday(y):
    first = _ordinal(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _check_year_range(y):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)


# ---- argument checks -----------------------------------------------------

def _as_int(x):
    if type(x) is int:
        return x
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return meth(x)


def _as_c_int(x):
    x = _as_int(x)
    if x > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if x < -_INT_MAX - 1:
        raise OverflowError("signed integer is less than minimum")
    return x


def _check_date(y, m, d):
    y = _as_c_int(y)
    m = _as_c_int(m)
    d = _as_c_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _month_len(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, fold):
    h = _as_c_int(h)
    mi = _as_c_int(mi)
    s = _as_c_int(s)
    us = _as_c_int(us)
    fold = _as_c_int(fold)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _cls_name(obj):
    cls = type(obj)
    if cls in _OWN_CLASSES:
        return "datetime." + cls.__name__
    return cls.__qualname__


def _type_name(cls):
    if cls in _OWN_CLASSES:
        return "datetime." + cls.__name__
    return cls.__name__


def _read_only(name, owner):
    if not owner:
        raise AttributeError("readonly attribute")
    raise AttributeError("attribute '%s' of '%s' objects is not writable"
                         % (name, owner))


def _frozen_setattr(self, name, value):
    # the public fields are read-only, and this module's own classes have
    # no other attributes (subclasses may add theirs)
    owner = self._FIELDS.get(name)
    if owner is not None:
        _read_only(name, owner)
    if type(self) in _OWN_CLASSES:
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_type_name(type(self)), name))
    object.__setattr__(self, name, value)


def _frozen_delattr(self, name):
    owner = self._FIELDS.get(name)
    if owner is not None:
        _read_only(name, owner)
    if type(self) in _OWN_CLASSES:
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_type_name(type(self)), name))
    object.__delattr__(self, name)


def _fields(owner, names):
    return dict.fromkeys(names.split(), owner)


def _check_offset(kind, off):
    # The result of a tzinfo's utcoffset() or dst().
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (kind, _type_name(type(off))))
    if not -_ONE_DAY_US < off._to_us() < _ONE_DAY_US:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _plain_format(obj, fmt):
    # format() of an object without format specifications
    if not isinstance(fmt, str):
        raise TypeError("format() argument 2 must be str, not %s"
                        % type(fmt).__name__)
    if fmt:
        raise TypeError("unsupported format string passed to %s.__format__"
                        % _type_name(type(obj)))
    return str(obj)


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % _type_name(type(name)))
    return name


def _format_offset(off, sep):
    # "+HH:MM[:SS[.ffffff]]" (sep ":") or "+HHMM[SS[.ffffff]]" (sep "").
    if off is None:
        return ""
    us = off._to_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    s, us = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    out = "%s%02d%s%02d" % (sign, h, sep, m)
    if s or us:
        out += "%s%02d" % (sep, s)
        if us:
            out += ".%06d" % us
    return out


def _format_clock(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


# ---- strftime --------------------------------------------------------------

def _strftime(fmt, tt, offset_fn, name_fn, us):
    # CPython's scheme: %z, %Z and %f are replaced here; everything else
    # goes to the C library's strftime.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    k = fmt.find("\0")
    if k >= 0:
        fmt = fmt[:k]                  # C sees the format up to a NUL
    parts = []
    i = 0
    n = len(fmt)
    start = 0
    while i < n:
        if fmt[i] != "%":
            i += 1
            continue
        if i + 1 >= n:
            break                      # a lone % at the end goes to C as is
        c = fmt[i + 1]
        if c == "z" or c == "Z" or c == "f":
            parts.append(fmt[start:i])
            if c == "f":
                parts.append("%06d" % us)
            elif c == "z":
                parts.append(offset_fn())
            else:
                name = name_fn()
                if name:
                    parts.append(name.replace("%", "%%"))
            start = i + 2
        i += 2
    parts.append(fmt[start:])
    spec = "".join(parts)
    if not spec:
        return ""
    out = _time.strftime(spec, tt)
    # CPython gives up (returning "") when the result does not fit in a
    # buffer of 1024 bytes doubled until it reaches 256 times the format
    size = 1024
    limit = 256 * len(spec.encode("utf-8"))
    while size < limit:
        size += size
    if len(out) >= size // 4 and len(out.encode("utf-8")) >= size:
        return ""
    return out


# ---- struct_time and IsoCalendarDate stand-ins --------------------------

class _TupleLike:
    # An immutable sequence over self._t, equal to tuples with the same items.
    def __len__(self):
        return len(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def _other(self, other):
        if isinstance(other, _TupleLike):
            return other._t
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t == o

    def __ne__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t != o

    def __lt__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t < o

    def __le__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t <= o

    def __gt__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t > o

    def __ge__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._t >= o

    def __add__(self, other):
        return self._t + tuple(other)

    def count(self, x):
        return self._t.count(x)

    def index(self, x, *args):
        return self._t.index(x, *args)


_ST_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
              "tm_wday", "tm_yday", "tm_isdst")


class struct_time(_TupleLike):
    """The nine fields of timetuple(), named as time.struct_time names them."""

    def __init__(self, seq):
        t = tuple(seq)
        if len(t) != 9:
            raise TypeError("time.struct_time() takes a 9-sequence (%d-sequence given)" % len(t))
        self._t = t

    tm_year = property(lambda self: self._t[0])
    tm_mon = property(lambda self: self._t[1])
    tm_mday = property(lambda self: self._t[2])
    tm_hour = property(lambda self: self._t[3])
    tm_min = property(lambda self: self._t[4])
    tm_sec = property(lambda self: self._t[5])
    tm_wday = property(lambda self: self._t[6])
    tm_yday = property(lambda self: self._t[7])
    tm_isdst = property(lambda self: self._t[8])
    tm_zone = property(lambda self: None)
    tm_gmtoff = property(lambda self: None)
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (k, v) for k, v in zip(_ST_FIELDS, self._t))

    def __reduce__(self):
        return (struct_time, (self._t,))


class IsoCalendarDate(_TupleLike):
    """(year, week, weekday) of an ISO calendar date, as isocalendar() returns."""

    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    year = property(lambda self: self._t[0])
    week = property(lambda self: self._t[1])
    weekday = property(lambda self: self._t[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._t

    def __reduce__(self):
        return (tuple, (self._t,))


def _yday(y, m, d):
    n = _MONTH_START[m] + d
    if m > 2 and _leap(y):
        n += 1
    return n


def _timetuple(y, m, d, hh, mm, ss, isdst):
    return (y, m, d, hh, mm, ss, _weekday_of(_ordinal(y, m, d)),
            _yday(y, m, d), isdst)


# ---- local time ------------------------------------------------------------

def _localtime(t):
    # time.localtime(t) for an int t, with CPython's errors.
    if not -_TIME_T_MAX <= t < _TIME_T_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    if -10 ** 17 < t < 10 ** 17:
        return _time.localtime(t)
    raise OSError(75, "Value too large for defined data type")


def _local_wall(u):
    # wall-clock seconds (since the epoch, as if UTC) of the instant u; as
    # in CPython, a local date outside years 1..9999 is an error
    tm = _localtime(u)
    if not MINYEAR <= tm.tm_year <= MAXYEAR:
        raise ValueError("year %d is out of range" % tm.tm_year)
    return u + tm.tm_gmtoff


def _local_to_utc(t, fold):
    # The instant u whose local wall time is t (fold picks between two);
    # in a gap, the offset from before the gap (fold=0) or after (fold=1).
    a = _local_wall(t) - t
    u1 = t - a
    w1 = _local_wall(u1)
    if w1 == t:
        probe = u1 + 86400 if fold else u1 - 86400
        b = _local_wall(probe) - probe
        if b == a:
            return u1
    else:
        b = w1 - u1
    u2 = t - b
    if _local_wall(u2) == t:
        return u2
    if w1 == t:
        return u1
    if fold:
        return min(u1, u2)
    return max(u1, u2)


def _split_timestamp(t, floor_only):
    # (whole seconds, microseconds) of a timestamp; CPython rounds half to
    # even to the microsecond (date.fromtimestamp floors to the second).
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if floor_only:
            if not -9.223372036854776e18 <= t < 9.223372036854776e18:
                raise OverflowError("timestamp out of range for platform time_t")
            return int(_math.floor(t)), 0
        frac, whole = _math.modf(t)
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(whole)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    t = _as_int(t)
    if not -_TIME_T_MAX <= t < _TIME_T_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return t, 0


def _utc_fields(s):
    # (y, m, d, hh, mm, ss) of whole seconds since the epoch, UTC
    days, rem = divmod(s, 86400)
    y, m, d = _from_ordinal(days + _EPOCH_ORD)
    if not -_INT_MAX - 1 <= y - 1900 <= _INT_MAX:
        raise OSError(75, "Value too large for defined data type")
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _local_fields(s):
    tm = _localtime(s)
    return (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
            min(tm.tm_sec, 59))


def _local_timezone(u):
    tm = _localtime(u)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


# ---- timedelta -------------------------------------------------------------

_TD_FACTORS = (("microseconds", 1), ("milliseconds", 1000),
               ("seconds", 1000000), ("minutes", 60000000),
               ("hours", 3600000000), ("days", 86400000000),
               ("weeks", 604800000000))


def _round_half_even_div(a, b):
    # a / b rounded to the nearest int, ties to even (b != 0)
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q & 1):
            q += 1
    return q


def _td_from_us(us):
    days, rem = divmod(us, _US_PER_DAY)
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        if not -_INT_MAX - 1 <= days <= _INT_MAX:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (days, _MAX_DAYS))
    self = object.__new__(timedelta)
    _d = self.__dict__
    _d['_days'] = days
    _d['_seconds'], _d['_microseconds'] = divmod(rem, 1000000)
    return self


class timedelta:
    """A duration: days, seconds and microseconds, normalised."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            us = (((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60
                   + seconds) * 1000000 + milliseconds * 1000 + microseconds)
        else:
            args = (microseconds, milliseconds, seconds, minutes, hours,
                    days, weeks)
            us = 0
            left = 0.0
            for (tag, factor), v in zip(_TD_FACTORS, args):
                if isinstance(v, int):
                    us += v * factor
                elif isinstance(v, float):
                    frac, whole = _math.modf(v)
                    us += int(whole) * factor
                    if frac:
                        frac, whole = _math.modf(frac * factor)
                        us += int(whole)
                        left += frac
                else:
                    raise TypeError("unsupported type for timedelta %s "
                                    "component: %s" % (tag, type(v).__name__))
            if left:
                # round the summed fractions, half to even on the total
                a = -left if left < 0 else left
                fl = _math.floor(a)
                if a - fl == 0.5:
                    whole = int(_math.floor(left))
                    if (us + whole) & 1:
                        whole += 1
                else:
                    whole = int(fl) + (1 if a - fl > 0.5 else 0)
                    if left < 0:
                        whole = -whole
                us += whole
        self = _td_from_us(us)
        if cls is not timedelta:
            obj = object.__new__(cls)
            _d = obj.__dict__
            _d['_days'] = self._days
            _d['_seconds'] = self._seconds
            _d['_microseconds'] = self._microseconds
            return obj
        return self

    _FIELDS = _fields("", "days seconds microseconds")
    __setattr__ = _frozen_setattr
    __delattr__ = _frozen_delattr

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 1000000

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_cls_name(self), ", ".join(args))

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        out = "%d:%02d:%02d" % (h, m, s)
        if self._microseconds:
            out += ".%06d" % self._microseconds
        if self._days:
            d = self._days
            out = "%d day%s, %s" % (d, "" if d == 1 or d == -1 else "s", out)
        return out

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return _td_from_us(-self._to_us())
        return _td_from_us(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(_round_half_even_div(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_round_half_even_div(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_round_half_even_div(self._to_us() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_from_us(self._to_us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), d)
            return q, _td_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __format__(self, fmt):
        return _plain_format(self, fmt)

    def __reduce__(self):
        return (type(self), self._key())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = _td_from_us(-_MAX_DAYS * _US_PER_DAY)
timedelta.max = _td_from_us((_MAX_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)
_ONE_DAY_US = _US_PER_DAY
_ZERO = _td_from_us(0)


# ---- date ------------------------------------------------------------------

def _new_date(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        _d = self.__dict__
        _d['_year'] = y
        _d['_month'] = m
        _d['_day'] = d
        return self
    return cls(y, m, d)


def _iso_date_bytes(b, n):
    # Parse the date part b[:n] (bytes) of an ISO 8601 string; the fields,
    # or None.  A week date becomes its calendar date (None when invalid).
    # As in CPython, digits are read past n when the form asks for them.
    nb = len(b)

    def digits(p, k):
        v = 0
        for j in range(p, p + k):
            c = b[j] if j < nb else 0
            if not 48 <= c <= 57:
                return None
            v = v * 10 + c - 48
        return v
    y = digits(0, 4)
    if y is None:
        return None
    p = 4
    dash = p < nb and b[p] == 45
    if dash:
        p += 1
    if p < nb and b[p] == 87:                      # 'W'
        p += 1
        week = digits(p, 2)
        if week is None:
            return None
        p += 2
        if p < n:
            if dash:
                if p >= nb or b[p] != 45:
                    return None
                p += 1
            wd = digits(p, 1)
            if wd is None:
                return None
        else:
            wd = 1
        return _iso_to_ymd(y, week, wd)
    m = digits(p, 2)
    if m is None:
        return None
    p += 2
    if dash:
        if not (p < nb and b[p] == 45):
            return None
        p += 1
    d = digits(p, 2)
    if d is None:
        return None
    return y, m, d


def _iso_to_ymd(y, week, wd):
    if not 0 < week < 53:
        if week != 53:
            return None
        jan1 = _weekday_of(_ordinal(y, 1, 1))
        if not (jan1 == 3 or (jan1 == 2 and _leap(y))):
            return None
    if not 0 < wd < 8:
        return None
    if y < MINYEAR:
        # year 0000: CPython gets no valid month for it
        return 1, 0, 1
    return _from_ordinal(_iso_week1_monday(y) + (week - 1) * 7 + wd - 1)


def _iso_hms(b, p, end, n):
    # [HH[:?MM[:?SS]]][.,fff...] in b[p:end]; n is len(b) (the string's
    # end, which the checks past the last digits look at).  Returns
    # (status, h, m, s, us): status < 0 failure, 0 ok, 1 ok but more
    # follows end.
    vals = [0, 0, 0]
    colons = True
    for i in range(3):
        v = 0
        for j in range(p, p + 2):
            c = b[j] if j < n else 0
            if not 48 <= c <= 57:
                return (-3, 0, 0, 0, 0)
            v = v * 10 + c - 48
        vals[i] = v
        p += 2
        c = b[p] if p < n else 0
        p += 1
        if i == 0:
            colons = c == 58
        if p >= end:
            return (1 if c else 0, vals[0], vals[1], vals[2], 0)
        if colons and c == 58:
            continue
        if c == 46 or c == 44:
            break
        if not colons:
            p -= 1
        else:
            return (-4, 0, 0, 0, 0)
    k = end - p
    if k > 6:
        k = 6
    us = 0
    for j in range(p, p + k):
        c = b[j] if j < n else 0
        if not 48 <= c <= 57:
            return (-3, 0, 0, 0, 0)
        us = us * 10 + c - 48
    p += k
    if k < 6:
        us *= 10 ** (6 - k)
    while p < n and 48 <= b[p] <= 57:
        p += 1
    return (1 if p < n else 0, vals[0], vals[1], vals[2], us)


def _iso_time_bytes(b, start):
    # The time (and offset) part of an ISO string, from b[start:].
    # Returns (h, m, s, us, tz) or None.
    n = len(b)
    tzpos = start
    while True:
        c = b[tzpos] if tzpos < n else 0
        if c == 90 or c == 43 or c == 45:          # Z + -
            break
        tzpos += 1
        if tzpos >= n:
            break
    st, h, m, s, us = _iso_hms(b, start, tzpos, n)
    if st < 0:
        return None
    if tzpos >= n:
        if st == 1:
            return None
        return h, m, s, us, None
    if b[tzpos] == 90:
        if tzpos + 1 < n:
            return None
        return h, m, s, us, _UTC
    sign = -1 if b[tzpos] == 45 else 1
    st2, th, tm, ts, tus = _iso_hms(b, tzpos + 1, n, n)
    if st2 != 0:
        return None
    off = sign * (th * 3600 + tm * 60 + ts)
    tus *= sign
    if off == 0:
        return h, m, s, us, _UTC
    return h, m, s, us, timezone(timedelta(0, off, tus))


def _utf8(s):
    try:
        return s.encode("utf-8")
    except UnicodeError:
        return None


class date:
    """A date (year, month, day) in the proleptic Gregorian calendar."""

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING or day is _MISSING:
            if month is _MISSING:
                raise TypeError("function missing required argument 'month' (pos 2)")
            raise TypeError("function missing required argument 'day' (pos 3)")
        y, m, d = _check_date(year, month, day)
        self = object.__new__(cls)
        _d = self.__dict__
        _d['_year'] = y
        _d['_month'] = m
        _d['_day'] = d
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Local date of a POSIX timestamp."""
        s, _ = _split_timestamp(t, True)
        y, m, d, _, _, _ = _local_fields(s)
        _check_year_range(y)
        return _new_date(cls, y, m, d)

    @classmethod
    def today(cls):
        """Current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (1 is 0001-01-01)."""
        n = _as_c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _from_ordinal(n)[0])
        y, m, d = _from_ordinal(n)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of YYYY-MM-DD, YYYYMMDD, YYYY-Www-D and similar forms."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        b = _utf8(date_string)
        r = None
        if b is not None and len(b) in (7, 8, 10):
            r = _iso_date_bytes(b, len(b))
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*r)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week number and weekday."""
        year = _as_c_int(year)
        week = _as_c_int(week)
        day = _as_c_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            ok = False
            if week == 53:
                jan1 = _weekday_of(_ordinal(year, 1, 1))
                ok = jan1 == 3 or (jan1 == 2 and _leap(year))
            if not ok:
                raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    _FIELDS = _fields("datetime.date", "year month day")
    __setattr__ = _frozen_setattr
    __delattr__ = _frozen_delattr

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_cls_name(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        """YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """Like time.ctime(): 'Sat Jan  1 00:00:00 2000'."""
        wd = _weekday_of(self.toordinal())
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[wd],
                                            _MONTH_NAMES[self._month],
                                            self._day, self._year)

    def timetuple(self):
        """The date as a struct_time (time fields 0, tm_isdst -1)."""
        return struct_time(_timetuple(self._year, self._month, self._day,
                                      0, 0, 0, -1))

    def strftime(self, format):
        """Format with C strftime directives."""
        tt = _timetuple(self._year, self._month, self._day, 0, 0, 0, -1)
        return _strftime(format, tt, _empty, _none, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        """Days since 0000-12-31 (0001-01-01 is 1)."""
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return _weekday_of(self.toordinal())

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return _weekday_of(self.toordinal()) + 1

    def isocalendar(self):
        """(ISO year, week number, weekday)."""
        y = self._year
        n = self.toordinal()
        monday = _iso_week1_monday(y)
        week, wd = divmod(n - monday, 7)
        if week < 0:
            y -= 1
            week, wd = divmod(n - _iso_week1_monday(y), 7)
        elif week >= 52 and n >= _iso_week1_monday(y + 1):
            y += 1
            week = 0
        return IsoCalendarDate(y, week + 1, wd + 1)

    def replace(self, year=None, month=None, day=None):
        """The date with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _from_ordinal(n)
            return _new_date(type(self), y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _from_ordinal(n)
            return _new_date(type(self), y, m, d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_from_us((self.toordinal() - other.toordinal())
                               * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _empty():
    return ""


def _none():
    return None


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _td_from_us(_US_PER_DAY)


# ---- tzinfo and timezone ---------------------------------------------------

class tzinfo:
    """Abstract base for time zone information."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """The local time of dt, a UTC time with tzinfo self."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        std = off - dst
        if std:
            dt = dt + std
            dst = _check_offset("dst", dt.dst())
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        if dst:
            return dt + dst
        return dt

    def __format__(self, fmt):
        return _plain_format(self, fmt)

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, self.__dict__ or None)


_OMITTED = object()


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % type(offset).__name__)
        if name is _OMITTED:
            name = None
            if not offset and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % ("None" if name is None else _type_name(type(name))))
        if not -_US_PER_DAY < offset._to_us() < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        self = object.__new__(cls)
        _d = self.__dict__
        _d['_offset'] = offset
        _d['_name'] = name
        return self

    def __init__(self, *args, **kw):
        pass

    _FIELDS = {}
    __setattr__ = _frozen_setattr
    __delattr__ = _frozen_delattr

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance "
                        "or None, not %s" % type(dt).__name__)

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst(dt) argument must be a datetime instance "
                        "or None, not %s" % type(dt).__name__)

    def tzname(self, dt):
        if dt is None or isinstance(dt, datetime):
            if self._name is not None:
                return self._name
            return self._offset_name()
        raise TypeError("tzname(dt) argument must be a datetime instance "
                        "or None, not %s" % type(dt).__name__)

    def _offset_name(self):
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_cls_name(self), self._offset)
        return "%s(%r, %r)" % (_cls_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_UTC = None
_UTC = timezone(_ZERO)
UTC = _UTC
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


# ---- time ------------------------------------------------------------------

def _new_time(cls, h, m, s, us, tz, fold):
    if cls is time:
        self = object.__new__(time)
        _d = self.__dict__
        _d['_hour'] = h
        _d['_minute'] = m
        _d['_second'] = s
        _d['_microsecond'] = us
        _d['_tzinfo'] = tz
        _d['_fold'] = fold
        return self
    return cls(h, m, s, us, tz, fold=fold)


class time:
    """A time of day, with an optional tzinfo."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        h, m, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        _d = self.__dict__
        _d['_hour'] = h
        _d['_minute'] = m
        _d['_second'] = s
        _d['_microsecond'] = us
        _d['_tzinfo'] = tzinfo
        _d['_fold'] = fold
        return self

    _FIELDS = _fields("datetime.time",
                      "hour minute second microsecond tzinfo fold")
    __setattr__ = _frozen_setattr
    __delattr__ = _frozen_delattr

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of HH[:MM[:SS[.fff...]]][offset] and the basic forms."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        b = _utf8(time_string)
        r = None
        if b:
            start = 1 if b[0] == 84 else 0        # a leading 'T'
            r = _iso_time_bytes(b, start)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        h, m, s, us, tz = r
        return cls(h, m, s, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def isoformat(self, timespec="auto"):
        """HH:MM:SS[.ffffff][+HH:MM], or as timespec says."""
        out = _format_clock(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
        return out + _format_offset(self.utcoffset(), ":")

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_cls_name(self), s)

    def strftime(self, format):
        """Format with C strftime directives (the date part is 1900-01-01)."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(format, tt,
                         lambda: _format_offset(self.utcoffset(), ""),
                         self.tzname, self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """The time with the given fields changed."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _us_of_day(self):
        return (((self._hour * 60 + self._minute) * 60 + self._second)
                * 1000000 + self._microsecond)

    def _cmp(self, other, eq):
        # -1, 0 or 1; None for naive against aware when eq.
        if self._tzinfo is other._tzinfo:
            a = self._us_of_day()
            b = other._us_of_day()
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            a = self._us_of_day()
            b = other._us_of_day()
            if o1 is None and o2 is None:
                pass
            elif o1 is not None and o2 is not None:
                a -= o1._to_us()
                b -= o2._to_us()
            elif eq:
                return None
            else:
                raise TypeError("can't compare offset-naive and offset-aware times")
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        t = self
        if self._fold:
            t = self.replace(fold=0)
        off = t.utcoffset()
        if off is None:
            return hash((self._hour, self._minute, self._second,
                         self._microsecond))
        return hash(("time", self._us_of_day() - off._to_us()))

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td_from_us(1)


# ---- datetime --------------------------------------------------------------

def _new_datetime(cls, y, mo, d, h, mi, s, us, tz, fold):
    if cls is datetime:
        self = object.__new__(datetime)
        _d = self.__dict__
        _d['_year'] = y
        _d['_month'] = mo
        _d['_day'] = d
        _d['_hour'] = h
        _d['_minute'] = mi
        _d['_second'] = s
        _d['_microsecond'] = us
        _d['_tzinfo'] = tz
        _d['_fold'] = fold
        return self
    return cls(y, mo, d, h, mi, s, us, tz, fold=fold)


def _dt_plus_us(dt, delta_us, cls):
    # dt moved by delta_us microseconds (fold 0), or OverflowError.
    days, us = divmod(dt._us_of_day() + delta_us, _US_PER_DAY)
    n = dt.toordinal() + days
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, mo, d = _from_ordinal(n)
    s, us = divmod(us, 1000000)
    mi, s = divmod(s, 60)
    h, mi = divmod(mi, 60)
    return _new_datetime(cls, y, mo, d, h, mi, s, us, dt._tzinfo, 0)


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0,
                second=0, microsecond=0, tzinfo=None, *, fold=0):
        if month is _MISSING or day is _MISSING:
            if month is _MISSING:
                raise TypeError("function missing required argument 'month' (pos 2)")
            raise TypeError("function missing required argument 'day' (pos 3)")
        y, mo, d = _check_date(year, month, day)
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        _d = self.__dict__
        _d['_year'] = y
        _d['_month'] = mo
        _d['_day'] = d
        _d['_hour'] = h
        _d['_minute'] = mi
        _d['_second'] = s
        _d['_microsecond'] = us
        _d['_tzinfo'] = tzinfo
        _d['_fold'] = fold
        return self

    _FIELDS = dict(date._FIELDS, **_fields(
        "datetime.datetime", "hour minute second microsecond tzinfo fold"))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- constructors

    @classmethod
    def _from_seconds(cls, s, us, tz, utc_based):
        if utc_based:
            y, mo, d, h, mi, sec = _utc_fields(s)
            _check_year_range(y)
            return _new_datetime(cls, y, mo, d, h, mi, sec, us, tz, 0)
        y, mo, d, h, mi, sec = _local_fields(s)
        _check_year_range(y)
        fold = 0
        # a repeated wall time: did an earlier instant show the same?
        wall = _local_wall(s)
        probe = s - 86400
        shift = wall - _local_wall(probe) - 86400
        if shift < 0 and _local_wall(s + shift) == wall:
            fold = 1
        return _new_datetime(cls, y, mo, d, h, mi, sec, us, tz, fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (or tz's) date and time of a POSIX timestamp."""
        _check_tzinfo(tz)
        s, us = _split_timestamp(t, False)
        if tz is None:
            return cls._from_seconds(s, us, None, False)
        return tz.fromutc(cls._from_seconds(s, us, tz, True))

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC date and time of a POSIX timestamp."""
        s, us = _split_timestamp(t, False)
        return cls._from_seconds(s, us, None, True)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time, or tz's."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """A datetime from a date and a time (and, optionally, a tzinfo)."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _new_datetime(cls, date._year, date._month, date._day,
                             time._hour, time._minute, time._second,
                             time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string (most forms, as 3.11)."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _parse_iso_datetime(date_string)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        (y, mo, d), t = r
        if t is None:
            return cls(y, mo, d)
        h, mi, s, us, tz = t
        return cls(y, mo, d, h, mi, s, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that format (strptime directives) reads from date_string."""
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s"
                            % type(format).__name__)
        f = _strptime_fields(date_string, format)
        (y, mo, d, h, mi, s, us, gmtoff, gmtoff_us, tzname) = f
        if gmtoff is None:
            return cls(y, mo, d, h, mi, s, us)
        off = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
        tz = timezone(off, tzname) if tzname else timezone(off)
        return cls(y, mo, d, h, mi, s, us, tz)

    # -- parts

    def date(self):
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        return _new_time(time, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        return _new_time(time, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """The datetime with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond,
                          tzinfo, fold=fold)

    def _wall_seconds(self):
        return ((self.toordinal() - _EPOCH_ORD) * 86400 + self._hour * 3600
                + self._minute * 60 + self._second)

    def _local_offset(self):
        # the offset local time has at this naive (local) datetime
        t = self._wall_seconds()
        u = _local_to_utc(t, self._fold)
        return u, _local_timezone(u)

    def timestamp(self):
        """POSIX timestamp (a naive datetime is local time)."""
        off = self.utcoffset()
        if off is None:
            u = _local_to_utc(self._wall_seconds(), self._fold)
            return u + self._microsecond / 1e6
        us = (self._wall_seconds() * 1000000 + self._microsecond
              - off._to_us())
        return us / 1000000

    def astimezone(self, tz=None):
        """The same instant in tz (default: the local time zone)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        off = None
        if mytz is not None:
            if mytz is tz:
                return self
            off = self.utcoffset()
        if off is None:
            u, localtz = self._local_offset()
            off = localtz._offset
            if tz is None:
                tz = localtz
        elif tz is None:
            u = (self._wall_seconds() * 1000000 + self._microsecond
                 - off._to_us()) // 1000000
            tz = _local_timezone(u)
        base = _dt_plus_us(self, -off._to_us(), datetime)
        base = _new_datetime(type(self), base._year, base._month, base._day,
                             base._hour, base._minute, base._second,
                             base._microsecond, tz, 0)
        return tz.fromutc(base)

    # -- formatting

    def isoformat(self, sep="T", timespec="auto"):
        """YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]; sep and timespec as given."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % type(sep).__name__)
        out = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        out += _format_clock(self._hour, self._minute, self._second,
                             self._microsecond, timespec)
        return out + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day,
                                    self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_cls_name(self), s)

    def ctime(self):
        wd = _weekday_of(self.toordinal())
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[wd], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def _tt(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _timetuple(self._year, self._month, self._day, self._hour,
                          self._minute, self._second, isdst)

    def timetuple(self):
        return struct_time(self._tt())

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = _dt_plus_us(self, -off._to_us(), datetime)
        return struct_time(_timetuple(dt._year, dt._month, dt._day, dt._hour,
                                      dt._minute, dt._second, 0))

    def strftime(self, format):
        return _strftime(format, self._tt(),
                         lambda: _format_offset(self.utcoffset(), ""),
                         self.tzname, self._microsecond)

    # -- arithmetic and comparison

    def _us_of_day(self):
        return (((self._hour * 60 + self._minute) * 60 + self._second)
                * 1000000 + self._microsecond)

    def _total_us(self):
        return self.toordinal() * _US_PER_DAY + self._us_of_day()

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_plus_us(self, other._to_us(), type(self))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            a = self._total_us()
            b = other._total_us()
            if self._tzinfo is not other._tzinfo:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                if o1 is not None:
                    a -= o1._to_us()
                    b -= o2._to_us()
            return _td_from_us(a - b)
        if isinstance(other, timedelta):
            return _dt_plus_us(self, -other._to_us(), type(self))
        return NotImplemented

    def _flip_changes_offset(self, off):
        other = _new_datetime(datetime, self._year, self._month, self._day,
                              self._hour, self._minute, self._second,
                              self._microsecond, self._tzinfo, 1 - self._fold)
        return other.utcoffset() != off

    def _cmp(self, other, eq):
        # -1, 0, 1; 2 for "unequal" (naive against aware, or a fold-dependent
        # offset) when eq.
        if self._tzinfo is other._tzinfo:
            a = self._total_us()
            b = other._total_us()
            return (a > b) - (a < b)
        o1 = self.utcoffset()
        o2 = other.utcoffset()
        if o1 is None and o2 is None or (o1 is not None and o2 is not None
                                         and o1 == o2):
            a = self._total_us()
            b = other._total_us()
        elif o1 is not None and o2 is not None:
            a = self._total_us() - o1._to_us()
            b = other._total_us() - o2._to_us()
        elif eq:
            return 2
        else:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        r = (a > b) - (a < b)
        if eq and r == 0 and (self._flip_changes_offset(o1)
                              or other._flip_changes_offset(o2)):
            return 2
        return r

    def _order(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s"
                            % (_type_name(type(self)), _type_name(type(other))))
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        r = self._order(other)
        return NotImplemented if r is None else r < 0

    def __le__(self, other):
        r = self._order(other)
        return NotImplemented if r is None else r <= 0

    def __gt__(self, other):
        r = self._order(other)
        return NotImplemented if r is None else r > 0

    def __ge__(self, other):
        r = self._order(other)
        return NotImplemented if r is None else r >= 0

    def __hash__(self):
        t = self
        if self._fold:
            t = _new_datetime(datetime, self._year, self._month, self._day,
                              self._hour, self._minute, self._second,
                              self._microsecond, self._tzinfo, 0)
        off = t.utcoffset()
        if off is None:
            return hash((self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond))
        return hash(self._total_us() - off._to_us())

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


_date_class = date
_time_class = time
_OWN_CLASSES = (timedelta, date, datetime, time, tzinfo, timezone)

datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999,
                             None, 0)
datetime.resolution = _td_from_us(1)


# ---- datetime.fromisoformat ------------------------------------------------

def _iso_separator(b):
    # Where the date part of an ISO datetime ends (the separator's index).
    n = len(b)
    if n == 7:
        return 7
    if b[4] == 45:                                   # YYYY-...
        if b[5] == 87:                               # YYYY-W..
            if n < 8:
                return -1
            if n > 8 and b[8] == 45:
                if n == 9:
                    return -1
                if n > 10 and 48 <= b[10] <= 57:
                    return 8
                return 10
            return 8
        return 10
    if b[4] == 87:                                   # YYYYWww[D]
        k = 7
        while k < n and 48 <= b[k] <= 57:
            k += 1
        if k < 9:
            return k
        return 7 if k % 2 == 0 else 8
    return 8


def _parse_iso_datetime(s):
    n = len(s)
    if n < 7:
        return None
    # any one character may separate date and time: a non-ASCII one
    # stands for 'T' (the rest is read as UTF-8 bytes, as CPython does)
    sep = _iso_separator([ord(c) for c in s[:12]] + [0] * (n - 12 if n > 12 else 0))
    if 0 <= sep < n and ord(s[sep]) > 127:
        s = s[:sep] + "T" + s[sep + 1:]
    b = _utf8(s)
    if b is None:
        return None
    n = len(b)
    sep = _iso_separator(b)
    if sep < 0:
        return None
    d = _iso_date_bytes(b, sep)
    if d is None:
        return None
    if n > sep:
        t = _iso_time_bytes(b, sep + 1)
        if t is None:
            return None
        return d, t
    return d, None


# ---- strptime --------------------------------------------------------------

_REGEX_SPECIAL = "\\.^$*+?(){}[]|"


def _digits_at(s, i, k):
    # True if s[i:i+k] is k ASCII digits
    if i + k > len(s):
        return False
    for j in range(i, i + k):
        c = s[j]
        if not "0" <= c <= "9":
            return False
    return True


def _alts(s, i, alts):
    # End positions, in order, of the alternatives that match at i.  Each
    # alternative is a string of classes: 'd' any digit, a range 'x-y'
    # written as (lo, hi) tuples, or a literal.
    out = []
    n = len(s)
    for alt in alts:
        j = i
        ok = True
        for cls in alt:
            if j >= n:
                ok = False
                break
            c = s[j]
            if not cls[0] <= c <= cls[1]:
                ok = False
                break
            j += 1
        if ok:
            out.append(j)
    return out


def _cls(spec):
    # "3[0-1]|\d" style, parsed into tuples of (lo, hi) classes
    alts = []
    for alt in spec.split("|"):
        classes = []
        i = 0
        while i < len(alt):
            c = alt[i]
            if c == "[":
                classes.append((alt[i + 1], alt[i + 3]))
                i += 5
            elif c == "D":
                classes.append(("0", "9"))
                i += 1
            elif c == "_":
                classes.append((" ", " "))
                i += 1
            else:
                classes.append((c, c))
                i += 1
        alts.append(tuple(classes))
    return tuple(alts)


# directive -> alternatives ("D" is a digit, "_" a space)
_NUMERIC = {
    "d": _cls("3[0-1]|[1-2]D|0[1-9]|[1-9]|_[1-9]"),
    "H": _cls("2[0-3]|[0-1]D|D"),
    "I": _cls("1[0-2]|0[1-9]|[1-9]"),
    "G": _cls("DDDD"),
    "j": _cls("36[0-6]|3[0-5]D|[1-2]DD|0[1-9]D|00[1-9]|[1-9]D|0[1-9]|[1-9]"),
    "m": _cls("1[0-2]|0[1-9]|[1-9]"),
    "M": _cls("[0-5]D|D"),
    "S": _cls("6[0-1]|[0-5]D|D"),
    "U": _cls("5[0-3]|[0-4]D|D"),
    "W": _cls("5[0-3]|[0-4]D|D"),
    "w": _cls("[0-6]"),
    "u": _cls("[1-7]"),
    "V": _cls("5[0-3]|0[1-9]|[1-4]D|D"),
    "y": _cls("DD"),
    "Y": _cls("DDDD"),
}


def _by_length(names):
    return tuple(sorted([x.lower() for x in names if x], key=len, reverse=True))


_NAMES = {
    "a": _by_length(_DAY_NAMES),
    "A": _by_length(_FULL_DAY_NAMES),
    "b": _by_length(_MONTH_NAMES[1:]),
    "B": _by_length(_FULL_MONTH_NAMES[1:]),
    "p": ("am", "pm"),
}

# the C locale's %c, %x and %X as strptime reads them
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_tz_names_cache = []


def _tz_names():
    # utc, gmt and the local zone's standard and daylight names, lower-cased,
    # as (names without daylight saving, names with)
    if not _tz_names_cache:
        std = dst = None
        try:
            year = _time.localtime().tm_year
            for month in (1, 7):
                tm = _time.localtime(_time.mktime((year, month, 1, 12, 0, 0, 0, 0, -1)))
                if tm.tm_isdst > 0:
                    dst = tm.tm_zone
                elif std is None:
                    std = tm.tm_zone
        except (OverflowError, OSError, ValueError, AttributeError):
            pass
        no_dst = {"utc", "gmt"}
        if std:
            no_dst.add(std.lower())
        has_dst = set()
        if dst:
            has_dst.add(dst.lower())
        _tz_names_cache.append((no_dst, has_dst))
    return _tz_names_cache[0]


def _z_ends(s, i):
    # End positions for [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z, in the
    # order a backtracking matcher tries them.
    out = []
    n = len(s)
    if i < n and s[i] in "+-" and _digits_at(s, i + 1, 2):
        p = i + 3
        for colon in (True, False):
            q = p
            if colon:
                if q < n and s[q] == ":":
                    q += 1
                else:
                    continue
            if not (q + 1 < n and "0" <= s[q] <= "5" and "0" <= s[q + 1] <= "9"):
                continue
            q += 2
            # optional seconds group, greedy
            for colon2 in (True, False):
                r = q
                if colon2:
                    if r < n and s[r] == ":":
                        r += 1
                    else:
                        continue
                if not (r + 1 < n and "0" <= s[r] <= "5" and "0" <= s[r + 1] <= "9"):
                    continue
                r += 2
                if r < n and s[r] == ".":
                    k = 0
                    while k < 6 and _digits_at(s, r + 1 + k, 1):
                        k += 1
                    for kk in range(k, 0, -1):
                        out.append(r + 1 + kk)
                out.append(r)
            out.append(q)
    if i < n and s[i] == "Z":
        out.append(i + 1)
    return out


def _strptime_tokens(fmt):
    toks = _strptime_tokens1(fmt)
    seen = set()
    for t in toks:
        if t[0] == "dir":
            if t[1] in seen:
                import re
                raise re.error("redefinition of group name %r" % t[1])
            seen.add(t[1])
    return toks


def _strptime_tokens1(fmt):
    # The format as a list of tokens: ("lit", ch), ("ws",), ("dir", ch).
    toks = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _COMPOSITE:
                toks.extend(_strptime_tokens1(_COMPOSITE[d]))
            elif d in _NUMERIC or d in _NAMES or d in "fzZ":
                toks.append(("dir", d))
            elif d == "%":
                toks.append(("lit", "%"))
            else:
                if d in _REGEX_SPECIAL or d.isspace():
                    d = "%"
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            toks.append(("ws",))
        else:
            toks.append(("lit", c))
            i += 1
    return toks


def _candidates(tok, s, i):
    kind = tok[0]
    n = len(s)
    if kind == "lit":
        c = tok[1]
        if i < n and (s[i] == c or s[i].lower() == c.lower()):
            return [i + 1]
        return []
    if kind == "ws":
        j = i
        while j < n and s[j].isspace():
            j += 1
        return list(range(j, i, -1))
    d = tok[1]
    alts = _NUMERIC.get(d)
    if alts is not None:
        return _alts(s, i, alts)
    names = _NAMES.get(d)
    if names is not None:
        out = []
        for name in names:
            if s[i:i + len(name)].lower() == name:
                out.append(i + len(name))
        return out
    if d == "f":
        k = 0
        while k < 6 and _digits_at(s, i + k, 1):
            k += 1
        return [i + kk for kk in range(k, 0, -1)]
    if d == "z":
        return _z_ends(s, i)
    # %Z
    no_dst, has_dst = _tz_names()
    names = sorted(no_dst | has_dst, key=len, reverse=True)
    out = []
    for name in names:
        if s[i:i + len(name)].lower() == name:
            out.append(i + len(name))
    return out


def _strptime_match(toks, s):
    # Depth-first search (with an explicit stack) for the first way, in a
    # backtracking regex matcher's order, that the tokens match from the
    # start of s: the directive texts and the end position, or None.
    ntok = len(toks)
    if ntok == 0:
        return {}, 0
    path = []                  # (directive, text) of the choices made
    stack = [[_candidates(toks[0], s, 0), 0, 0]]
    while stack:
        frame = stack[-1]
        cands, idx, pos = frame
        k = len(stack) - 1
        isdir = toks[k][0] == "dir"
        if idx > 0 and isdir:
            path.pop()             # undo the previous choice at this depth
        if idx >= len(cands):
            stack.pop()
            continue
        j = cands[idx]
        frame[1] = idx + 1
        if isdir:
            path.append((toks[k][1], s[pos:j]))
        if k + 1 == ntok:
            return dict(path), j
        stack.append([_candidates(toks[k + 1], s, j), 0, j])
    return None


def _julian_from_week(year, week, weekday, monday_first):
    first = _weekday_of(_ordinal(year, 1, 1))
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_len = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_len + 7 * (week - 1) + weekday


def _time_strptime(data, fmt):
    # time.strptime's nine fields (the C side makes the struct_time)
    # (CPython's wording: the arguments counted from 0, the type's repr)
    for i, v in enumerate((data, fmt)):
        if not isinstance(v, str):
            raise TypeError("strptime() argument %d must be str, not %r"
                            % (i, type(v)))
    f = _strptime_fields(data, fmt)
    y, mo, d, h, mi, s = f[:6]
    day = date(y, mo, d)
    yday = day.toordinal() - date(y, 1, 1).toordinal() + 1
    return (y, mo, d, h, mi, s, day.weekday(), yday, -1)


def _strptime_fields(data, fmt):
    toks = _strptime_tokens(fmt)
    m = _strptime_match(toks, data)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    found, end = m
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = None
    week_of_year = -1
    week_start = -1
    weekday = julian = None
    for key in found:
        v = found[key]
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = [x.lower() if x else x for x in _FULL_MONTH_NAMES].index(v.lower())
        elif key == "b":
            month = [x.lower() if x else x for x in _MONTH_NAMES].index(v.lower())
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = [x.lower() for x in _FULL_DAY_NAMES].index(v.lower())
        elif key == "a":
            weekday = [x.lower() for x in _DAY_NAMES].index(v.lower())
        elif key == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key == "U" or key == "W":
            week_of_year = int(v)
            week_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            if v == "Z":
                gmtoff = 0
            else:
                z = v
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 + minutes) * 60 + seconds
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest))) if rest else 0
                if z[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible "
                             "with ISO year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None and week_of_year == -1:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year != -1:
            julian = _julian_from_week(year, week_of_year, weekday,
                                       week_start == 0)
        elif iso_year is not None and iso_week is not None:
            jan4 = date(iso_year, 1, 4).isoweekday()
            julian = iso_week * 7 + weekday + 1 - (jan4 + 3)
            year = iso_year
            if julian < 1:
                julian += date(iso_year, 1, 1).toordinal()
                year -= 1
                julian -= date(year, 1, 1).toordinal()
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is None:
        julian = (date(year, month, day).toordinal()
                  - date(year, 1, 1).toordinal() + 1)
    else:
        r = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = r._year, r._month, r._day
    if leap_fix:
        year = 1900
    tzname = found.get("Z")
    return (year, month, day, hour, minute, second, fraction, gmtoff,
            gmtoff_fraction, tzname)
