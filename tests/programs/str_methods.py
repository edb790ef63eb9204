# Common str methods: case, strip, startswith/endswith, count, find, replace.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(s.upper(), s.lower(), "hello world".title(), "hello".capitalize(), "hELLO wORLD".capitalize())
t = s.strip()
print(t.startswith("Hello"), t.startswith("World"), t.endswith("!"), t.endswith("World"))
print(t.startswith(("Hi", "He")), t.endswith(("?", "!")), t.startswith("World", 7))
print(t.count("l"), t.count("o"), t.count("xyz"), "aaaa".count("aa"), "".count(""), "abc".count(""))
print(t.find("o"), t.find("o", 5), t.find("xyz"), t.rfind("o"), t.rfind("l"), t.find(""), t.find("l", 4, 10))
print(t.index("W"), t.rindex("l"))
print(t.replace("l", "L"), t.replace("l", "L", 2), t.replace("World", "There"), "aaa".replace("a", "bb"))
print("a-b-c".replace("-", ""), "abc".replace("", "|"))
print("Hello".lower() == "hello", "ABC".isupper(), "abc".islower(), "Abc".isupper())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "ab1".isalnum())
print("   ".isspace(), " a ".isspace(), "\t\n".isspace(), "".isspace())
print("x".join(["a", "b", "c"]), ", ".join(["one"]), "".join([]), "-".join("abc"))
print("%s" % "abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "42".zfill(5), "-42".zfill(6))
words = ["apple", "Banana", "cherry"]
print([w.upper() for w in words], [w[0].upper() + w[1:] for w in words])
try:
    t.index("xyz")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".replace(1, 2)
except TypeError as e:
    print("TypeError", e)
