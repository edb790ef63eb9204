# abc: abstract methods refuse instantiation, __subclasshook__, register
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
print(Sq(3).describe(), isinstance(Sq(2), Shape), issubclass(Sq, Shape), issubclass(int, Shape))
class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("s", Reg))
print(sorted(Shape.__abstractmethods__), len(Sq.__abstractmethods__) == 0, type(Shape).__name__)
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
class PP(P):
    @property
    def name(self): return "pp"
print(PP().name)
try: P()
except TypeError as e: print(e)
