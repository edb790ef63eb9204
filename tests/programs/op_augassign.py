# Augmented assignment on names, attributes and subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 3; print(x)
x /= 4; print(x)
x = 12
x &= 10; print(x)
x |= 5; print(x)
x ^= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3, 4]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
class Box:
    count = 0
    def __init__(self):
        self.value = 1
        self.items = []
b = Box()
b.value += 10
b.value *= 3
b.items += ["a"]
b.items += ["b"]
Box.count += 1
Box.count += 1
print(b.value, b.items, Box.count, b.count)
d = {"n": 1, "s": "x"}
d["n"] += 41
d["s"] *= 3
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
m[0][1] **= 5
print(m)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
calls = []
def key():
    calls.append("key")
    return 0
arr = [5]
arr[key()] += 1
print(arr, calls)
f = 1.5
f += 1
f *= 2
print(f)
try:
    u = 1
    u += "a"
except TypeError as e:
    print("TypeError", e)
