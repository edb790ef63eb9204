# dataclasses: fields, defaults, factories, order, frozen, __post_init__, InitVar, inheritance, kw_only, asdict/astuple/replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, make_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, p == Point(1, 2), p != Point(2, 1), Point(5))
print([f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(3))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2); print(sorted([Version(2), v, Version(1)]), v < Version(1, 3), hash(v) == hash(Version(1, 2)))
try: v.major = 3
except FrozenInstanceError as e: print("FrozenInstanceError:", e)
@dataclass
class Inventory:
    name: str
    items: list[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    def add(self, it): self.items.append(it); self.count += 1
a = Inventory("a"); b = Inventory("b"); a.add("x"); print(a, b, a.items is not b.items, Inventory("q", secret="1") == Inventory("q"))
@dataclass
class WithPost:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.area = self.w * self.h * scale
print(WithPost(2, 3), WithPost(2, 3, scale=10).area)
@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Derived(Base):
    c: float = 1.5
print(Derived(1), Derived(1, "x", 2.5), [f.name for f in fields(Derived)])
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print("TypeError:", e)
try:
    @dataclass
    class Mut:
        x: list = []
except ValueError as e: print("ValueError:", e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
try: K(1)
except TypeError as e: print("TypeError:", e)
@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])]); print(asdict(t))
print(Point.__match_args__, Point.__doc__ if False else "", repr(Point.__init__.__qualname__))
C = make_dataclass("C", [("x", int), ("y", int, field(default=5))]); print(C(1), C(1, 2) == C(1, 2))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
try: hash(Point(1, 2))
except TypeError as e: print("TypeError:", e)
@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(3)) == hash((3,)))
try: Point(1, 2, 3)
except TypeError as e: print("TypeError:", e)
try: Point()
except TypeError as e: print("TypeError:", e)
