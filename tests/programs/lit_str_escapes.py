# String literals: quotes, escapes, triple quotes, adjacent literal concatenation.
a = 'single'
b = "double"
c = 'it\'s'
d = "say \"hi\""
e = "tab\there"
f = "line1\nline2"
g = "back\\slash"
h = "\x41\x42\x43"
i = "nul\0end"
print(a, b, c, d)
print(e)
print(f)
print(g, h, len(i), repr(i))
print(repr(a), repr(c), repr(d), repr(e), repr(f), repr(g))
print(repr("both ' and \""), repr('\r\n'), repr("\x00\x01\x7f"))
t = """triple
quoted 'string' with "quotes"
  and indentation"""
print(t)
print(repr(t))
u = '''another
one'''
print(u, len(u))
v = "adjacent " "literals " 'joined'
print(v)
w = ("implicit "
     "continuation")
print(w)
print(len("\n"), len("\\n"), len("\t\t"), len(""), len("\x41"))
print("a\
b")
print("\101\102", "\0" == "\x00")
print("" == '', "abc" == 'abc', "a" "" == "a")
print(str(), repr(""), repr(" "))
lines = "one\ntwo\nthree"
for ln in lines.split("\n"):
    print("[" + ln + "]")
print("end\\")
