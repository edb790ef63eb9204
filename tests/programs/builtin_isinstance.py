# isinstance and issubclass with builtin and user types, tuples of types.
vals = [1, 1.0, "s", True, None, [1], (1,), {"a": 1}, {1}, range(2)]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, str), isinstance(v, (list, tuple)),
          isinstance(v, (dict, set)), isinstance(v, object))
print(isinstance(True, bool), isinstance(1, bool), isinstance(True, (str, int)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(str, (int, str)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(OverflowError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(AssertionError, Exception), issubclass(AttributeError, Exception), issubclass(NameError, Exception), issubclass(MemoryError, Exception))
class Animal:
    pass
class Cat(Animal):
    pass
class Lion(Cat):
    pass
l = Lion()
print(isinstance(l, Lion), isinstance(l, Cat), isinstance(l, Animal), isinstance(Animal(), Cat))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Lion, (int, Cat)), issubclass(Cat, Cat))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    if isinstance(x, (list, tuple)):
        return "sequence of %d" % len(x)
    if isinstance(x, Animal):
        return "animal " + type(x).__name__
    return "other"
print([describe(x) for x in [True, 3, 2.5, "x", [1, 2], (1,), Cat(), None]])
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
