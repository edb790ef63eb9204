# str.translate, str.maketrans and str.format_map.
print("abc".translate({97: "x", 98: None, 99: 100}), "héllo".translate(str.maketrans("hé", "HE", "o")), "abc".maketrans("a", "b"))
t = str.maketrans({"a": "1", "b": None, 99: "C"})
print(t, "abcd".translate(t))
print("{a} and {b[0]} {c.real}".format_map({"a": 1, "b": [2], "c": 3}))
class D:
    def __getitem__(self, k): return "<" + k + ">"
print("{x} {y}".format_map(D()))
for f in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans([1]), lambda: str.maketrans({"ab": 1}), lambda: "a".translate({97: 1.5}),
          lambda: "{z}".format_map({}), lambda: "{0}".format_map({})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
