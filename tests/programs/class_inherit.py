# Single inheritance, method overriding, super(), isinstance/issubclass.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError("area not implemented for " + self.name)
    def describe(self):
        return "%s with %d sides and area %.2f" % (self.name, self.sides, self.area())
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return "SQUARE: " + super().describe()
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, "triangle")
        self.b = b
        self.h = h
    def area(self):
        return 0.5 * self.b * self.h
shapes = [Rect(2, 3), Square(4), Triangle(3, 5)]
for s in shapes:
    print(s.describe())
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
sq = shapes[1]
print(isinstance(sq, Square), isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Triangle))
print(issubclass(Square, Rect), issubclass(Square, Shape), issubclass(Rect, Square), issubclass(Shape, object))
print(issubclass(Triangle, (Rect, Shape)), isinstance(sq, (int, Triangle)), isinstance(sq, object))
print(type(sq).__name__, type(sq) is Rect, Square.sides, Square.__name__)
class Base:
    def __init__(self):
        self.log = ["Base.__init__"]
    def hello(self):
        return "Base.hello"
    def run(self):
        return self.hello()
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid.__init__")
    def hello(self):
        return "Mid.hello+" + super().hello()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf.__init__")
leaf = Leaf()
print(leaf.log, leaf.run())
class NoInit(Base):
    pass
print(NoInit().log, NoInit().run())
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(B):
    def who(self):
        return "C>" + super().who()
print(C().who(), B().who())
print(isinstance(True, int), issubclass(bool, int), issubclass(KeyError, LookupError))
