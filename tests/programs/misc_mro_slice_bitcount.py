# C.mro(), slice objects and int.bit_count.
class A: pass
class B(A): pass
print(B.mro(), A.mro(), int.mro())
s = slice(1, 5, 2)
print(s, slice(3), s.start, s.stop, s.step, [0, 1, 2, 3, 4, 5, 6][s], "abcdef"[slice(None, None, -1)], (1, 2, 3)[slice(1, None)])
print((5).bit_count(), (-7).bit_count(), (0).bit_count(), (255).bit_count())
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
