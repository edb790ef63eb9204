# json: dumps, dump, loads, load, the encoder and decoder classes and their
# options, and the errors for malformed documents, against CPython's output
import collections
import enum
import json


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ': ' + str(e)


print('-- dumps: values')
values = [None, True, False, 0, -1, 9223372036854775807, -9223372036854775807 - 1, 0.0, -0.0, 1.5,
          0.1, 1e22, 1e-7, 123456789.125, 1e308, 5e-324, 2.5e-10, float('nan'), float('inf'),
          -float('inf'), '', 'abc', 'a"b\\c/d', '\b\f\n\r\t\x00\x1f\x7f', 'caf\u00e9', '\u2028\uffff',
          '\U0001f600 \U0010ffff', [], {}, (), [1, [2, [3, []]]], (1, (2,)), {'a': {'b': {}}},
          [None, True, False, 1, 2.0, 'x', [], {}]]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False) == json.dumps(v))
print(json.dumps('caf\u00e9 \U0001f600 \x7f \n', ensure_ascii=False))
print(json.dumps({'caf\u00e9': '\U0001f600'}), json.dumps({'caf\u00e9': '\U0001f600'}, ensure_ascii=False))

print('-- dumps: keys')
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, -7: 5, 1e100: 6, float('nan'): 7,
                  float('-inf'): 8, 0.1: 9, 'k': 10}))
print(json.dumps({2: 'b', 1: 'a', 3: 'c'}, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2, 'C': 3, '': 4}, sort_keys=True))
print(json.dumps({(1, 2): 'x', 'a': 1, 2: (3,)}, skipkeys=True))
print(json.dumps({(1, 2): 'x'}, skipkeys=True), repr(json.dumps({(1, 2): 'x'}, skipkeys=True, indent=2)))
print(attempt(json.dumps, {(1, 2): 'x'}))
print(attempt(json.dumps, {Point(0, 0): 1}))
print(attempt(json.dumps, {1: 2, 'a': 3}, sort_keys=True))
print(attempt(json.dumps, {float('nan'): 1}, allow_nan=False))

print('-- dumps: indent and separators')
doc = {'name': 'twinpy', 'tags': ['a', 'b', []], 'n': {'x': 1, 'y': [1.5, None, {}]}, 'e': {}}
for indent in (None, 0, 1, 2, 4, -1, '', '\t', '--'):
    print(repr(indent), repr(json.dumps(doc, indent=indent)))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, separators=(',', ':')))
print(json.dumps(doc, separators=(' , ', ' = ')))
print(repr(json.dumps([1, [2]], indent=2, separators=(', ', ': '))))
print(json.dumps([[[[]]], [[{}]]], indent=1))
print(json.dumps('top', indent=2), json.dumps(5, indent=2), json.dumps([], indent=2), json.dumps({}, indent=2))

print('-- dumps: nan, circular, default, cls')
for kw in ({}, {'indent': 2}):
    print(attempt(json.dumps, [float('nan')], allow_nan=False, **kw))
    print(attempt(json.dumps, float('-inf'), allow_nan=False, **kw))
    loop = [1]
    loop.append(loop)
    print(attempt(json.dumps, loop, **kw))
    loop.pop()  # no cycle left behind: twinpy does not collect cycles
    d = {}
    d['self'] = [d]
    print(attempt(json.dumps, d, **kw))
    d.clear()
    print(attempt(json.dumps, {'s': {1, 2}}, **kw))
    print(attempt(json.dumps, [Point(1, 2)], **kw))
    print(attempt(json.dumps, [Point(1, 2)], default=lambda o: {'x': o.x, 'y': o.y}, **kw))
    print(attempt(json.dumps, Point(1, 2), default=lambda o: o, **kw))
    print(attempt(json.dumps, [Point(1, [Point(2, 3)])], default=lambda o: [o.x, o.y], **kw))
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
print(json.dumps([float('nan'), float('inf')], check_circular=False))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Point):
            return {'point': [o.x, o.y]}
        return json.JSONEncoder.default(self, o)


print(json.dumps({'s': {3, 1, 2}, 'p': Point(0, -1)}, cls=SetEncoder))
print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder, indent=1, sort_keys=True))
print(attempt(json.dumps, {'c': Source('x')}, cls=SetEncoder))
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(repr(enc.item_separator), repr(enc.key_separator), repr(json.JSONEncoder().item_separator))
print(enc.encode({'b': [1, 2], 'a': 'x'}))
print(list(json.JSONEncoder().iterencode([1, {'a': [2.5, None]}, 'x'])))
print(list(json.JSONEncoder(indent=1).iterencode([1, {'a': [2.5, None]}, 'x'])))
print(list(json.JSONEncoder().iterencode('s')), list(json.JSONEncoder().iterencode({})))
print(attempt(json.dumps, 1, nonsense=True))

print('-- collections and enum types')
Pair = collections.namedtuple('Pair', 'left right')
ordered = collections.OrderedDict([('z', 1), ('a', Pair(2, [3]))])
for kw in ({}, {'indent': 1, 'sort_keys': True}):
    print(json.dumps([ordered, collections.Counter('abca'), collections.defaultdict(list, {'k': [1]})], **kw))
    print(''.join(json.JSONEncoder(**kw).iterencode({'p': Pair('x', None), 'o': ordered})))
print(attempt(json.dumps, collections.deque([1])), attempt(json.dumps, {Pair(1, 2): 0}))
ordered['self'] = ordered
print(attempt(json.dumps, ordered))
del ordered['self']
print(json.loads('{"z": 1, "a": [2]}', object_pairs_hook=collections.OrderedDict))


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Colour(enum.StrEnum):
    RED = 'red'


class Plain(enum.Enum):
    ONE = 1


print(json.dumps([Level.LOW, Colour.RED, {Level.HIGH: Colour.RED, Colour.RED: Level.LOW}]))
print(json.dumps({Level.HIGH: 1, Level.LOW: 2}, sort_keys=True))
print(attempt(json.dumps, Plain.ONE), attempt(json.dumps, {Plain.ONE: 1}))

print('-- dump')
for kw in ({}, {'indent': 2}, {'sort_keys': True, 'separators': (',', ':')}):
    sink = Sink()
    json.dump(doc, sink, **kw)
    print(len(sink.parts) > 1, ''.join(sink.parts) == json.dumps(doc, **kw))
sink = Sink()
print(attempt(json.dump, [1, 2, float('nan')], sink, allow_nan=False), sink.parts)

print('-- loads: values')
docs = ['null', 'true', 'false', '0', '-0', '-1', '123456789012', '9223372036854775807', '1.5', '-0.0',
        '1e5', '1E-5', '-1.5e+10', '0.1', '1e400', '-1e400', '5e-324', 'NaN', 'Infinity', '-Infinity',
        '""', '"abc"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20ac"', '"\\ud83d\\ude00"',
        '"\\uD83D\\uDE00x"', '"caf\u00e9 \U0001f600"', '[]', '{}', '[1, [2, [3]]]',
        '{"a": {"b": [true, null]}}', ' \t\r\n[ 1 , 2 ]\n\n', '{"a":1,"a":2,"b":3}', '{"":""}',
        '{"\\u0000": "\\/"}', '[' * 40 + ']' * 40, '{"k"\t:\t1\t,\t"l"\r:\r[\n]\n}']
for d in docs:
    print(repr(d), repr(json.loads(d)))
print(repr(json.loads('"a\tb\nc\x01"', strict=False)))
print(json.loads('[1.5, 2, NaN, {"a": 3}]', parse_float=str, parse_int=float, parse_constant=repr))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=sorted))
print(json.loads('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1}', object_pairs_hook=list, object_hook=len))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Point(d['x'], d['y'])).y)
print(json.load(Source('{"from": "a file", "n": [1, 2]}')))
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('[1] tail'), dec.raw_decode('xx{"a": 1}yy', 2))
print(attempt(dec.raw_decode, ' [1]'))
print(attempt(json.loads, 5), attempt(json.loads, None))
print(attempt(json.loads, '\ufeff[1]'))


class NoHookDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        json.JSONDecoder.__init__(self, parse_int=lambda s: 'int:' + s, **kw)


print(json.loads('[1, 2.5, {"a": 3}]', cls=NoHookDecoder))
print(json.loads('[1, 2.5, {"a": 3}]', cls=NoHookDecoder, object_hook=lambda d: list(d.items())))

print('-- round trips')
for v in values + [doc, {'list': list(range(20)), 'nested': [[i, str(i), i / 4] for i in range(5)]}]:
    for kw in ({}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':'), 'sort_keys': True}):
        back = json.loads(json.dumps(v, **kw))
        ok = json.dumps(back, **kw) == json.dumps(v, **kw)
        if isinstance(v, (str, dict)) or type(v) is list and v == v:
            ok = ok and back == v
        if not ok:
            print('round trip differs', repr(v), kw, repr(back))
print('round trips done')
big = [{'id': i, 'name': 'item %d \u00e9' % i, 'v': i / 8, 'ok': i % 3 == 0} for i in range(2000)]
text = json.dumps(big, indent=1, ensure_ascii=False)
print(len(text), json.loads(text) == big, json.loads(json.dumps(big)) == big)
long_text = 'abc "def" \\ \n\t\u00e9' * 5000
print(len(json.dumps(long_text)), json.loads(json.dumps(long_text)) == long_text,
      json.loads(json.dumps(long_text, ensure_ascii=False)) == long_text)

print('-- malformed documents')
bad = ['', ' ', '[', ']', '{', '}', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":1 "b":2}', '{1:2}', "{'a':1}",
       '[1 2]', '[1,,2]', '"abc', '"a\\', '"\\', '"\\q"', '"\\x41"', '"\\u"', '"\\u12"', '"\\u1234',
       '"\\uZZZZ"', '"\\u 123"', '"\\u+123"', '"\\u1_23"', '"\\ud83d\\uZZ00"', '"a\tb"', '"a\nb"',
       '"a\x1fb"', 'nul', 'nulll', 'true false', 'True', 'nan', 'Inf', '-Inf', '+1', '-', '--1',
       '00', '01', '1.', '.5', '1e', '1e+', '1ee5', '12abc', '[1]x', '\n\n  [1,\n  2,,]',
       '{"a":\n\n[1,\n}', '[\ufeff]', '{"a":{"b":{"c":[1,{"d":}]}}}', '[' * 40 + ']' * 39,
       '"caf\u00e9', '["caf\u00e9", \u00e9]', '{"\u00e9"}', '\u00e9', '[1]\n\u00e9', '\x0c1', '[1\x0b]']
for d in bad:
    try:
        json.loads(d)
        print(repr(d), 'no error')
    except json.JSONDecodeError as e:
        print(repr(d), type(e).__name__, repr(e.msg), e.pos, e.lineno, e.colno, isinstance(e, ValueError))
        print('   ', str(e), e.doc == d)
try:
    json.loads('"a\x01"', strict=True)
except ValueError as e:
    print(type(e).__name__, e)
e = json.JSONDecodeError('Custom', 'ab\ncd\nef', 7)
print(e.msg, e.pos, e.lineno, e.colno, e.args, e.__reduce__()[1])
print(issubclass(json.JSONDecodeError, ValueError), sorted(json.__all__))

# bytes in UTF-8 (with or without the BOM)
print(json.loads(b'{"a": [1, 2.5, "\\u00e9", "\xc3\xa9"]}'), json.loads(b'\xef\xbb\xbf[1]'))
