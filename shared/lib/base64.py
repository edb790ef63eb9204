# base64 - Base16, Base32, Base64, Ascii85 and Base85 encodings, after
# CPython's base64 module (3.11): b64encode/b64decode (altchars, validate),
# standard_ and urlsafe_ variants, b32encode/b32decode (casefold, map01),
# b32hexencode/b32hexdecode, b16encode/b16decode (casefold),
# encodebytes/decodebytes, a85encode/a85decode (foldspaces, wrapcol, pad,
# adobe, ignorechars), b85encode/b85decode (pad), and the stream functions
# encode/decode.  The decoding functions take bytes, bytearray or an ASCII
# str; malformed input raises binascii.Error with CPython's messages.
# b64decode(validate=True) is binascii.a2b_base64(strict_mode=True), as in
# CPython 3.11.7, so a bad character is 'Only base64 data is allowed' (not
# 'Non-base64 digit found', which no function here raises).
# Written for twinpy.
#
# Deviations: "bytes-like" means bytes or bytearray (there is no
# memoryview); no command-line main(); the deprecated encodestring and
# decodestring are absent, as in CPython 3.9 and later.
import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes",
           "b64encode", "b64decode", "b32encode", "b32decode",
           "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "b85encode", "b85decode", "a85encode", "a85decode",
           "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % type(s).__name__)


def _bytes_like(s):
    # what CPython's memoryview(s) accepts, here bytes and bytearray
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(s).__name__)


def _input_type_check(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)


def _translate(data, frm, to):
    # bytes.translate with a table mapping frm[i] to to[i]
    table = {}
    for a, b in zip(frm, to):
        table[a] = b
    return data.decode('latin-1').translate(table).encode('latin-1')


# ---- Base64 -----------------------------------------------------------

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        if not isinstance(altchars, bytes_types):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(altchars).__name__)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b'-_', b'+/'))


# ---- Base32 -----------------------------------------------------------

_B32ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEXALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32cache = {}
# '=' characters that end a Base32 text, by how many bytes the last group holds
_B32PADS = {1: 6, 2: 4, 3: 3, 4: 1}
# and the reverse: bytes left in the last group for each number of '='
_B32KEEP = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32tables(alphabet):
    t = _b32cache.get(alphabet)
    if t is None:
        # two characters for each 10 bits, and the value of each character
        pairs = [bytes([alphabet[i >> 5], alphabet[i & 31]]) for i in range(1024)]
        rev = {}
        for i, c in enumerate(alphabet):
            rev[c] = i
        t = _b32cache[alphabet] = (pairs, rev)
    return t


def _b32encode(alphabet, s):
    s = _bytes_like(s)
    pairs = _b32tables(alphabet)[0]
    rest = len(s) % 5
    if rest:
        s = s + bytes(5 - rest)
    out = []
    for i in range(0, len(s), 5):
        v = int.from_bytes(s[i:i + 5], 'big')
        out.append(pairs[v >> 30] + pairs[(v >> 20) & 1023] +
                   pairs[(v >> 10) & 1023] + pairs[v & 1023])
    encoded = b''.join(out)
    if rest:
        pads = _B32PADS[rest]
        encoded = encoded[:-pads] + b'=' * pads
    return encoded


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    pads = len(s) - len(body)
    rev = _b32tables(alphabet)[1]
    out = bytearray()
    for i in range(0, len(body), 8):
        v = 0
        group = body[i:i + 8]
        for c in group:
            d = rev.get(c)
            if d is None:
                raise binascii.Error('Non-base32 digit found')
            v = (v << 5) | d
        # a short last group stands for one padded with zero digits
        v <<= 5 * (8 - len(group))
        out += v.to_bytes(5, 'big')
    keep = _B32KEEP.get(pads)
    if keep is None:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32ALPHABET, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEXALPHABET, s)


def b32hexdecode(s, casefold=False):
    # base32hex has no 0/1 ambiguity, so no map01
    return _b32decode(_B32HEXALPHABET, s, casefold)


# ---- Base16 -----------------------------------------------------------

_B16DIGITS = set(b'0123456789ABCDEF')


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if not set(s) <= _B16DIGITS:
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 and Base85 -----------------------------------------------

_A85START = b"<~"
_A85END = b"~>"


def _85encode(b, chars, chars2, pad=False, foldnuls=False, foldspaces=False):
    # chars: the 85 digits; chars2: all pairs of them, 85*85 entries
    b = _bytes_like(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + bytes(padding)
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            out.append(chars2[word // 614125] +
                       chars2[word // 85 % 7225] +
                       chars[word % 85:word % 85 + 1])
    if padding and not pad:
        if out[-1] == b'z':
            out[-1] = chars[0:1] * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


_A85CHARS = bytes(range(33, 118))
_a85chars2 = None
_B85CHARS = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
             b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85chars2 = None
_b85dec = None


def _pairs(chars):
    return [bytes([a, b]) for a in chars for b in chars]


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    global _a85chars2
    if _a85chars2 is None:
        _a85chars2 = _pairs(_A85CHARS)
    result = _85encode(b, _A85CHARS, _a85chars2, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    ignore = set(bytes(ignorechars))
    out = bytearray()
    group = []
    for x in b + b'u' * 4:
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for c in group:
                    acc = 85 * acc + (c - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group = []
        elif x == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x in ignore:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: ' + chr(x))
    # the four 'u' digits added above completed the last group; drop what
    # they contributed
    padding = 4 - len(group)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    global _b85chars2
    if _b85chars2 is None:
        _b85chars2 = _pairs(_B85CHARS)
    return _85encode(b, _B85CHARS, _b85chars2, pad)


def b85decode(b):
    global _b85dec
    if _b85dec is None:
        table = [None] * 256
        for i, c in enumerate(_B85CHARS):
            table[c] = i
        _b85dec = table
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = []
    table = _b85dec
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(5):
            d = table[b[i + j]]
            if d is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + d
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


# ---- MIME base64 and the stream functions -----------------------------

MAXLINESIZE = 76  # excluding the line end
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    # read binary input, write MIME base64 lines to output
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
