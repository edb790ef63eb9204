# list[int], int | None, __class_getitem__, metaclass instance and subclass checks
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
x = list[int]([1,2]); print(x, type(x), list[int].__origin__, list[int].__args__)
print(int | None, int | str | None, None | int, (int | str) | float, int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print(list[int] == list[int], list[int] == list[str], type(list[int]), type(int | str))
class C:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
print(C[int], C["x"])
class Meta(type):
    def __instancecheck__(cls, obj): return obj == 42
    def __subclasscheck__(cls, sub): return sub is str
class AnyInt(metaclass=Meta): pass
print(isinstance(42, AnyInt), isinstance(1, AnyInt), issubclass(str, AnyInt), issubclass(int, AnyInt), issubclass(str, (int, AnyInt)))
print(list[int] | None, int | list[str])
try: int[3]
except TypeError as e: print(e)
