# split/rsplit with maxsplit keep the rest's whitespace; find/count/startswith
# with a start past the end match nothing, not even the empty string.
print("  a b  c  ".split(None, 1), "  a b  c  ".rsplit(None, 1), "a b c ".split(None,2), " a b c".rsplit(None,2), "  a  ".split(None, 0), "  a  ".rsplit(None, 0))
print("  a b  c  ".split(), "  a b  c  ".rsplit(), "".split(), "   ".rsplit(None, 1), "a\u3000b é".split(None, 1), "x  é  ".rsplit(maxsplit=1))
print("abc".find("", 10), "abc".find("", 3), "abc".rfind("", 4), "abc".count("", 10), "abc".count("", 3), "abc".startswith("", 10), "abc".startswith("", 3), "abc".endswith("", 4))
print("abc".find("c", 2, 1), "abc".count("b", 5), "abc".count("b", -10), "héllo".find("l", 10), "héllo".startswith(("x", "l"), 3), "héllo".index("o", -1))
try:
    "abc".index("", 4)
except ValueError as e:
    print(e)
