# Built-in methods called through their type (str.lower(x), list.append(l, x)):
# the first argument must be of that type, else TypeError, never a crash.
tests = [
    ('sorted(["pear", "Apple", 3], key=str.lower)', lambda: sorted(["pear", "Apple", 3], key=str.lower)),
    ('str.upper(5)', lambda: str.upper(5)),
    ('list.append(5, 1)', lambda: list.append(5, 1)),
    ('list.reverse(5)', lambda: list.reverse(5)),
    ('str.isdigit(5)', lambda: str.isdigit(5)),
    ('set.discard(5, 1)', lambda: set.discard(5, 1)),
    ('dict.setdefault("abc", "a")', lambda: dict.setdefault("abc", "a")),
    ('list.extend(5, [1])', lambda: list.extend(5, [1])),
    ('list.clear("abc")', lambda: list.clear("abc")),
    ('dict.update(5, {"a": 1})', lambda: dict.update(5, {"a": 1})),
    ('str.replace([1], "a", "b")', lambda: str.replace([1], "a", "b")),
    ('str.upper(None)', lambda: str.upper(None)),
    ('dict.get([], 1)', lambda: dict.get([], 1)),
    ('int.bit_length("x")', lambda: int.bit_length("x")),
    ('list.copy("ab")', lambda: list.copy("ab")),
    ('str.lower()', lambda: str.lower()),
    ('sorted(["pear", "Apple"], key=str.lower)', lambda: sorted(["pear", "Apple"], key=str.lower)),
    ('str.join(",", ["a", "b"])', lambda: str.join(",", ["a", "b"])),
    ('list.append([], 1)', lambda: list.append([], 1)),
    ('int.bit_length(True)', lambda: int.bit_length(True)),
    ('dict.fromkeys("ab")', lambda: dict.fromkeys("ab")),
    ('float.is_integer(2.0)', lambda: float.is_integer(2.0)),
    ('object.__eq__(1, 1)', lambda: object.__eq__(1, 1)),

]
class E(Exception): pass
for t, f in tests:
    try:
        print(t, "->", f())
    except Exception as e:
        print(t, "->", type(e).__name__, e)
e = E("a"); Exception.__init__(e, "b", "c"); print(e.args)
