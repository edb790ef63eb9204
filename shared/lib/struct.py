# struct - packing values into bytes as C structs lay them out, after
# CPython's struct module (3.11): pack, unpack, calcsize, iter_unpack,
# pack_into, unpack_from, the Struct class and struct.error.  Byte orders
# @ (native: x86-64 Linux sizes and alignment), = < > !; format codes
# x c b B ? h H i I l L q Q n N e f d s p P (n, N and P in native mode
# only), with repeat counts and whitespace between items.  Range and type
# errors carry CPython's messages, which depend on the code and the byte
# order exactly as CPython's do.  Written for twinpy.
#
# The float codes are computed here from math.frexp/ldexp: 'd' exactly,
# 'f' and 'e' rounded to nearest, ties to even; a value too large for 'f'
# or 'e' raises OverflowError, except native '@f', which gives inf as
# CPython 3.11's does.
#
# Deviations: a NaN is packed as the quiet NaN with its sign (CPython keeps
# a 'd' NaN's payload bits and the 'f' payload's top bits) and unpacked as
# float('nan') with the sign of the one packed; "buffer" means bytes or
# bytearray (no memoryview; pack_into needs a bytearray); unpack('0p', b'')
# gives (b'',) where CPython raises SystemError; the cache of compiled
# formats is a plain dict emptied when it reaches 100 entries.
import math as _math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = 'struct'

_SSIZE_MAX = (1 << 63) - 1
_INF = float('inf')
_NAN = float('nan')

# code -> (size, alignment) in native mode, x86-64 Linux (LP64)
_NATIVE = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
           'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4),
           'l': (8, 8), 'L': (8, 8), 'q': (8, 8), 'Q': (8, 8),
           'n': (8, 8), 'N': (8, 8), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8),
           's': (1, 1), 'p': (1, 1), 'P': (8, 8)}
# code -> size with a byte order given (no alignment)
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
             'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8,
             'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQN'
_SMALL_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}  # exponent, fraction bits


# ---- converting arguments ---------------------------------------------

def _get_int(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _get_float(v):
    if isinstance(v, float):
        return v
    try:
        if isinstance(v, int):
            return float(v)
        conv = getattr(type(v), '__float__', None)
        if conv is not None:
            return float(conv(v))
        index = getattr(type(v), '__index__', None)
        if index is not None:
            return float(index(v))
    except Exception:
        pass
    raise error("required argument is not a float")


def _offset_arg(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


def _buffer_arg(buf):
    if isinstance(buf, (bytes, bytearray)):
        return buf
    raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__)


# ---- floats to IEEE bit patterns and back -----------------------------

def _float_to_bits(x, ebits, mbits, code, saturate):
    # the bit pattern of x in the binary format with ebits exponent bits and
    # mbits fraction bits, rounded to nearest, ties to even; too large a
    # value raises OverflowError (or becomes inf when saturate is set)
    sign = (1 << (ebits + mbits)) if _math.copysign(1.0, x) < 0 else 0
    allones = (1 << ebits) - 1
    if x != x:
        return sign | (allones << mbits) | (1 << (mbits - 1))
    if x == _INF or x == -_INF:
        return sign | (allones << mbits)
    if x == 0.0:
        return sign
    m, e = _math.frexp(abs(x))
    big = int(_math.ldexp(m, 53))   # abs(x) == big * 2**(e - 53), exactly
    low = e - 53
    bias = (1 << (ebits - 1)) - 1
    emin = 1 - bias
    exp = e - 1                     # 2**exp <= abs(x) < 2**(exp + 1)
    subnormal = exp < emin
    # the weight of the last fraction bit in the result
    unit = (emin if subnormal else exp) - mbits
    drop = unit - low
    if drop <= 0:
        q = big << -drop
    else:
        q = big >> drop
        rest = big - (q << drop)
        half = 1 << (drop - 1)
        if rest > half or (rest == half and q & 1):
            q += 1
    if subnormal:
        # q <= 2**mbits; q == 2**mbits is the smallest normal, whose
        # pattern is the same number
        return sign | q
    if q >> (mbits + 1):
        q >>= 1
        exp += 1
    biased = exp + bias
    if biased >= allones:
        if saturate:
            return sign | (allones << mbits)
        raise OverflowError("float too large to pack with %s format" % code)
    return sign | (biased << mbits) | (q - (1 << mbits))


def _bits_to_float(bits, ebits, mbits):
    negative = (bits >> (ebits + mbits)) & 1
    allones = (1 << ebits) - 1
    biased = (bits >> mbits) & allones
    frac = bits & ((1 << mbits) - 1)
    if biased == allones:
        if frac:
            return _math.copysign(_NAN, -1.0 if negative else 1.0)
        return -_INF if negative else _INF
    bias = (1 << (ebits - 1)) - 1
    if biased == 0:
        v = _math.ldexp(float(frac), 1 - bias - mbits)
    else:
        v = _math.ldexp(float(frac | (1 << mbits)), biased - bias - mbits)
    return -v if negative else v


# ---- packers and unpackers for one item -------------------------------

def _int_packer(code, size, order):
    # order: '@', '<' (also '=') or '>' (also '!'): CPython checks ranges
    # and words its messages differently in each of its three tables
    byteorder = 'big' if order == '>' else 'little'
    nbits = 8 * size
    if code in _SMALL_NAMES and (code in 'bB' or order != '>'):
        if code in _SIGNED:
            lo, hi = -(1 << (nbits - 1)), (1 << (nbits - 1)) - 1
        else:
            lo, hi = 0, (1 << nbits) - 1
        msg = "%s format requires %d <= number <= %d" % (_SMALL_NAMES[code], lo, hi)

        def pack(v):
            v = _get_int(v)
            if v < -(1 << 63) or v > _SSIZE_MAX:
                raise error("argument out of range")
            if v < lo or v > hi:
                raise error(msg)
            return v.to_bytes(size, byteorder, signed=lo < 0)
        return pack
    if code == 'P':
        def pack(v):
            v = _get_int(v)
            if v < -(1 << 63) or v >= (1 << 64):
                raise error("int too large to convert")
            return (v & ((1 << 64) - 1)).to_bytes(8, byteorder)
        return pack
    # a value that fits no 64-bit C integer of the code's signedness
    wide = "int too large to convert" if order == '>' and size == 8 else "argument out of range"
    if code in _SIGNED:
        clo, chi = -(1 << 63), _SSIZE_MAX
        lo, hi = -(1 << (nbits - 1)), (1 << (nbits - 1)) - 1
        msg = "'%s' format requires %d <= number <= %d" % (code, lo, hi)
        signed = True
    else:
        clo, chi = 0, (1 << 64) - 1
        lo, hi = 0, (1 << nbits) - 1
        msg = "'%s' format requires 0 <= number <= %d" % (code, hi)
        signed = False

    def pack(v):
        v = _get_int(v)
        if v < clo or v > chi:
            raise error(wide)
        if v < lo or v > hi:
            raise error(msg)
        return v.to_bytes(size, byteorder, signed=signed)
    return pack


def _int_unpacker(code, size, order):
    byteorder = 'big' if order == '>' else 'little'
    signed = code in _SIGNED
    from_bytes = int.from_bytes

    def unpack(data):
        return from_bytes(data, byteorder, signed=signed)
    return unpack


def _float_packer(code, order):
    ebits, mbits = _FLOATS[code]
    size = (1 + ebits + mbits) // 8
    byteorder = 'big' if order == '>' else 'little'
    saturate = code == 'f' and order == '@'

    def pack(v):
        bits = _float_to_bits(_get_float(v), ebits, mbits, code, saturate)
        return bits.to_bytes(size, byteorder)
    return pack


def _float_unpacker(code, order):
    ebits, mbits = _FLOATS[code]
    byteorder = 'big' if order == '>' else 'little'

    def unpack(data):
        return _bits_to_float(int.from_bytes(data, byteorder), ebits, mbits)
    return unpack


def _pack_char(v):
    if isinstance(v, bytes) and len(v) == 1:
        return v
    raise error("char format requires a bytes object of length 1")


def _pack_bool(v):
    return b'\x01' if v else b'\x00'


def _unpack_char(data):
    return bytes(data)


def _unpack_bool(data):
    return data[0] != 0


# ---- compiling a format -----------------------------------------------

class _Compiled:
    # items: (offset, code, count, itemsize, packer, unpacker) for each
    # item that takes or gives values; 'x' leaves only its gap
    def __init__(self, fmt):
        order = '@'
        i = 0
        if fmt and fmt[0] in '@=<>!':
            order = fmt[0]
            i = 1
        kind = {'@': '@', '=': '<', '<': '<', '>': '>', '!': '>'}[order]
        native = order == '@'
        n = len(fmt)
        size = 0
        nargs = 0
        items = []
        while i < n:
            c = fmt[i]
            if c.isspace():
                i += 1
                continue
            count = 1
            if '0' <= c <= '9':
                j = i
                while j < n and '0' <= fmt[j] <= '9':
                    j += 1
                count = int(fmt[i:j])
                if count > _SSIZE_MAX:
                    raise error("total struct size too long")
                if j >= n:
                    raise error("repeat count given without format specifier")
                i = j
                c = fmt[i]
            i += 1
            if native:
                entry = _NATIVE.get(c)
                if entry is None:
                    raise error("bad char in struct format")
                isize, align = entry
                if align > 1:
                    size = (size + align - 1) // align * align
            else:
                isize = _STANDARD.get(c)
                if isize is None:
                    raise error("bad char in struct format")
            if count > (_SSIZE_MAX - size) // isize:
                raise error("total struct size too long")
            if c == 'x':
                size += count
                continue
            if c in 'sp':
                items.append((size, c, count, count, None, None))
                size += count
                nargs += 1
                continue
            if c == 'c':
                packer, unpacker = _pack_char, _unpack_char
            elif c == '?':
                packer, unpacker = _pack_bool, _unpack_bool
            elif c in _FLOATS:
                packer, unpacker = _float_packer(c, kind), _float_unpacker(c, kind)
            else:
                packer, unpacker = _int_packer(c, isize, kind), _int_unpacker(c, isize, kind)
            if count:
                items.append((size, c, count, isize, packer, unpacker))
            size += count * isize
            nargs += count
        self.size = size
        self.nargs = nargs
        self.items = items

    def pack_values(self, values, out, base):
        # write the packed values into the bytearray out at offset base
        k = 0
        for off, c, count, isize, packer, _ in self.items:
            at = base + off
            if c == 's' or c == 'p':
                v = values[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == 's':
                    data = v[:count]
                    out[at:at + len(data)] = data
                elif count:
                    data = v[:count - 1]
                    out[at] = min(len(data), 255)
                    out[at + 1:at + 1 + len(data)] = data
                continue
            for _ in range(count):
                out[at:at + isize] = packer(values[k])
                k += 1
                at += isize

    def unpack_values(self, data, base):
        result = []
        for off, c, count, isize, _, unpacker in self.items:
            at = base + off
            if c == 's':
                result.append(bytes(data[at:at + count]))
            elif c == 'p':
                if count == 0:
                    result.append(b'')
                    continue
                length = min(data[at], count - 1)
                result.append(bytes(data[at + 1:at + 1 + length]))
            else:
                for _ in range(count):
                    result.append(unpacker(data[at:at + isize]))
                    at += isize
        return tuple(result)


_cache = {}


def _compile(fmt):
    if isinstance(fmt, str):
        key = fmt
    elif isinstance(fmt, bytes):
        key = fmt
    else:
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    compiled = _cache.get(key)
    if compiled is None:
        text = fmt.decode('latin-1') if isinstance(fmt, bytes) else fmt
        if not isinstance(fmt, bytes):
            fmt.encode('ascii')  # CPython's error for a non-ASCII format
        compiled = _Compiled(text)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[key] = compiled
    return compiled


# ---- the Struct class and the module-level functions ------------------

class Struct:
    """A compiled format: pack and unpack without parsing it again."""

    def __init__(self, format):
        self._c = _compile(format)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        self.size = self._c.size

    def pack(self, *values):
        c = self._c
        if len(values) != c.nargs:
            raise error("pack expected %d items for packing (got %d)" % (c.nargs, len(values)))
        out = bytearray(c.size)
        c.pack_values(values, out, 0)
        return bytes(out)

    def pack_into(self, *args):
        c = self._c
        if len(args) < 1:
            raise error("pack_into expected buffer argument")
        if len(args) < 2:
            raise error("pack_into expected offset argument")
        buffer, offset = args[0], args[1]
        values = args[2:]
        if len(values) != c.nargs:
            raise error("pack_into expected %d items for packing (got %d)"
                        % (c.nargs, len(values)))
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        offset = _offset_arg(offset)
        size = c.size
        buflen = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + buflen < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, buflen))
            offset += buflen
        if buflen - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, buflen))
        # as in CPython, the area is zeroed and then filled item by item, so
        # a bad value leaves the items before it packed and the rest zero
        out = bytearray(size)
        try:
            c.pack_values(values, out, 0)
        finally:
            buffer[offset:offset + size] = out

    def unpack(self, buffer):
        buffer = _buffer_arg(buffer)
        c = self._c
        if len(buffer) != c.size:
            raise error("unpack requires a buffer of %d bytes" % c.size)
        return c.unpack_values(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = _buffer_arg(buffer)
        offset = _offset_arg(offset)
        c = self._c
        size = c.size
        buflen = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
            if offset + buflen < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, buflen))
            offset += buflen
        if buflen - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, buflen))
        return c.unpack_values(buffer, offset)

    def iter_unpack(self, buffer):
        buffer = _buffer_arg(buffer)
        size = self._c.size
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
        return unpack_iterator(self._c, bytes(buffer))


class unpack_iterator:
    def __init__(self, compiled, data):
        self._c = compiled
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        pos = self._pos
        size = self._c.size
        if pos + size > len(self._data):
            raise StopIteration
        self._pos = pos + size
        return self._c.unpack_values(self._data, pos)

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._c.size


def calcsize(format):
    return _compile(format).size


def pack(*args):
    if not args:
        raise TypeError("missing format argument")
    return Struct(args[0]).pack(*args[1:])


def pack_into(*args):
    if not args:
        raise TypeError("missing format argument")
    return Struct(args[0]).pack_into(*args[1:])


def unpack(*args):
    if len(args) != 2:
        raise TypeError("unpack expected 2 arguments, got %d" % len(args))
    return Struct(args[0]).unpack(args[1])


def unpack_from(format, /, buffer, offset=0):
    return Struct(format).unpack_from(buffer, offset)


def iter_unpack(*args):
    if len(args) != 2:
        raise TypeError("iter_unpack expected 2 arguments, got %d" % len(args))
    return Struct(args[0]).iter_unpack(args[1])
