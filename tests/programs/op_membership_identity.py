# in / not in / is / is not.
lst = [1, 2, 3, "four", (5, 6)]
print(1 in lst, 4 in lst, "four" in lst, (5, 6) in lst, 5 in lst, 7 not in lst)
print("ell" in "hello", "xyz" in "hello", "" in "abc", "h" not in "hello")
d = {"a": 1, "b": 2}
print("a" in d, 1 in d, "c" not in d, 2 in d.values(), ("a", 1) in d.items())
s = {1, 2, 3}
print(2 in s, 9 in s, 9 not in s)
t = (1, 2, 3)
print(3 in t, 4 in t)
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1.0 in [1, 2], True in [1], 0 in [False])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, type(a) is list, type(1) is int, type(1) is not float)
x = None
print(x is None, x is not None)
class Thing:
    pass
t1 = Thing()
t2 = Thing()
t3 = t1
print(t1 is t3, t1 is t2, t1 == t2, t1 == t3, t1 in [t2, t3], t1 in [t2])
print(True is True, False is not True)
nested = [[1, 2], [3, 4]]
print([3, 4] in nested, [4, 3] in nested, 3 in nested)
word = "mississippi"
for ch in "misp":
    print(ch, ch in word, word.count(ch))
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError", e)
try:
    print([1] in {1: 2})
except TypeError as e:
    print("TypeError", e)
