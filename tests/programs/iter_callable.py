# iter(callable, sentinel): until the sentinel or StopIteration, then exhausted for good
import functools
data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)), list(data))
n = [0]
def counter():
    n[0] += 1
    if n[0] > 5:
        raise StopIteration
    return n[0]
it = iter(counter, 99)
print(list(it), list(it), type(it).__name__)
with open("/tmp/_twinpy_iter.txt", "w") as f:
    f.write("ab\ncd\n\nef\n")
with open("/tmp/_twinpy_iter.txt") as f:
    print(list(iter(f.readline, "\n")))
with open("/tmp/_twinpy_iter.txt", "rb") as f:
    print(list(iter(functools.partial(f.read, 4), b"")))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
