# Special methods of built-in objects called by name: (5).__add__(3),
# "ab".__len__(), iterators' __next__, and AttributeError where CPython has none.
print((5).__add__(3), (5).__add__("a"), (5).__radd__(2), (2.5).__mul__(2), "ab".__add__("c"), "ab".__mul__(2), [1].__add__([2]), (1,).__mul__(2))
print("ab".__len__(), [1, 2].__contains__(2), {"a": 1}.__getitem__("a"), (1, 2).__hash__() == hash((1, 2)), "x".__str__(), (1).__repr__(), [1, 2].__repr__())
it = iter([7, 8]); print(it.__next__(), it.__iter__() is it, next(it))
g = (i for i in range(2)); print(g.__next__(), g.__next__())
try:
    g.__next__()
except StopIteration:
    print("StopIteration")
print((5).__eq__(5), (5).__eq__("a"), (5).__lt__(7), "a".__lt__("b"), object.__ne__(1, 2), (3).__neg__(), (-3.5).__abs__(), (6).__and__(3), True.__or__(False))
print((5).__bool__(), (0.0).__bool__(), (7).__index__(), (2.7).__int__(), (3).__float__(), "%d".__mod__(5), (5).__rsub__(1), (2).__pow__(10))
for f in [lambda: (5).__len__, lambda: [].__sub__, lambda: "a".__neg__, lambda: [].__bool__, lambda: (1.5).__and__]:
    try:
        f()
        print("has it")
    except AttributeError as e:
        print("AttributeError:", e)
print(ValueError("v").__str__(), repr(KeyError("k").__repr__()), {1, 2}.__or__({3}), {"a": 1}.__len__())
