# dict methods: get keys values items pop setdefault update copy clear.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("b"), d, d.pop("zz", "dflt"))
print(d.setdefault("c", 100), d.setdefault("n", []), d)
d.setdefault("n", []).append(5)
d.setdefault("n", []).append(6)
print(d)
d.update({"a": 10, "e": 5})
print(d)
d.update([("f", 6)], g=7)
print(d)
e = d.copy()
e["a"] = -1
print(d["a"], e["a"], e is d)
e.clear()
print(e, len(e))
inv = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("a" in d, "b" in d, len(d))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
