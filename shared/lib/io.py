# io - in-memory text and binary streams, after CPython's io module (3.11):
# StringIO and BytesIO with read, read(n), readline, readlines, iteration,
# write, writelines, getvalue, seek (all three whence values, with each
# class's own rules), tell, truncate, close/closed, the context manager
# protocol, readable/writable/seekable, and StringIO's newline= handling
# (None, '', '\n', '\r', '\r\n') and its newlines attribute.  Also the
# abstract bases IOBase, RawIOBase, BufferedIOBase and TextIOBase (the
# built-in file type is registered as a TextIOBase), SEEK_SET/SEEK_CUR/
# SEEK_END, DEFAULT_BUFFER_SIZE, UnsupportedOperation, and open (the
# built-in open).  Written for twinpy.
#
# Every method that reads or changes a StringIO's or BytesIO's contents or
# position holds the object's lock (from _thread.allocate_lock()) for the
# whole call, so one stream may be shared by threads: each read, readline,
# write, seek, truncate, getvalue or next() is one atomic step, as in
# CPython; writelines is one such write per item.
#
# Error messages are CPython's, including its inconsistency: StringIO's own
# methods say "I/O operation on closed file" without a full stop, the ones
# it inherits (readlines, writelines, isatty, __iter__, __enter__) and all
# of BytesIO's say "I/O operation on closed file.".
#
# Deviations: there is no TextIOWrapper, BufferedReader, BufferedWriter,
# BufferedRandom, BufferedRWPair, FileIO or IncrementalNewlineDecoder (the
# built-in open() gives text files only); BytesIO has no getbuffer() (there
# is no memoryview) and readinto() takes a bytearray; StringIO and BytesIO
# cannot be pickled.  UnsupportedOperation is the interpreter's own
# exception type, the one its files raise: an OSError but not a ValueError
# (CPython's is both).  The abstract bases have no methods of their own.
import _thread
import abc as _abc
import sys as _sys

__all__ = ["StringIO", "BytesIO", "IOBase", "RawIOBase", "BufferedIOBase",
           "TextIOBase", "UnsupportedOperation", "open", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


def _unsupported_type():
    # the built-in files raise the interpreter's io.UnsupportedOperation;
    # provoke it once so that one type serves both
    for f in (_sys.__stdin__, _sys.stdin):
        try:
            f.write('')
        except OSError as e:
            if type(e).__name__ == 'UnsupportedOperation':
                return type(e)
        except Exception:
            pass
    return None


UnsupportedOperation = _unsupported_type()
if UnsupportedOperation is None:
    class UnsupportedOperation(OSError, ValueError):
        pass
    UnsupportedOperation.__module__ = 'io'


class IOBase(metaclass=_abc.ABCMeta):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


try:
    TextIOBase.register(type(_sys.__stdout__))
except Exception:
    pass

_CLOSED = "I/O operation on closed file."
_CLOSED_NP = "I/O operation on closed file"   # StringIO's own methods
_SSIZE_MAX = (1 << 63) - 1


def _size_arg(size):
    # an optional size: None or an integer (anything with __index__)
    if size is None:
        return -1
    if not isinstance(size, int):
        index = getattr(type(size), '__index__', None)
        if index is None:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        size = index(size)
    if size > _SSIZE_MAX or size < -_SSIZE_MAX - 1:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return size


def _index_arg(value, ctype):
    # a required C integer (Py_ssize_t or int) argument
    if not isinstance(value, int):
        index = getattr(type(value), '__index__', None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__)
        value = index(value)
    bits = 63 if ctype == 'ssize_t' else 31
    if value >= (1 << bits) or value < -(1 << bits):
        raise OverflowError("Python int too large to convert to C %s" % ctype)
    return value


def _hint_lines(readline, hint, strict):
    # all lines, or lines until their total length passes hint (StringIO,
    # strict) or reaches it (BytesIO), as CPython does
    hint = _size_arg(hint)
    lines = []
    total = 0
    while True:
        line = readline(-1)
        if not line:
            break
        lines.append(line)
        total += len(line)
        if hint > 0 and (total > hint if strict else total >= hint):
            break
    return lines


# bits of StringIO._seen, the kinds of line end written so far
_LF, _CR, _CRLF = 1, 2, 4
_NEWLINES = {0: None, _LF: "\n", _CR: "\r", _CRLF: "\r\n",
             _CR | _LF: ("\r", "\n"), _CR | _CRLF: ("\r", "\r\n"),
             _LF | _CRLF: ("\n", "\r\n"), _CR | _LF | _CRLF: ("\r", "\n", "\r\n")}


class StringIO(TextIOBase):
    """A text stream kept in memory."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._lock = _thread.allocate_lock()
        self._newline = newline
        # newline None: '\r' and '\r\n' are stored as '\n' (lines end at '\n');
        # '': stored as written, a line ends at any of the three;
        # '\n', '\r', '\r\n': '\n' written is stored as that, lines end at it
        self._translate = newline is None
        self._universal = newline is None or newline == ''
        self._writenl = newline if newline in ('\r', '\r\n') else None
        self._readnl = newline if newline else '\n'
        self._seen = 0
        self._buf = ''       # the text, except for
        self._tail = []      # pieces appended after it, joined when needed
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    # ---- internals (the caller holds the lock) ------------------------
    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED_NP)

    def _value(self):
        if self._tail:
            self._buf = self._buf + ''.join(self._tail)
            self._tail = []
        return self._buf

    def _write(self, s):
        n = len(s)
        if self._universal:
            crlf = s.count('\r\n')
            cr = s.count('\r') - crlf
            lf = s.count('\n') - crlf
            self._seen |= (_CRLF if crlf else 0) | (_CR if cr else 0) | (_LF if lf else 0)
            if self._translate and (cr or crlf):
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._writenl is not None and '\n' in s:
            s = s.replace('\n', self._writenl)
        if not s:
            return n
        pos = self._pos
        size = self._size
        if pos == size:
            self._tail.append(s)
            self._size = size + len(s)
        else:
            buf = self._value()
            if pos > size:
                buf = buf + '\0' * (pos - size)
                size = pos
            end = pos + len(s)
            buf = buf[:pos] + s + buf[end:]
            self._buf = buf
            self._size = len(buf)
        self._pos = pos + len(s)
        return n

    def _readline(self, size):
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        if self._universal and not self._translate:
            lf = buf.find('\n', pos)
            cr = buf.find('\r', pos, lf if lf >= 0 else len(buf))
            if cr >= 0:
                end = cr + 2 if buf.startswith('\n', cr + 1) else cr + 1
            elif lf >= 0:
                end = lf + 1
            else:
                end = len(buf)
        else:
            nl = self._readnl
            i = buf.find(nl, pos)
            end = len(buf) if i < 0 else i + len(nl)
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    # ---- reading ------------------------------------------------------
    def read(self, size=-1):
        size = _size_arg(size)
        with self._lock:
            self._check()
            buf = self._value()
            pos = self._pos
            if pos >= len(buf):
                return ''
            end = len(buf) if size < 0 else min(len(buf), pos + size)
            self._pos = end
            return buf[pos:end]

    def readline(self, size=-1):
        size = _size_arg(size)
        with self._lock:
            self._check()
            return self._readline(size)

    def readlines(self, hint=-1):
        with self._lock:
            if self._closed:
                raise ValueError(_CLOSED)
            return _hint_lines(self._readline, hint, True)

    def __iter__(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return self

    def __next__(self):
        with self._lock:
            self._check()
            line = self._readline(-1)
        if not line:
            raise StopIteration
        return line

    # ---- writing ------------------------------------------------------
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        with self._lock:
            self._check()
            return self._write(s)

    def writelines(self, lines):
        if self._closed:
            raise ValueError(_CLOSED)
        for s in lines:
            self.write(s)

    def getvalue(self):
        with self._lock:
            self._check()
            return self._value()

    # ---- position -----------------------------------------------------
    def tell(self):
        with self._lock:
            self._check()
            return self._pos

    def seek(self, pos, whence=0):
        pos = _index_arg(pos, 'ssize_t')
        whence = _index_arg(whence, 'int')
        with self._lock:
            self._check()
            if whence not in (0, 1, 2):
                raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
            if whence == 0 and pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            if whence != 0 and pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 1:
                pos = self._pos
            elif whence == 2:
                pos = self._size
            self._pos = pos
            return pos

    def truncate(self, size=None):
        if size is not None:
            size = _size_arg(size)
        with self._lock:
            self._check()
            if size is None:
                size = self._pos
            if size < 0:
                raise ValueError("Negative size value %d" % size)
            if size < self._size:
                self._buf = self._value()[:size]
                self._size = size
            return size

    # ---- the rest of the protocol -------------------------------------
    def readable(self):
        with self._lock:
            self._check()
            return True

    def writable(self):
        with self._lock:
            self._check()
            return True

    def seekable(self):
        with self._lock:
            self._check()
            return True

    def isatty(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return False

    def flush(self):
        pass

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def close(self):
        with self._lock:
            self._closed = True
            self._buf = ''
            self._tail = []

    @property
    def closed(self):
        return self._closed

    @property
    def newlines(self):
        with self._lock:
            self._check()
            if not self._universal:
                return None
            return _NEWLINES[self._seen]

    @property
    def line_buffering(self):
        with self._lock:
            self._check()
            return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def __enter__(self):
        if self._closed:
            raise ValueError(_CLOSED)
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<io.StringIO object at %#x>" % id(self)


def _bytes_arg(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=None):
        self._lock = _thread.allocate_lock()
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += _bytes_arg(initial_bytes)
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED)

    def _read(self, size):
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def _readline(self, size):
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def _write(self, b):
        n = len(b)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        size = len(buf)
        if pos == size:
            buf += b
        else:
            if pos > size:
                buf += bytes(pos - size)
            buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    # ---- reading ------------------------------------------------------
    def read(self, size=-1):
        size = _size_arg(size)
        with self._lock:
            self._check()
            return self._read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        if not isinstance(b, bytearray):
            raise TypeError("readinto() argument must be read-write bytes-like object, not %s"
                            % type(b).__name__)
        with self._lock:
            self._check()
            data = self._read(len(b))
            n = len(data)
            b[0:n] = data
            return n

    def readinto1(self, b):
        return self.readinto(b)

    def readline(self, size=-1):
        size = _size_arg(size)
        with self._lock:
            self._check()
            return self._readline(size)

    def readlines(self, hint=-1):
        with self._lock:
            self._check()
            return _hint_lines(self._readline, hint, False)

    def __iter__(self):
        return self

    def __next__(self):
        with self._lock:
            self._check()
            line = self._readline(-1)
        if not line:
            raise StopIteration
        return line

    # ---- writing ------------------------------------------------------
    def write(self, b):
        with self._lock:
            self._check()
            return self._write(_bytes_arg(b))

    def writelines(self, lines):
        self._check()
        for b in lines:
            self.write(b)

    def getvalue(self):
        with self._lock:
            self._check()
            return bytes(self._buf)

    # ---- position -----------------------------------------------------
    def tell(self):
        with self._lock:
            self._check()
            return self._pos

    def seek(self, pos, whence=0):
        pos = _index_arg(pos, 'ssize_t')
        whence = _index_arg(whence, 'int')
        with self._lock:
            self._check()
            if whence == 0:
                if pos < 0:
                    raise ValueError("negative seek value %d" % pos)
            elif whence == 1:
                pos = max(0, self._pos + pos)
            elif whence == 2:
                pos = max(0, len(self._buf) + pos)
            else:
                raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
            self._pos = pos
            return pos

    def truncate(self, size=None):
        if size is not None:
            size = _size_arg(size)
        with self._lock:
            self._check()
            if size is None:
                size = self._pos
            if size < 0:
                raise ValueError("negative size value %d" % size)
            if size < len(self._buf):
                del self._buf[size:]
            return size

    # ---- the rest of the protocol -------------------------------------
    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def close(self):
        with self._lock:
            self._closed = True
            self._buf = bytearray()

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<io.BytesIO object at %#x>" % id(self)
