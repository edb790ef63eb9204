# bytes: literals, the sequence protocol, the methods, the codecs and their errors, int.to_bytes/from_bytes
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b), b'ab' + b'cd', b'ab' * 3, 3 * b'x')
print(b == b'hello', b != b'x', b < b'hellp', b'a' == 'a', hash(b'abc') == hash(b'abc'))
print(repr(b"it's"), repr(b'a"b'), repr(b'\x00\xff\n\t\r\\'), b'\101\x41', rb'\n', br'\x', b'\u1234')
print(b'll' in b, 108 in b, 300 in b'' if False else 0, b.find(b'l'), b.rfind(b'l'), b.count(b'l'), b.index(b'e'))
print(b'a,b,,c'.split(b','), b' a  b '.split(), b'a b c'.split(None, 1), b'a b c'.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1))
print(b'-'.join([b'a', b'b']), b'  x '.strip(), b'xxaxx'.strip(b'x'), b'abc'.upper(), b'ABC'.lower(), b'aXb'.replace(b'X', b'--'))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')), b'123'.isdigit(), b'ab'.isalpha(), b''.isdigit())
print(b'abc'.hex(), bytes.fromhex('de ad BE ef'), b'a=b'.partition(b'='), b'x'.center(5, b'*'), b'7'.rjust(3, b'0'))
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'abc'.encode('ascii'), b'h\xc3\xa9llo'.decode(), b'h\xe9'.decode('latin-1'))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'zz'), bytes(range(3)), bytes())
print(str(b'x'), f"{b'x'}", '%s' % b'y', isinstance(b, bytes), type(b).__name__)
for bad in ["'é'.encode('ascii')", "b'\\xff'.decode()", "b'\\xe2\\x82'.decode()", "b'\\xe2\\x28\\xa1'.decode()", "bytes('x')",
            "bytes([256])", "bytes(['a'])", "bytes(1.5)", "b'a' + 'b'", "b'x'[5]", "'x'.encode('nope')", "bytes.fromhex('zz')",
            "b'a'.split(b'')", "'€'.encode('latin-1')", "'a€€b'.encode('ascii')", "b'x'.decode('ascii', 'bogus')", "b'\\x80abc'.decode('ascii')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(b'\xff\xfeab'.decode('utf-8', 'replace'), b'\xffab'.decode('utf-8', 'ignore'), b'\xffab'.decode('utf-8', 'backslashreplace'))
print('é€'.encode('ascii', 'replace'), 'é€'.encode('ascii', 'xmlcharrefreplace'), 'é€'.encode('ascii', 'backslashreplace'), 'é'.encode('ascii', 'ignore'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x01\x00', byteorder='little'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print(b'a\nb\r\nc'.splitlines(), b'a\nb'.splitlines(True), sorted([b'b', b'a']), {b'k': 1}[b'k'], set(b'aab'))
print(b'abc'.decode('ascii').upper(), len('€'.encode()), b'' == bytes(), bytes is type(b''))
for src in ["b'\\x4'", "b'é'", "b'a' 'b'", "'a' b'b'", "b'a' f'b'", "bf'x'", "b'a' b'c' b'd'", "b'''x\ny'''", "rb'\\d+'", "B'x'", "Rb'\\t'"]:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
x = b"abc"
print([c for c in x], x[0:0], bytes(x[1:]), x.decode("utf-8", errors="strict"), x.decode(encoding="ascii"))
print(b"ab\x00cd".split(b"\x00"), b"\x00" in b"a\x00", len(b"\x00\x00"), b"a\x00b".hex())
print("{}".format(b"q"), repr(b"'\""), b"x" * 0, b"x" * -1, b"".join([]))
print(b'abc'.find(98), b'abc'.count(b''), b'abc'.find(b'c', 1, 2), b'aaa'.replace(b'a', b'b', 2), b'ab'.replace(b'', b'-'))
print(b'Hello World'.swapcase(), b'hello'.capitalize(), b'ABC'.isupper(), b'abc1'.islower(), b'  '.isspace(), b'\x80'.isascii())
print(bytes.fromhex(''), b'x'.removeprefix(b'x'), b'xy'.removesuffix(b'y'), b'abc'.rpartition(b'b'), b'abc'.rindex(b'c'))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2], 'big'), (0).to_bytes(0, 'big'), (255).to_bytes(1, 'little'), (-128).to_bytes(1, 'big', signed=True))
d = {}
d[b'a'] = 1
d['a'] = 2
print(len(d), d[b'a'], d['a'])
print(sorted(b'hello'), max(b'az'), sum(b'\x01\x02'), list(reversed(b'ab')), b'ab'[::2], b'abcdef'[-2:])
print(memoryview if False else 'mv', '€'.encode('utf-8').decode('utf-8') == '€', '𝄞'.encode(), b'\xf0\x9d\x84\x9e'.decode())
