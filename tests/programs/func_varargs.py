# *args, **kwargs, keyword-only parameters.
def total(*nums):
    print("nums =", nums, type(nums).__name__)
    return sum(nums)
print(total(), total(1), total(1, 2, 3))
def info(**kw):
    for k in kw:
        print(" ", k, "=", kw[k])
    return len(kw)
print(info(a=1, b="two", c=[3]))
print(info())
def mixed(a, b=0, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5))
print(mixed(1, 2, c=5, d=6, e=7, f=8))
print(mixed(*[9, 8, 7], **{"c": 1, "z": 0}))
def kwonly(x, *, scale=1, offset=0):
    return x * scale + offset
print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=-1, scale=2))
def fwd(*args, **kwargs):
    return mixed(*args, **kwargs)
print(fwd(10, 20, 30, c=40))
def log(msg, *values, sep=", "):
    return msg + ": " + sep.join(str(v) for v in values)
print(log("values", 1, 2, 3))
print(log("values", 1, 2, 3, sep=" | "))
def count_kinds(*args, **kwargs):
    return len(args), len(kwargs), sorted(kwargs)
print(count_kinds(1, 2, x=1, y=2, z=3))
try:
    kwonly(5, 2)
except TypeError as e:
    print("TypeError", e)
try:
    mixed(1)
except TypeError as e:
    print("TypeError", e)
try:
    kwonly(5, scal=2)
except TypeError as e:
    print("TypeError", e)
try:
    total(x=1)
except TypeError as e:
    print("TypeError", e)
