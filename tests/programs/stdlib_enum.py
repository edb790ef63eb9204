# enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, the functional API
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def favourite(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.describe(), Color.favourite(), type(Color.RED).__name__)
print(Color.RED.name, Color.RED.value, isinstance(Color.RED, Color), Color.RED in Color, repr(Color))
print(list(Color.__members__), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print({Color.RED: "r"}[Color.RED], f"{Color.GREEN}", format(Color.BLUE, ">12") + "|")
try: Color(7)
except ValueError as e: print("ValueError:", e)
try: Color["PINK"]
except KeyError as e: print("KeyError:", e)
try: Color.RED = 5
except AttributeError as e: print("AttributeError:", e)
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), str(Num.ONE), repr(Num.TWO), int(Num.TWO), ["a", "b", "c"][Num.TWO])
print(Num(2), hash(Num.ONE) == hash(1), f"{Num.TWO:03d}")
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm.R & Perm.X), repr(~Perm.R), [m.value for m in Perm])
class P2(IntFlag):
    A = 1
    B = 2
    C = 4
print(P2.A | P2.B, repr(P2.A | 4), P2.B & 2 == 2, int(P2.C))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print("ValueError:", e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if value == "sq": return cls.SQUARE
print(Shape("sq"))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, S.B.upper(), S.A == "a", repr(S.B), f"[{S.B}]")
class Base(Enum):
    def hello(self): return "hi " + self.name
class Child(Base):
    X = 1
print(Child.X.hello())
try:
    class More(Child):
        Y = 2
except TypeError as e: print("TypeError:", e)
print(list(reversed(Color)), Color.RED.__class__ is Color)
