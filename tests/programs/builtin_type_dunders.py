# the special methods of built-in types are in their dicts and callable through the type
print(list.__len__([1, 2]), "__iter__" in list.__dict__, hasattr(type(iter([])), "__next__"), int.__add__(2, 3))
for t, names in [(list, ["__len__", "__iter__", "__getitem__", "__contains__", "__eq__"]),
                 (dict, ["__len__", "__iter__", "__getitem__", "__contains__"]),
                 (str, ["__len__", "__add__", "__mod__", "__contains__", "__hash__"]),
                 (int, ["__add__", "__and__", "__index__", "__neg__", "__hash__"]),
                 (float, ["__add__", "__truediv__", "__abs__"]), (tuple, ["__len__", "__hash__"])]:
    print(t.__name__, [n in t.__dict__ for n in names])
print(str.__len__("abc"), tuple.__getitem__((4, 5), 1), float.__neg__(2.5), dict.__contains__({1: 2}, 1))
try:
    list.__len__("abc")
except TypeError as e:
    print("TypeError:", e)
print(any("__len__" in B.__dict__ for B in set.__mro__), [].__len__(), (3).__add__(4))
