# set methods: add discard remove pop union intersection difference symmetric_difference, subset tests.
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.discard(1)
s.discard(100)
print(s)
s.remove(4)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.intersection(b), a.difference(b), b.difference(a), a.symmetric_difference(b))
print(a.union([7], (0,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2}.issubset(a), a.issubset({1, 2}), a.issuperset({1, 2}), a.isdisjoint({7, 0}), a.isdisjoint(b))
c = a.copy()
c.add(0)
print(a, c, c is a)
c.update([7, 6], {5})
print(sorted(c))
c.intersection_update({0, 5, 6, 7})
print(c)
c.difference_update({0})
print(c)
p = {5}
v = p.pop()
print(v, p, len(p))
try:
    p.pop()
except KeyError as e:
    print("KeyError", e)
c.clear()
print(c, len(c), c == set())
words = "the cat saw the other cat".split()
uniq = set(words)
print(len(uniq), sorted(uniq), "cat" in uniq, "dog" in uniq)
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
print(sorted(set("hello") & set("world")), sorted(set("hello") - set("world")))
