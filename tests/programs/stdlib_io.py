# io module: StringIO and BytesIO (reading, writing, seeking, truncating,
# newline modes, closed-file errors) against CPython's output
import io


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError))

# StringIO: reading
s = io.StringIO("line one\nline two\nlast")
print(repr(s.read(4)), s.tell(), repr(s.readline()), repr(s.readline(3)))
print(s.readlines(), repr(s.read()), s.tell())
s.seek(0)
print(list(s), [len(x) for x in io.StringIO("a\nbb\nccc\n")])
print(io.StringIO("a\nbb\nccc\nd\n").readlines(3), io.StringIO("abc\ndef").readlines(4))
t(io.StringIO("x").read, 1.5)
t(io.StringIO("x").readline, "a")
t(io.StringIO("abc").read, None)

# StringIO: writing and overwriting
s = io.StringIO()
print(s.write("hello"), s.write(" world"), s.tell(), repr(s.getvalue()))
s.seek(0)
s.write("J")
print(repr(s.getvalue()), s.tell(), repr(s.read(4)))
s.seek(15)
s.write("!")
print(repr(s.getvalue()), len(s.getvalue()))
s.writelines(["x", "y", "z"])
print(repr(s.getvalue()[-4:]))
t(s.write, 5)
t(s.write, b"bytes")
t(io.StringIO().writelines, ["a", 1])

# StringIO: seek and truncate rules
s = io.StringIO("abcdef")
t(s.seek, 2); t(s.seek, 0, 1); t(s.seek, 0, 2); t(s.seek, 1, 1); t(s.seek, -1, 2)
t(s.seek, -1); t(s.seek, 0, 3); t(s.seek, 1.5); t(s.seek, 100); t(s.read)
s.seek(2)
t(s.truncate, 4); t(s.tell); t(s.getvalue); t(s.truncate); t(s.getvalue)
t(s.truncate, -1); t(s.truncate, 99); t(s.getvalue)
t(io.StringIO, 5); t(io.StringIO, b"x"); t(io.StringIO, "a", "x"); t(io.StringIO, "a", newline=5)
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value="iv").read()))

# StringIO: newline modes
text = "a\nb\r\nc\rd\n\r"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(text, newline=nl)
    lines = s.readlines()
    s.write("x\ny\r")
    print(repr(nl), lines, repr(s.getvalue()), s.newlines, s.tell())
s = io.StringIO(newline=None)
s.write("a\r")
s.write("\nb")
print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline="")
s.write("a\r")
s.write("\nb\r")
s.seek(0)
print(s.readlines(), s.newlines)
print(io.StringIO("no newline").newlines, io.StringIO("q\n", newline=None).newlines)

# StringIO: flags and the closed state
s = io.StringIO("abc")
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
print(s.encoding, s.errors, s.line_buffering)
t(s.fileno); t(s.detach)
with s as same:
    print(same is s, same.read())
print(s.closed)
for name in ("read", "readline", "readlines", "getvalue", "tell", "readable", "isatty", "__next__", "__iter__", "flush", "close"):
    print(name, end=" ")
    t(getattr(s, name))
t(s.write, "x"); t(s.seek, 0); t(s.truncate); t(lambda: s.newlines)

# BytesIO
b = io.BytesIO(b"first\nsecond\nthird")
print(b.read(3), b.tell(), b.readline(), b.readline(2), b.readlines(), b.read())
b.seek(0)
print(list(b), io.BytesIO(b"abc\ndef").readlines(4))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.getvalue(), b.tell())
b.seek(10)
print(b.write(b"!"), b.getvalue())
b.seek(2)
b.write(b"XY")
print(b.getvalue(), b.tell(), b.read(2))
b.writelines([b"1", bytearray(b"2")])
print(b.getvalue())
t(b.write, "str"); t(b.write, 5); t(io.BytesIO, "str"); t(io.BytesIO, 5)
b = io.BytesIO(b"0123456789")
t(b.seek, 3); t(b.seek, 2, 1); t(b.seek, -100, 1); t(b.seek, -3, 2); t(b.seek, 5, 2)
t(b.seek, -1); t(b.seek, 0, 3); t(b.seek, "x")
b.seek(4)
t(b.truncate); t(b.getvalue); t(b.truncate, 2); t(b.tell); t(b.getvalue); t(b.truncate, -1)
b = io.BytesIO(b"abcdef")
buf = bytearray(4)
print(b.readinto(buf), buf, b.read1(1), b.read1(), b.readinto(buf), buf)
t(b.readinto, b"immutable")
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
t(b.fileno)
with io.BytesIO(b"ctx") as b2:
    print(b2.read())
print(b2.closed)
for name in ("read", "readline", "getvalue", "tell", "flush", "readable", "isatty", "__next__", "close"):
    print(name, end=" ")
    t(getattr(b2, name))
t(b2.write, b"x"); t(b2.seek, 0)
print(iter(b2) is b2)

# the abstract bases
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.BufferedIOBase))
print(isinstance(3, io.IOBase))
