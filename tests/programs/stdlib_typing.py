# typing and collections.abc: the annotated, ABC-based code programs are written in
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar,
                    Generic, Protocol, NamedTuple, TypedDict, Iterable, Iterator,
                    Sequence, Mapping, cast, overload, get_type_hints, NewType,
                    runtime_checkable, ClassVar, Final, Literal, TYPE_CHECKING)
from collections.abc import (Iterable as AIterable, Sized, Hashable, Sequence as ASeq,
                             MutableMapping, Mapping as AMap, Callable as ACallable)
import collections
import collections.abc

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
print(T, T.__name__, TYPE_CHECKING)

def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, isinstance(s, Stack), Stack.__name__)

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
print(Pair("a", 1).k, Pair[str, int]("b", 2).v)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p, p.x, p.norm2(), Point(1), p._fields, p._asdict())
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("ann", 3))

class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Heat", "year": 1995}
print(m, Movie(title="X", year=1), type(Movie(title="X", year=1)) is dict)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))

UserId = NewType("UserId", int)
print(UserId(5), type(UserId(5)))
print(cast(int, "x"), cast("List[int]", 5))

class C:
    x: int
    y: ClassVar[str] = "s"
    z: Final = 3
print(get_type_hints(C)["x"], sorted(get_type_hints(C)))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("ab"))

Handler = Callable[[int, str], bool]
def call(h: Handler) -> bool:
    return h(1, "a")
print(call(lambda a, b: True))
Mode = Literal["r", "w"]
def op(mode: Mode = "r") -> Union[int, str]:
    return mode
print(op())

# collections.abc: the built-in types and classes that define the methods
print(isinstance([], AIterable), isinstance({}, AMap), isinstance({}, MutableMapping))
print(isinstance("s", ASeq), isinstance((1,), ASeq), isinstance({1}, ASeq))
print(isinstance(3, Hashable), isinstance([], Hashable), isinstance(len, ACallable))
print(issubclass(list, Sized), issubclass(int, Sized), issubclass(dict, collections.abc.Container))
print(isinstance(iter([]), collections.abc.Iterator), isinstance(range(3), collections.abc.Reversible))
print(isinstance((x for x in ()), collections.abc.Generator))
print(isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.deque(), collections.abc.MutableSequence))
class Sz:
    def __len__(self): return 3
print(isinstance(Sz(), Sized), issubclass(Sz, collections.abc.Iterable))

class Registry(collections.abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
r = Registry()
r["a"] = 1; r.update(b=2); r.setdefault("c", 3)
print(len(r), sorted(r.items()), r.get("zz", 0), "a" in r, r.pop("a"), sorted(r.keys()), list(r.values()))
class Seq(collections.abc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * 10
q = Seq(4)
print(list(q), q.index(20), q.count(10), 30 in q, list(reversed(q)))
try:
    collections.abc.Sequence()
except TypeError as e:
    print("TypeError", e)
class Bad(collections.abc.Mapping):
    pass
try:
    Bad()
except TypeError as e:
    print("TypeError", e)
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), Iterable[int], List[int], Optional[int] == Union[int, None])
