a = frozenset([3, 1, 2])
print(a, repr(frozenset()), type(a), type(a).__name__)
print(hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset(range(100))))
b = {2, 5}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(type(a | b).__name__, type(b | a).__name__)
print(a.union([9]), a.intersection([1, 3]), a.difference([1]), a.symmetric_difference([1, 7]))
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4}, a < a, a.issubset(range(5)), a.isdisjoint([8]))
print(a.copy() is a, frozenset(a) is a, frozenset(a) == a)
d = {a: 'x', frozenset(): 'e'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print({frozenset({1}), frozenset({1}), frozenset({2})} == {frozenset({1}), frozenset({2})})
c = a
c |= {7}
print(c, a, c is a)
s = {1}
s |= frozenset({4})
print(s, type(s).__name__)
print(sorted(a), len(a), 2 in a, 9 in a, list(reversed(sorted(a))))
try: a.add(1)
except AttributeError as e: print('AttributeError', e)
try: hash(frozenset([[1]]))
except TypeError as e: print('TypeError', e)
try: frozenset(1)
except TypeError as e: print('TypeError', e)
try: frozenset([1], [2])
except TypeError as e: print('TypeError', e)
try: {[]} 
except TypeError as e: print('TypeError', e)
print(isinstance(a, frozenset), isinstance(a, set), isinstance(s, frozenset))
print(frozenset('abca') == frozenset('cab'), frozenset([frozenset([1])]))
print(frozenset[int])
match a:
    case frozenset(): print("matched frozenset")
print(set(a) == a, sorted(set(a) | {0}))
print({1: 2}.keys() & frozenset([1, 3]), {1: 2}.keys() == frozenset([1]))
import copy
print(copy.copy(a) is a, copy.deepcopy(a) == a)
print(sorted(frozenset({(1, 2), (3, 4)})))
try: set.add(a, 5)
except TypeError as e: print('TypeError', e)
import abc, collections.abc, pprint, typing
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): pass
print(type(Shape.__abstractmethods__).__name__, sorted(Shape.__abstractmethods__))
print(isinstance(a, collections.abc.Set), isinstance(a, collections.abc.MutableSet))
pprint.pprint(frozenset(range(30)), width=40)
print(typing.FrozenSet[int])
# an annotated function at module level must not upset the stack depth the
# handlers below restore (MAKE_FUNCTION pops the annotations dict)
def annotated(x: int) -> int:
    return x
for name in ['real', 'nope', 'imag']:
    try: print(name, getattr(1, name))
    except AttributeError as e: print(name, 'AttributeError', e)
print("done")
