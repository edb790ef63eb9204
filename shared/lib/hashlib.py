# hashlib - the message digests MD5, SHA-1, SHA-224, SHA-256, SHA-384 and
# SHA-512 in pure Python, with the interface of CPython's hashlib (3.11):
# the constructors md5() ... sha512() (data as the first argument, or
# string=, and usedforsecurity= accepted and ignored), new(name, data),
# hash objects with update, digest, hexdigest, copy, name, digest_size and
# block_size, algorithms_guaranteed and algorithms_available, pbkdf2_hmac
# and file_digest.  Written for twinpy; the algorithms follow RFC 1321
# (MD5) and FIPS 180-4 (the SHA family), and the round constants below are
# the ones those documents define.
#
# Speed: each algorithm's compression function is generated as
# straight-line Python source when the module is imported (every round
# written out, the working variables renamed instead of shifted) and
# compiled once; a 1 MB message takes about a second with SHA-256 or MD5
# and a few seconds with SHA-512, whose 64-bit words are beyond twinpy's
# small ints.
#
# Threads: every hash object has its own lock (from _thread.allocate_lock)
# held for each update, digest, hexdigest and copy, so one object may be
# fed from several threads; each call is atomic, as in CPython.
#
# Deviations: only the six algorithms above exist (no blake2, sha3, shake
# or OpenSSL names beyond the 'SHA256'/'sha-256' spellings), so
# algorithms_guaranteed and algorithms_available hold those six; data must be bytes or bytearray
# (there is no memoryview); the hash type is a Python class named
# _hashlib.HASH and the constructors are plain functions (their names and
# their error messages for bad keywords are Python's, not openssl_*()'s);
# file_digest reads with read() (twinpy's files have no readinto).

import _thread

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'})
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xffffffff
_M64 = 0xffffffffffffffff

# -- constants --------------------------------------------------------------

# MD5: the integer part of abs(sin(i + 1)) * 2**32, i = 0..63 (RFC 1321)
_MD5_K = (
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
    0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
)
# SHA-256: the first 32 bits of the fractional parts of the cube roots of
# the first 64 primes; its start state, of the square roots of the first 8
_SHA256_K = (
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
)
_SHA256_IV = (
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
)
# SHA-224: the low 32 bits of SHA-384's start state
_SHA224_IV = (
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
    0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
)
# SHA-512: as SHA-256's, 64 bits of the cube roots of the first 80 primes,
# and of the square roots of the first 8 for its start state
_SHA512_K = (
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
    0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242,
    0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275,
    0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f,
    0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc,
    0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6,
    0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
    0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc,
    0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915,
    0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba,
    0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
)
_SHA512_IV = (
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
)
# SHA-384: 64 bits of the square roots of the 9th to 16th primes
_SHA384_IV = (
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
    0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
)

_SHA1_IV = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0)
_MD5_IV = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)

# MD5's rotation amounts, four per round
_MD5_S = ((7, 12, 17, 22), (5, 9, 14, 20), (4, 11, 16, 23), (6, 10, 15, 21))


# -- the compression functions, generated -----------------------------------
#
# Each generated function is blocks(state, data, end): it runs the
# compression function over data[0:end] (end a multiple of the block size)
# starting from the tuple state, and returns the new tuple.

def _compile(lines, name):
    ns = {}
    exec(compile("\n".join(lines) + "\n", "<hashlib %s>" % name, "exec"), ns)
    return ns["blocks"]


def _rotl32(x, n):
    # source text: x rotated left by n within 32 bits, x < 2**32
    return "((((%s) << %d) | ((%s) >> %d)) & 0xffffffff)" % (x, n, x, 32 - n)


def _gen_md5():
    L = ["def blocks(state, data, end):",
         "    a0, b0, c0, d0 = state",
         "    fb = int.from_bytes",
         "    for off in range(0, end, 64):",
         "        x = fb(data[off:off + 64], 'little')"]
    for i in range(16):
        L.append("        w%d = (x >> %d) & 0xffffffff" % (i, 32 * i))
    L.append("        a, b, c, d = a0, b0, c0, d0")
    v = ["a", "b", "c", "d"]
    for i in range(64):
        a, b, c, d = v
        r = i // 16
        if r == 0:
            f = "(%s ^ (%s & (%s ^ %s)))" % (d, b, c, d)
            g = i
        elif r == 1:
            f = "(%s ^ (%s & (%s ^ %s)))" % (c, d, b, c)
            g = (5 * i + 1) % 16
        elif r == 2:
            f = "(%s ^ %s ^ %s)" % (b, c, d)
            g = (3 * i + 5) % 16
        else:
            f = "(%s ^ (%s | (%s ^ 0xffffffff)))" % (c, b, d)
            g = (7 * i) % 16
        L.append("        t = (%s + %s + %d + w%d) & 0xffffffff" % (a, f, _MD5_K[i], g))
        L.append("        %s = (%s + %s) & 0xffffffff" % (a, b, _rotl32("t", _MD5_S[r][i % 4])))
        v = [d, a, b, c]
    L.append("        a0 = (a0 + a) & 0xffffffff; b0 = (b0 + b) & 0xffffffff")
    L.append("        c0 = (c0 + c) & 0xffffffff; d0 = (d0 + d) & 0xffffffff")
    L.append("    return (a0, b0, c0, d0)")
    return _compile(L, "md5")


def _gen_sha1():
    L = ["def blocks(state, data, end):",
         "    a0, b0, c0, d0, e0 = state",
         "    fb = int.from_bytes",
         "    for off in range(0, end, 64):",
         "        x = fb(data[off:off + 64], 'big')"]
    for i in range(16):
        L.append("        w%d = (x >> %d) & 0xffffffff" % (i, 480 - 32 * i))
    for t in range(16, 80):
        L.append("        t = w%d ^ w%d ^ w%d ^ w%d" % (t - 3, t - 8, t - 14, t - 16))
        L.append("        w%d = %s" % (t, _rotl32("t", 1)))
    L.append("        a, b, c, d, e = a0, b0, c0, d0, e0")
    v = ["a", "b", "c", "d", "e"]
    for t in range(80):
        a, b, c, d, e = v
        if t < 20:
            f = "(%s ^ (%s & (%s ^ %s)))" % (d, b, c, d)
            k = 0x5a827999
        elif t < 40:
            f = "(%s ^ %s ^ %s)" % (b, c, d)
            k = 0x6ed9eba1
        elif t < 60:
            f = "((%s & %s) | (%s & (%s | %s)))" % (b, c, d, b, c)
            k = 0x8f1bbcdc
        else:
            f = "(%s ^ %s ^ %s)" % (b, c, d)
            k = 0xca62c1d6
        L.append("        %s = (%s + %s + %s + %d + w%d) & 0xffffffff"
                 % (e, _rotl32(a, 5), f, e, k, t))
        L.append("        %s = %s" % (b, _rotl32(b, 30)))
        v = [e, a, b, c, d]
    L.append("        a0 = (a0 + a) & 0xffffffff; b0 = (b0 + b) & 0xffffffff")
    L.append("        c0 = (c0 + c) & 0xffffffff; d0 = (d0 + d) & 0xffffffff")
    L.append("        e0 = (e0 + e) & 0xffffffff")
    L.append("    return (a0, b0, c0, d0, e0)")
    return _compile(L, "sha1")


def _gen_sha2(bits):
    # SHA-256 (bits 32: 64 rounds on 32-bit words) or SHA-512 (bits 64:
    # 80 rounds on 64-bit words); they differ in sizes and shift amounts.
    if bits == 32:
        K = _SHA256_K
        rounds, block, mask = 64, 64, "0xffffffff"
        big_s0, big_s1 = (2, 13, 22), (6, 11, 25)
        small_s0, small_s1 = (7, 18, 3), (17, 19, 10)
    else:
        K = _SHA512_K
        rounds, block, mask = 80, 128, "0xffffffffffffffff"
        big_s0, big_s1 = (28, 34, 39), (14, 18, 41)
        small_s0, small_s1 = (1, 8, 7), (19, 61, 6)

    def rotr(x, n):
        return "((%s >> %d) | (%s << %d))" % (x, n, x, bits - n)

    def big_sigma(x, s):
        return "((%s ^ %s ^ %s) & %s)" % (rotr(x, s[0]), rotr(x, s[1]), rotr(x, s[2]), mask)

    def small_sigma(x, s):
        return "((%s ^ %s ^ (%s >> %d)) & %s)" % (rotr(x, s[0]), rotr(x, s[1]), x, s[2], mask)

    L = ["def blocks(state, data, end):",
         "    a0, b0, c0, d0, e0, f0, g0, h0 = state",
         "    fb = int.from_bytes",
         "    for off in range(0, end, %d):" % block,
         "        x = fb(data[off:off + %d], 'big')" % block]
    for i in range(16):
        L.append("        w%d = (x >> %d) & %s" % (i, bits * (15 - i), mask))
    for t in range(16, rounds):
        L.append("        s = w%d; u = w%d" % (t - 15, t - 2))
        L.append("        w%d = (w%d + %s + w%d + %s) & %s"
                 % (t, t - 16, small_sigma("s", small_s0), t - 7,
                    small_sigma("u", small_s1), mask))
    L.append("        a, b, c, d, e, f, g, h = a0, b0, c0, d0, e0, f0, g0, h0")
    v = ["a", "b", "c", "d", "e", "f", "g", "h"]
    for t in range(rounds):
        a, b, c, d, e, f, g, h = v
        L.append("        t = %s + %s + (%s ^ (%s & (%s ^ %s))) + %d + w%d"
                 % (h, big_sigma(e, big_s1), g, e, f, g, K[t], t))
        L.append("        %s = (%s + t) & %s" % (d, d, mask))
        L.append("        %s = (t + %s + ((%s & %s) | (%s & (%s | %s)))) & %s"
                 % (h, big_sigma(a, big_s0), a, b, c, a, b, mask))
        v = [h, a, b, c, d, e, f, g]
    for n in "abcdefgh":
        L.append("        %s0 = (%s0 + %s) & %s" % (n, n, n, mask))
    L.append("    return (a0, b0, c0, d0, e0, f0, g0, h0)")
    return _compile(L, "sha%d" % (bits * 8))


_md5_blocks = _gen_md5()
_sha1_blocks = _gen_sha1()
_sha256_blocks = _gen_sha2(32)
_sha512_blocks = _gen_sha2(64)


# -- hash objects -----------------------------------------------------------

class _Algo:
    # what one algorithm needs: its sizes, start state, compression
    # function, the byte order of its words and of the length in the padding
    def __init__(self, name, digest_size, block_size, iv, blocks, word, order):
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size
        self.iv = iv
        self.blocks = blocks
        self.word = word            # bytes per word
        self.order = order          # 'big' or 'little'
        self.lenbytes = 2 * word    # the message length is two words long


_ALGOS = {
    'md5': _Algo('md5', 16, 64, _MD5_IV, _md5_blocks, 4, 'little'),
    'sha1': _Algo('sha1', 20, 64, _SHA1_IV, _sha1_blocks, 4, 'big'),
    'sha224': _Algo('sha224', 28, 64, _SHA224_IV, _sha256_blocks, 4, 'big'),
    'sha256': _Algo('sha256', 32, 64, _SHA256_IV, _sha256_blocks, 4, 'big'),
    'sha384': _Algo('sha384', 48, 128, _SHA384_IV, _sha512_blocks, 8, 'big'),
    'sha512': _Algo('sha512', 64, 128, _SHA512_IV, _sha512_blocks, 8, 'big'),
}


def _check_data(data):
    # the bytes to hash, or CPython's TypeError
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    raise TypeError("object supporting the buffer API required")


def _absorb(algo, state, buf, data):
    # feed data after the pending bytes buf: returns (state, new buf)
    bs = algo.block_size
    if buf:
        need = bs - len(buf)
        if len(data) < need:
            return state, buf + data
        state = algo.blocks(state, buf + data[:need], bs)
        data = data[need:]
    n = len(data) - len(data) % bs
    if n:
        state = algo.blocks(state, data, n)
    return state, data[n:]


def _finish(algo, state, buf, count):
    # pad the message of count bytes (buf its unprocessed tail) and return
    # the digest
    bs = algo.block_size
    tail = (buf + b'\x80' + b'\x00' * ((bs - algo.lenbytes - 1 - len(buf)) % bs)
            + (count * 8).to_bytes(algo.lenbytes, algo.order))
    state = algo.blocks(state, tail, len(tail))
    w, order = algo.word, algo.order
    out = b''.join([v.to_bytes(w, order) for v in state])
    return out[:algo.digest_size]


class HASH:
    """A hash object: update(data) adds bytes, digest() / hexdigest() give
    the digest of everything added so far, copy() clones the state."""

    def __init__(self, algo, data=None):
        self._algo = algo
        self._state = algo.iv
        self._buf = b''
        self._count = 0
        self._lock = _thread.allocate_lock()
        if data is not None:
            self.update(data)

    @property
    def name(self):
        return self._algo.name

    @property
    def digest_size(self):
        return self._algo.digest_size

    @property
    def block_size(self):
        return self._algo.block_size

    def update(self, *args):
        """Update this hash object's state with the provided bytes."""
        if len(args) != 1:
            raise TypeError("HASH.update() takes exactly one argument (%d given)"
                            % len(args))
        data = _check_data(args[0])
        with self._lock:
            self._state, self._buf = _absorb(self._algo, self._state,
                                             self._buf, data)
            self._count += len(data)

    def digest(self):
        """Return the digest value as a bytes object."""
        with self._lock:
            return _finish(self._algo, self._state, self._buf, self._count)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = HASH(self._algo)
        with self._lock:
            other._state = self._state
            other._buf = self._buf
            other._count = self._count
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %s>" % (self._algo.name, hex(id(self)))


HASH.__module__ = "_hashlib"


def _constructor(name):
    algo = _ALGOS[name]

    def construct(*args, string=None, usedforsecurity=True):
        if len(args) > 1:
            raise TypeError("%s() takes at most 1 positional argument (%d given)"
                            % (name, len(args)))
        if args:
            if string is not None:
                raise TypeError("argument for %s() given by name ('string') "
                                "and position (1)" % name)
            data = args[0]
        else:
            data = string
        if data is None and args:
            raise TypeError("object supporting the buffer API required")
        return HASH(algo, data)
    construct.__name__ = name
    construct.__qualname__ = name
    construct.__doc__ = "Returns a %s hash object; optionally initialized with a string" % name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def _algo_for(name):
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    algo = _ALGOS.get(name.lower().replace('-', ''))
    if algo is None:
        raise ValueError("unsupported hash type " + name)
    return algo


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm; optionally initialized with data (which must be a bytes-like
    object)."""
    if 'string' in kwargs:
        raise TypeError("argument for new() given by name ('string') and position (2)")
    kwargs.pop('usedforsecurity', None)
    for k in kwargs:
        raise TypeError("'%s' is an invalid keyword argument for new()" % k)
    algo = _algo_for(name)
    return HASH(algo, data)


def _index(x, what="integer"):
    if isinstance(x, int):
        return int(x)
    f = getattr(type(x), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return f(x)


def _bytes_like(x):
    if isinstance(x, bytes):
        return x
    if isinstance(x, bytearray):
        return bytes(x)
    raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    algo = _algo_for(hash_name)
    password = _bytes_like(password)
    salt = _bytes_like(salt)
    iterations = _index(iterations)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = algo.digest_size
    dklen = _index(dklen)
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    bs = algo.block_size
    if len(password) > bs:
        # a key longer than a block is replaced by its digest
        st, rest = _absorb(algo, algo.iv, b'', password)
        password = _finish(algo, st, rest, len(password))
    key = password + b'\x00' * (bs - len(password))
    # the states after the padded key: each HMAC below starts from them
    inner0 = algo.blocks(algo.iv, bytes([b ^ 0x36 for b in key]), bs)
    outer0 = algo.blocks(algo.iv, bytes([b ^ 0x5c for b in key]), bs)
    ds = algo.digest_size

    def prf(msg):
        st, rest = _absorb(algo, inner0, b'', msg)
        inner = _finish(algo, st, rest, bs + len(msg))
        return _finish(algo, outer0, inner, bs + ds)

    out = []
    have = 0
    i = 1
    while have < dklen:
        u = prf(salt + i.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        out.append(acc.to_bytes(ds, 'big'))
        have += ds
        i += 1
    return b''.join(out)[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object opened for binary reading.
    Returns a hash object; digest is a hash name or a constructor."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if not hasattr(fileobj, "read"):
        raise ValueError("'%r' is not a file-like object in binary reading mode." % (fileobj,))
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
