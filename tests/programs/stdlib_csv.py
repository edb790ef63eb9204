# csv: reader and writer under every dialect option, quoted multi-line fields,
# DictReader/DictWriter, the dialect registry, field_size_limit, Sniffer, and
# csv.Error with CPython's messages
import csv
import io
import random


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


def rd(src, **kw):
    r = csv.reader(src, **kw)
    rows = []
    try:
        for row in r:
            rows.append(row)
        print(rows, r.line_num)
    except csv.Error as e:
        print(rows, r.line_num, "Error:", e)


def wr(rows, **kw):
    f = io.StringIO()
    w = csv.writer(f, **kw)
    try:
        print([w.writerow(r) for r in rows], repr(f.getvalue()))
    except csv.Error as e:
        print("Error:", e, repr(f.getvalue()))


rd(io.StringIO('a,b,c\r\n1,"two, three","say ""hi"""\r\n\r\nlast', newline=''))
rd(['x,"multi\n', 'line\n', 'field",y\n', 'z\n'])
rd(['a\\,b,c\\\\d,"e\\"f"'], escapechar='\\')
rd(['"a"b,"c""d"'], doublequote=False)
rd(['a,  b,   "c d"'], skipinitialspace=True)
rd(['a b  c'], delimiter=' ', skipinitialspace=True)
rd(['1,2.5,"3",,-4e2'], quoting=csv.QUOTE_NONNUMERIC)
rd(['"a,b",c'], quoting=csv.QUOTE_NONE)
rd(["'x;y';z"], delimiter=';', quotechar="'")
rd(['"ab"c'], strict=True)
rd(['"abc'], strict=True)
rd(['"abc', 'def'])
rd(['a\rb'])
rd([b'bytes'])
rd(['a\\', 'b'], escapechar='\\')
t(lambda: list(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC)))

wr([['a', 'b,c', 'd"e', 'f\ng', None, 3, 2.5, True]])
wr([[''], [None], [], ['', '']])
wr([['a', 1, None, 'b c']], quoting=csv.QUOTE_ALL)
wr([['a', 1, 2.5, None, '']], quoting=csv.QUOTE_NONNUMERIC)
wr([['a,b', 'c\\d', 'e"f']], quoting=csv.QUOTE_NONE, escapechar='\\')
wr([['a,b']], quoting=csv.QUOTE_NONE)
wr([['']], quoting=csv.QUOTE_NONE)
wr([['x"y']], doublequote=False)
wr([['x"y']], doublequote=False, escapechar='\\')
wr([['a', 'b'], ['c', 'd\n']], lineterminator='\n', delimiter='\t')
wr([5])
wr(['abc', range(3)])

for kw in [dict(delimiter=''), dict(delimiter=1), dict(quotechar='ab'), dict(quotechar=3),
           dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(escapechar=''), dict(lineterminator=5), dict(lineterminator=None),
           dict(quoting=9), dict(quoting='x'), dict(bogus=1)]:
    try:
        d = csv.writer(io.StringIO(), **kw).dialect
        print(kw, repr((d.delimiter, d.quotechar, d.escapechar, d.quoting)))
    except TypeError as e:
        print(kw, "TypeError", e)
t(csv.writer, None)
t(csv.reader)
t(csv.reader, [], 'nope')

d = csv.get_dialect('excel')
print(type(d).__name__, repr(d.delimiter), repr(d.quotechar), d.doublequote,
      d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
t(setattr, d, 'delimiter', ';')


class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('pipes', Pipes)
csv.register_dialect('semi', 'excel', delimiter=';')
print(sorted(csv.list_dialects()))
wr([["a|b", "it's", 1]], dialect='pipes')
rd(["a;'b;c';d"], dialect='semi', quotechar="'")
csv.unregister_dialect('semi')
t(csv.get_dialect, 'semi')
t(csv.unregister_dialect, 'semi')


class Bad(csv.Dialect):
    delimiter = 'xx'


t(Bad)

old = csv.field_size_limit(8)
print(old, csv.field_size_limit())
rd(['12345678,123456789'])
print(csv.field_size_limit(old))
t(csv.field_size_limit, 'x')

data = "name,age,city\r\nann,31,Oslo\r\n\r\nbob,27\r\ncid,40,Rome,extra\r\n"
r = csv.DictReader(io.StringIO(data, newline=''), restkey='more', restval='?')
print(r.fieldnames)
for row in r:
    print(row, r.line_num)
f = io.StringIO()
w = csv.DictWriter(f, ['id', 'text'], restval='-')
print(w.writeheader(), w.writerow({'id': 1, 'text': 'a, b'}), w.writerow({'id': 2}))
t(w.writerow, {'id': 3, 'zzz': 4})
t(csv.DictWriter, f, ['a'], extrasaction='oops')
csv.DictWriter(f, ['id'], extrasaction='ignore').writerows([{'id': 9, 'x': 0}])
print(repr(f.getvalue()))

s = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'name;age\nann;31\nbob;27\n',
               '"x"|"y"\n"1"|"2"\n', 'one\ttwo\n3\t4\n']:
    dia = s.sniff(sample)
    print(repr(dia.delimiter), repr(dia.quotechar), dia.skipinitialspace, s.has_header(sample))
t(s.sniff, 'abc')

rng = random.Random(42)
alphabet = 'ab ,"\n\r\'\\;'
ok = 0
for i in range(200):
    rows = [[''.join(rng.choice(alphabet) for _ in range(rng.randrange(6)))
             for _ in range(rng.randrange(1, 4))] for _ in range(rng.randrange(1, 4))]
    kw = rng.choice([{}, {'quoting': csv.QUOTE_ALL}, {'delimiter': ';'},
                     {'escapechar': '\\', 'doublequote': False}])
    f = io.StringIO()
    csv.writer(f, **kw).writerows(rows)
    back = list(csv.reader(io.StringIO(f.getvalue(), newline=''), **kw))
    ok += back == rows
    if i < 3:
        print(repr(f.getvalue()))
print('round trips:', ok)
