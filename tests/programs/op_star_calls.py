# * and ** in calls and displays.
def f(a, b, c=0, d=0):
    return (a, b, c, d)
args = [1, 2]
print(f(*args))
print(f(*args, 3))
print(f(*[1, 2, 3, 4]))
print(f(*"xy"))
kw = {"c": 30, "d": 40}
print(f(1, 2, **kw))
print(f(**{"a": "A", "b": "B"}))
print(f(*(1,), **{"b": 2, "d": 4}))
print(f(1, *[2], c=3, **{"d": 4}))
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*range(4), sep=", ")
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 9], {*a, *b})
print([*range(3), *"hi"])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *[3], x=1, **{"y": 2}))
def h(first, *rest):
    return first, rest
print(h(*range(5)))
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, **{"a": 9})
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, **{"e": 5})
except TypeError as e:
    print("TypeError", e)
