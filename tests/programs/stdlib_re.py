# re: syntax, flags, Pattern and Match objects, sub/split/findall, errors
import re


def show(m):
    if m is None:
        return 'None'
    return '%r %r %r' % (m.span(), m.groups(), m.groupdict())


# literals, escapes, classes, anchors
print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'\D+', 'a1 b22'))
print(re.findall(r'\w+', 'héllo wörld_1 !'), re.findall(r'\W+', 'a, b; c'))
print(re.findall(r'\s', 'a b\tc\nd'), re.findall(r'\S+', ' x  yz '))
print(re.findall(r'\bfoo\b', 'foo foobar afoo foo.'), re.findall(r'\Bo\B', 'foo boot'))
print(re.findall(r'\Aab', 'abab'), re.findall(r'ab\Z', 'abab'), re.search(r'\Ax', 'yx'))
print(re.findall(r'a\.b|\\', r'a.b axb \ '), re.findall(r'\x41\u00e9\t', 'Aé\t'))
print(re.findall(r'[a-c]+', 'abcdcba'), re.findall(r'[^a-c\s]+', 'ab dd cx'))
print(re.findall(r'[]a]+', 'a]]b'), re.findall(r'[a-]+', 'a-b'), re.findall(r'[\d.]+', '3.14 x 2'))
print(re.findall(r'[\]\\]', r'a]\b'), re.findall(r'[\x41-\x43]', 'ABCD'), re.findall('\\101', 'AB'))
print(re.findall(r'a.c', 'abc a\nc a c'), re.findall(r'(?s)a.c', 'abc a\nc'))
print(re.findall(r'^\w+', 'one\ntwo'), re.findall(r'(?m)^\w+', 'one\ntwo'))
print(re.findall(r'\w+$', 'one\ntwo\n'), re.findall(r'(?m)\w+$', 'one\ntwo\n'))
print(re.search('$', 'ab\n').span(), re.search('^$', ''), re.search(r'\B', ''))

# quantifiers
for p in ['a*', 'a+', 'a?', 'a{2}', 'a{2,}', 'a{,2}', 'a{1,3}', 'a*?', 'a+?',
          'a??', 'a{1,3}?', 'a{2,}?', 'a{', 'a{x}', 'x{}']:
    print(p, re.findall(p, 'aaaa a'), show(re.match(p, 'aaaa')))
print(re.match(r'<.*>', '<a><b>').group(), re.match(r'<.*?>', '<a><b>').group())
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(a+)+b', 'aaab').groups(), re.match(r'(a*)*', 'aa').groups())
print(re.match(r'(a|b)*c', 'abac').groups(), re.match(r'((a)|b)+', 'ab').groups())
print(re.match(r'(?:ab){2,3}', 'abababab').group(), re.match(r'(ab){2}', 'ababab').span())
print(re.fullmatch(r'(a{1,3})*', 'aaaaaaa').groups(), re.match(r'(a?){3}', 'aa').groups())
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'a++b', 'aab'))

# groups, alternation, backreferences, lookaround, conditionals
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<x>!)?', 'Jane Doe')
print(m.group(), m.group(1), m.group('last'), m.group(1, 2, 'x'), m[2], m['first'])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('x'))
print(m.lastindex, m.lastgroup, m.string, m.pos, m.endpos, m.re.pattern)
print(repr(m), repr(re.match('x*', 'y')))
m = re.match(r'((a)b)(c)?', 'ab')
print(m.lastindex, m.lastgroup, m.regs, re.match(r'(a)|b', 'b').lastindex)
print(re.findall(r'(\w)\1', 'aabbcd'), re.findall(r'(?P<c>\w)(?P=c)', 'xxyzz'))
print(re.search(r'(?i)(ab)\1', 'xABab').span(), re.match(r'(a)?(?(1)b|c)', 'ab').group())
print(re.match(r'(a)?(?(1)b|c)', 'c').group(), re.match(r'(?:(?P<n>a)|b)(?(n)x|y)', 'by').group())
print(re.findall(r'foo(?=bar)', 'foobar foobaz'), re.findall(r'foo(?!bar)', 'foobar foobaz'))
print(re.findall(r'(?<=\$)\d+', '$10 20 $30'), re.findall(r'(?<!\$)\b\d+', '$10 20 $30'))
print(re.findall(r'(?<=ab|cd)e', 'abe cde xe'), re.search(r'(?<=(a))b', 'ab').groups())
print(re.findall(r'(?:a|b)+', 'abcab'), re.findall(r'a(?#comment)b', 'ab'))
print(re.findall(r'x|', 'axb'), re.findall(r'|x', 'axb'))

# flags
print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.I | re.M), int(re.DOTALL | re.VERBOSE))
print(re.findall('abc', 'ABC abc AbC', re.I), re.findall('[a-c]+', 'xABCx', re.IGNORECASE))
print(re.findall(r'^a.', 'ab\nac\na\n', re.M | re.S), re.findall(r'\w+', 'héllo', re.A))
print(re.findall(r'''(?x) \d+   # digits
                      \s* [a-z]  # a letter''', '12 a 3b'))
print(re.findall(r'a b # c', 'ab', re.X), re.findall(r'a\ b[ ]c', 'a b c', re.VERBOSE))
print(re.findall(r'(?i)straße', 'STRAßE'), re.findall(r'(?i:a)b', 'Ab AB'), re.findall(r'a(?-i:b)', 'AB Ab', re.I))
print(re.compile('a', re.I).flags, re.compile('(?im)a').flags, re.compile('a', re.A).flags)

# Pattern objects
p = re.compile(r'(?P<k>\w+)=(?P<v>\d+)')
print(p.pattern, p.flags, p.groups, p.groupindex, repr(p))
print(repr(re.compile('a', re.I | re.M)), repr(re.compile(r'\d', re.S | re.X)))
print(show(p.search('x a=1 b=2', 2)), show(p.search('x a=1 b=2', 0, 4)), show(p.match('a=1', 1)))
print(show(p.fullmatch('a=12')), show(p.fullmatch('a=12 ')), show(p.fullmatch('a=12 ', 0, 4)))
print(p.findall('a=1 b=22 c=x'), [m.span() for m in p.finditer('a=1 b=22')])
print(p.findall('a=1 b=22 c=3', 4), p.sub(r'\g<v>=\g<k>', 'a=1 b=22'), p.split('x a=1 y'))
print(re.compile(p) is p, re.compile('ab') is re.compile('ab'), re.compile('q').groups)
print(re.match(r'^b', 'ab', re.M), re.compile(r'^b').search('ab', 1), re.compile('b$').search('ab\n', 0, 2))

# findall shapes, finditer, empty matches
print(re.findall(r'(\w)(\d)?', 'a1b'), re.findall(r'(a)|b', 'ab'), re.findall(r'x*', 'axxb'))
print([m.group() for m in re.finditer(r'\w+', 'one two  three')])
print([repr(m) for m in re.finditer(r'a*', 'baaac')])

# sub, subn
print(re.sub(r'\s+', ' ', '  a   b \n c  '), re.sub(r'x*', '-', 'abxd'), re.sub('', '-', 'ab'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\d)', r'<\g<a>\g<1>\g<0>>', 'a1b2'), re.sub('a', r'\n\t\\', 'a'))
print(re.sub('a', r'\.', 'a'), re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('(b)', r'\1\060', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('a', 'x', 'aaaa', 2), re.sub('a', 'x', 'aaaa', count=1), re.sub('A', 'x', 'aA', flags=re.I))
print(re.subn(r'o', '0', 'foo boo'), re.subn('z', 'y', 'abc'), re.subn(r'\w', '', 'ab', 1))
print(re.match(r'(\w+) (\w+)', 'ab cd').expand(r'\2-\1 \g<0>'))

# split
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'a b c d', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'x*', 'axbc'))
print(re.split(r'(a)|b', 'xaybz'), re.split(r'\b', 'a b'), re.split(',', ''), re.split('', 'ab'))

# escape, purge
print(re.escape('a.b*c+d?(e)[f]{g}^$|\\ #&~-'), re.escape('hello_world 1'), re.escape('é'))
print(re.match(re.escape('1+1=2?'), '1+1=2?').group())
re.purge()
print(re.search('a', 'ba').span())

# long inputs: no deep recursion
s = 'x' * 10000
print(len(re.match(r'.*', s).group()), len(re.match(r'\w+', s).group()), len(re.match(r'(x)*', s).group()))
print(len(re.match(r'(?:xx|x)*$', s).group()), len(re.match(r'.*?$', s).group()), re.match(r'x*y', s))
print(len(re.findall(r'\w+', 'word ' * 2000)), len(re.sub(r'(x)', r'\1y', s)))

# errors
for bad in ['(', 'a)', '*', 'a**', 'a{2,1}', '[a', '[z-a]', '\\', '\\q', '(?P<1>a)',
            '(?P<a>a)(?P<a>b)', '(?P=x)', '\\1', '(a)\\2', '(?z)', 'a(?i)', '(?#abc',
            '(?<=a+)b', '[\\d-z]', '\\x4', '(?P<a', '(?P<>a)', '(a', 'a|*', '^*']:
    try:
        re.compile(bad)
        print('no error', bad)
    except re.error as e:
        print('error', repr(bad), e, e.pos)
for tpl in [r'\g<x>', r'\3', r'\q', r'\g<1']:
    try:
        re.sub(r'(a)(b)', tpl, 'ab')
        print('no error', tpl)
    except re.error as e:
        print('error', repr(tpl), e)
    except IndexError as e:
        print('IndexError', e)
m = re.match('(a)', 'a')
for g in [2, 'nope', -1]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)

# odd corners
print(re.split('a', 'bab', -1), re.sub('a', 'x', 'aaa', -1), repr(re.match('.*', 'a' * 80)))
print(re.fullmatch('a|ab', 'ab'), re.match('(?:a|ab)$', 'ab'), re.search(r'(?<=\bfoo)bar', 'foobar'))
print(re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11', 'abcdefghijkk').group(11))
print(re.sub('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10', 'abcdefghijk'))
print(re.findall(r'(?i)é', 'éÉe'), re.findall(r'(?i)[à-ï]+', 'ÀÉx'), re.findall(r'(?i)[a-z]+', 'ÀbC'), re.findall(r'(?ia)[a-z]+', 'ÀbC'))
try:
    re.compile('a\n(b')
except re.error as e:
    print('error', e, e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)

# one compiled pattern shared by threads
import threading
pat = re.compile(r'(?P<w>[a-z]+)(\d+)?(?=\s|$)')
texts = ['abc1 de fg22 h ' * (i + 1) for i in range(4)]
want = [(pat.findall(t), pat.sub(r'<\2\g<w>>', t)) for t in texts]
bad = []


def work(i):
    for _ in range(30):
        if (pat.findall(texts[i]), pat.sub(r'<\2\g<w>>', texts[i])) != want[i]:
            bad.append(i)


ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('threads agree', not bad, want[1][1])
