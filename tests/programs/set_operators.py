# set operators: | & - ^ <= < >= > == and in-place forms.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3, 4} <= b, {3, 4} < b, b < b, b <= b, a >= {1}, a > a, a == {4, 3, 2, 1})
c = set(a)
c |= {7}
print(sorted(c))
c &= {1, 2, 7}
print(c)
c -= {2}
print(c)
c ^= {1, 3}
print(c)
print(set() | set(), {1} & set(), set() - {1}, {1} ^ {1})
evens = {x for x in range(10) if x % 2 == 0}
threes = {x for x in range(10) if x % 3 == 0}
print(sorted(evens | threes), sorted(evens & threes), sorted(evens - threes), sorted(evens ^ threes))
try:
    print({1} | [2])
except TypeError as e:
    print("TypeError", e)
try:
    print({1} + {2})
except TypeError as e:
    print("TypeError", e)
fs = [{1, 2}, {2, 3}, {2, 4}]
common = fs[0]
for s in fs[1:]:
    common = common & s
print(common)
allv = set()
for s in fs:
    allv = allv | s
print(sorted(allv))
print(len({(1, 2), (2, 1), (1, 2)}), (1, 2) in {(1, 2)})
