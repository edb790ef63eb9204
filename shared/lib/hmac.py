# hmac - keyed-hash message authentication (RFC 2104), as CPython's hmac
# module (3.11): new, digest, compare_digest, the HMAC class (update,
# digest, hexdigest, copy, name, digest_size, block_size), trans_5C and
# trans_36.  Written for twinpy, over this library's hashlib.
#
# digestmod may be a hashlib name ('sha256'), a constructor
# (hashlib.sha256) or a module with a new() function, as in CPython; it is
# required.  An HMAC object's calls are atomic under threads through the
# locks of the two hash objects it keeps, and copy() takes a consistent
# snapshot under the HMAC's own lock.
#
# Deviations: keys and messages are bytes or bytearray (no memoryview);
# compare_digest compares in time that depends only on the lengths, but
# it is Python code, so no promise about timing is as strong as CPython's;
# a digestmod without block_size gets 64 silently (CPython warns).

import _thread
import hashlib as _hashlib

__all__ = ["HMAC", "new", "digest", "compare_digest", "digest_size",
           "trans_5C", "trans_36"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying
# hashing module used; there is no module-wide value.
digest_size = None


def _constructor_for(digestmod):
    if not digestmod:
        raise TypeError("Missing required parameter 'digestmod'.")
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        def make(d=b''):
            return _hashlib.new(digestmod, d)
        return make

    def make_from_module(d=b''):
        return digestmod.new(d)
    return make_from_module


class HMAC:
    """RFC 2104 HMAC class.  Also complies with RFC 4231.

    This supports the API for Cryptographic Hash Functions (PEP 247).
    """
    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object.

        key: bytes or bytearray, the key for the keyed hash object.
        msg: bytes or bytearray, initial input for the hash, or None.
        digestmod: a hash name for hashlib.new(), a constructor such as
                   hashlib.sha256, or a module with a new() function.
                   Required.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        cons = _constructor_for(digestmod)
        self._lock = _thread.allocate_lock()
        self._outer = cons()
        self._inner = cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', None)
        if blocksize is None or blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object.

        An update to this copy won't affect the original object.
        """
        other = self.__class__.__new__(self.__class__)
        other._lock = _thread.allocate_lock()
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        with self._lock:
            other._inner = self._inner.copy()
            other._outer = self._outer.copy()
        return other

    def _current(self):
        # the outer hash, fed the inner digest of everything so far
        with self._lock:
            h = self._outer.copy()
            inner = self._inner.digest()
        h.update(inner)
        return h

    def digest(self):
        """Return the hash value of this hashing object.

        This returns the hmac value as bytes.  The object is
        not altered in any way by this function; you can continue
        updating the object after calling this function.
        """
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead.
        """
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it.

    key: bytes or bytearray, the starting key for the hash.
    msg: if available, will immediately be hashed into the object's starting
    state.
    digestmod: a name, a constructor or a module (required); see HMAC.
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC.

    key: bytes or bytearray, the key for the keyed hash object.
    msg: bytes or bytearray, input message
    digest: A hash name suitable for hashlib.new() for best performance. *OR*
            A hashlib constructor returning a new hash object. *OR*
            A module supporting PEP 247.
    """
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """Return 'a == b'.

    This function uses an approach designed to prevent timing analysis:
    every byte is looked at whatever the first difference.  a and b must
    both be str (ASCII only) or both be bytes-like.
    """
    a_str = isinstance(a, str)
    b_str = isinstance(b, str)
    a_ok = a_str or isinstance(a, (bytes, bytearray))
    b_ok = b_str or isinstance(b, (bytes, bytearray))
    if not (a_ok and b_ok):
        raise TypeError("unsupported operand types(s) or combination of types: "
                        "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
    if a_str and b_str:
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif a_str or b_str:
        raise TypeError("a bytes-like object is required, not 'str'")
    # look at every byte of b, whatever the lengths and first difference
    result = 0 if len(a) == len(b) else 1
    if len(a) != len(b):
        a = b
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
