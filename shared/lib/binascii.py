# binascii - conversions between binary data and ASCII encodings, after
# CPython's binascii module (3.11): hexlify/b2a_hex (with sep and
# bytes_per_sep), unhexlify/a2b_hex, b2a_base64 (newline=), a2b_base64
# (strict_mode=), crc32, crc_hqx, and the exceptions Error (a ValueError)
# and Incomplete.  The a2b_ functions take bytes, bytearray or an ASCII
# str, as CPython's do; error messages are CPython's.  Written for twinpy.
#
# Deviations: no uuencode (b2a_uu, a2b_uu) or quoted-printable (b2a_qp,
# a2b_qp); "bytes-like" means bytes or bytearray (there is no memoryview).
# Pure Python, so much slower than CPython's C module on large inputs.

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
           "b2a_base64", "a2b_base64", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'


def _binary(data):
    # the argument of a b2a_ function: bytes-like only
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    # the argument of an a2b_ function: bytes-like or an ASCII str
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode('ascii')
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _c_int(value, bits=31):
    if not isinstance(value, int):
        index = getattr(type(value), '__index__', None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__)
        value = index(value)
    if bits is not None and (value >= (1 << bits) or value < -(1 << bits)):
        raise OverflowError("Python int too large to convert to C int")
    return value


# ---- hexadecimal ------------------------------------------------------

_HEXDIGITS = set('0123456789abcdefABCDEF')


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _binary(data)
    if sep is not None:
        if len(sep) != 1:
            raise ValueError("sep must be length 1.")
        if isinstance(sep, str):
            if ord(sep) > 255:
                raise ValueError("sep must be ASCII.")
            sep = sep.encode('latin-1')
        elif isinstance(sep, (bytes, bytearray)):
            sep = bytes(sep)
        else:
            raise TypeError("sep must be str or bytes.")
    bytes_per_sep = _c_int(bytes_per_sep)
    text = bytes(data).hex()
    if sep is None or bytes_per_sep == 0 or len(data) == 0:
        return text.encode('ascii')
    step = 2 * abs(bytes_per_sep)
    if bytes_per_sep > 0:
        # groups counted from the right
        first = len(text) % step or step
        parts = [text[:first]]
        parts.extend(text[i:i + step] for i in range(first, len(text), step))
    else:
        parts = [text[i:i + step] for i in range(0, len(text), step)]
    return sep.decode('latin-1').join(parts).encode('latin-1')


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    text = data.decode('latin-1')
    if not set(text) <= _HEXDIGITS:
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(text)


a2b_hex = unhexlify


# ---- base64 -----------------------------------------------------------

_B64CHARS = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
# two output characters for each 12 bits of input
_B64PAIRS = [bytes([_B64CHARS[i >> 6], _B64CHARS[i & 63]]) for i in range(4096)]
_B64VALUE = [255] * 256
for _i, _c in enumerate(_B64CHARS):
    _B64VALUE[_c] = _i
del _i, _c
_PAD = 61  # '='


def b2a_base64(data, *, newline=True):
    data = bytes(_binary(data))
    n = len(data)
    full = n - n % 3
    pairs = _B64PAIRS
    out = []
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(pairs[v >> 12])
        out.append(pairs[v & 4095])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out.append(pairs[v >> 12])
        out.append(b'==')
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out.append(pairs[v >> 12])
        out.append(bytes([_B64CHARS[(v >> 6) & 63]]) + b'=')
    if newline:
        out.append(b'\n')
    return b''.join(out)


def a2b_base64(data, *, strict_mode=False):
    data = bytes(_ascii(data))
    strict = bool(strict_mode)
    value = _B64VALUE
    out = bytearray()
    quad = 0          # characters of the current group of four seen
    acc = 0
    pads = 0
    padding = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == _PAD:
            padding = True
            if strict and i == 0:
                raise Error("Leading padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    # the group is complete: the rest is ignored
                    if strict and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = value[c]
        if v == 255:
            if strict:
                raise Error("Only base64 data is allowed")
            continue
        if strict and padding:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        acc = (acc << 6) | v
        quad += 1
        if quad == 2:
            out.append(acc >> 4)
            acc &= 15
        elif quad == 3:
            out.append(acc >> 2)
            acc &= 3
        elif quad == 4:
            out.append(acc)
            acc = 0
            quad = 0
    if quad != 0:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters "
                        "(%d) cannot be 1 more than a multiple of 4"
                        % (len(out) // 3 * 4 + 1))
        raise Error("Incorrect padding")
    return bytes(out)


# ---- checksums --------------------------------------------------------

def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


def _hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC32 = _crc32_table()
_HQX = _hqx_table()


def crc32(data, value=0):
    data = _binary(data)
    value = _c_int(value, None)
    table = _CRC32
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, value):
    data = _binary(data)
    value = _c_int(value, None)
    table = _HQX
    crc = value & 0xFFFF
    for b in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc
