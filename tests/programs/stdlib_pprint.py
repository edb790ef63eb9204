# pprint: pformat/pprint/pp layouts for nested containers at several widths,
# indent, depth, compact, sort_dicts and underscore_numbers, long str and
# bytes split into pieces, recursion markers, the collections classes
import collections
import dataclasses
import io
import pprint
import random
import types

data = {
    'name': 'twinpy',
    'numbers': list(range(25)),
    'nested': {'tuple': (1, 2, (3, 4, (5,))), 'empty': [], 'set': {3, 1, 2}},
    'text': 'the quick brown fox jumps over the lazy dog ' * 3,
    'raw': bytes(range(40)),
    'flags': [True, False, None, 1.5, -0.0],
}
for width in (80, 40, 20, 1):
    print('-- width', width)
    pprint.pprint(data, width=width)
pprint.pprint(data, indent=4, width=50, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint({'b': 1, 'a': 2, 'c': [3, 2, 1]}, sort_dicts=False)
pprint.pp({'b': 1, 'a': 2})
pprint.pprint([10 ** 12, 123456, -7654321, 3.5], underscore_numbers=True)
pprint.pprint('one line\nsecond line is a little longer\n' * 2, width=20)
pprint.pprint(['x' * 50, 'a b ' * 20], width=30)
pprint.pprint(bytearray(b'0123456789abcdef' * 4), width=30)
pprint.pprint(((((((1,),),),),),), depth=3)
pprint.pprint([[1, [2, [3, [4]]]], {'k': {'k': {'k': {}}}}], depth=2)
pprint.pprint({(2, 'b'): 1, (1, 'z'): 2, (1, 'a'): 3}, width=20)
pprint.pprint(list(range(60)), compact=True, width=30, indent=3)

lst = [1, 2]
lst.append(lst)
d = {'self': None}
d['self'] = d
for obj in (lst, d):
    text = pprint.pformat(obj)
    print(text[:text.index('id=')], pprint.isrecursive(obj), pprint.isreadable(obj))
    print(pprint.saferepr(obj).split(' with id=')[0])
lst.pop()
d['self'] = None
print(pprint.isreadable([1, 'a', (2,)]), pprint.isreadable([object]), pprint.isrecursive([[]]))
print(pprint.saferepr({'z': [1, 2], 'a': (3,)}))

pprint.pprint(collections.OrderedDict((k, k * 3) for k in 'abcdefgh'), width=30)
pprint.pprint(collections.defaultdict(list, {'x': list(range(12)), 'y': []}), width=30)
pprint.pprint(collections.Counter('mississippi'), width=20)
pprint.pprint(collections.deque(range(15), maxlen=20), width=30)
pprint.pprint(collections.deque('abc'))
pprint.pprint(collections.ChainMap({'a': 1}, {'b': list(range(10))}), width=30)
pprint.pprint(collections.UserList(range(12)), width=20)
pprint.pprint(types.SimpleNamespace(alpha=1, beta=list(range(12))), width=30)


@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list = dataclasses.field(default_factory=list)


pprint.pprint(Point(1, 2, ['first tag', 'second tag', 'third tag']), width=30)
pprint.pprint([Point(0, 0)])

sio = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=25, stream=sio)
printer.pprint({'key': ['value'] * 5})
print(sio.getvalue(), end='')
print(printer.pformat((1,)), printer.pformat(()), printer.isreadable({'a': 1}))
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError', e)


class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return pprint.PrettyPrinter.format(self, obj, context, maxlevels, level)


print(Upper(width=20).pformat({'key': ['abc', 'def', 'ghi', 'jkl']}))

rng = random.Random(7)


def build(depth):
    kind = rng.randrange(6 if depth < 3 else 2)
    if kind == 0:
        return rng.randrange(-10 ** 6, 10 ** 6)
    if kind == 1:
        return ' '.join(rng.choice(['ab', 'cde', 'f', 'ghij']) for _ in range(rng.randrange(8)))
    if kind == 2:
        return [build(depth + 1) for _ in range(rng.randrange(5))]
    if kind == 3:
        return tuple(build(depth + 1) for _ in range(rng.randrange(4)))
    if kind == 4:
        return {'k%d' % rng.randrange(20): build(depth + 1) for _ in range(rng.randrange(4))}
    return {rng.randrange(100) for _ in range(rng.randrange(5))}


for i in range(12):
    print(pprint.pformat(build(0), width=rng.choice([15, 30, 50]), compact=i % 3 == 0))
