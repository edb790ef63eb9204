# pass and del on names, list items, slices, dict keys and attributes.
def stub():
    pass
class Empty:
    pass
for i in range(2):
    pass
if True:
    pass
print(stub(), type(Empty()).__name__)
x = 10
print(x)
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
del p.a
print(hasattr(p, "a"), hasattr(p, "b"))
try:
    print(p.a)
except AttributeError as e:
    print("AttributeError", e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError", e)
try:
    del lst[10]
except IndexError as e:
    print("IndexError", e)
def local_del():
    v = 5
    del v
    try:
        return v
    except NameError as e:
        return "NameError: " + str(e)
print(local_del())
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
