# super().__str__() / __repr__() in an exception class reach BaseException's.
class AppError(Exception):
    def __str__(self): return "[app] " + super().__str__()
    def __repr__(self): return "<" + super().__repr__() + ">"
print(AppError("disk full"))
print(repr(AppError("disk full", 2)))
print(Exception.__str__(ValueError("v")), BaseException.__repr__(KeyError("k")), KeyError.__str__(KeyError("k")))
class E2(KeyError): pass
print(str(E2("x")), repr(E2("x")), str(E2()), repr(OSError(2, "No such file")), str(OSError(2, "No such file", "f.txt")))
try:
    raise AppError("boom")
except Exception as e:
    print(f"caught {e} / {e!r}")
class Plain(Exception): pass
print(str(Plain(1, 2)), repr(Plain()))
