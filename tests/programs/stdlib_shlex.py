# shlex: split in posix and non-posix modes, comments, quoting errors,
# quote/join, and the shlex class (tokens, push_token, punctuation_chars).
import shlex

cases = ['a b  c', 'a "b c" d', "a 'b c' d", 'a\\ b', '"a\\"b"', "'a\\'",
         'a#b c # x', 'x=1 y="2 3"', '"a\\\\b" "a\\$b" "a\\nb"',
         "e'f'g\"h\"", '', '  ', "é ß", 'a\n b\tc', 'a;b|c&&d (e)',
         "''", '""x', 'one"two three"four']
for c in cases:
    print(repr(c))
    print('  ', shlex.split(c), shlex.split(c, comments=True))
    print('  ', shlex.split(c, posix=False))
for bad in ['"abc', "a 'b", 'a\\', "x 'y\\'"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), e)

for q in ['', 'abc', 'a b', "it's", 'a$b', 'é', '@%+=:,./-_', '*', 'a\nb']:
    print(repr(q), shlex.quote(q))
words = ['ls', '-l', 'my file', "x'y", '', '$HOME']
print(shlex.join(words))
print(shlex.split(shlex.join(words)) == words)

lex = shlex.shlex('a = b; c(d) "q s" # com\n e.f 12')
print(list(lex))
lex = shlex.shlex('a && b || c; d >> e', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a&&b||c;d>>e (x)', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('ls ~/x.txt|wc -l', posix=True, punctuation_chars='|')
print(list(lex), lex.punctuation_chars)

lex = shlex.shlex('one two three', posix=True)
t = lex.get_token()
lex.push_token('zero')
print(t, lex.get_token(), lex.get_token(), lex.lineno)
print(lex.read_token(), repr(lex.get_token()), repr(lex.eof))
lex = shlex.shlex('x\ny\nz', infile='conf')
lex.get_token()
lex.get_token()
print(lex.error_leader(), lex.lineno)
print(repr(shlex.shlex('a b').get_token()), repr(shlex.shlex('').get_token()))
print(list(shlex.shlex('a-b c.d', posix=True)))
lex = shlex.shlex('a-b c.d', posix=True)
lex.wordchars += '-.'
print(list(lex))
lex = shlex.shlex('k1=v1,k2="v 2"', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a:b:c', posix=True)
lex.whitespace += ':'
print(list(lex))
