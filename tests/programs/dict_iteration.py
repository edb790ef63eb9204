# Dict ordering (insertion order), iteration, views, equality, keys of many types.
d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d, list(d))
d["zebra"] = 10
print(d)
del d["apple"]
d["apple"] = 20
print(d)
for k in d:
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    print(k, "->", v)
for k in sorted(d):
    print("sorted", k, d[k])
keys = d.keys()
d["new"] = 0
print(list(keys), len(keys))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {"a": 1} == {"a": 1.0}, {"a": [1]} != {"a": [2]})
mixed = {1: "int", "1": "str", (1,): "tuple", None: "none", True: "bool?", 2.5: "float"}
print(mixed, len(mixed))
print(mixed[1], mixed["1"], mixed[(1,)], mixed[None], mixed[2.5])
scores = {"ann": 88, "bob": 95, "cy": 72, "dee": 95}
best = max(scores.values())
print([n for n, s in scores.items() if s == best])
ranked = sorted(scores, key=lambda n: (-scores[n], n))
for i, n in enumerate(ranked, 1):
    print(i, n, scores[n])
nested = {"outer": {"inner": {"leaf": 1}}}
nested["outer"]["inner"]["leaf"] += 1
nested["outer"]["other"] = {}
print(nested)
squares = dict((i, i * i) for i in range(5))
print(squares, sum(squares.values()), max(squares, key=squares.get))
try:
    for k in d:
        d["added" + k] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(list(zip(d.keys(), d.values())) == list(d.items()))
