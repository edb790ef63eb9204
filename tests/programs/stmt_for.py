# for loops over sequences, with break/continue/else, nested loops.
for i in range(3):
    print("i", i)
for ch in "abc":
    print(ch, end=",")
print()
for item in [1, "two", 3.0, None]:
    print(repr(item))
for x in (5, 4):
    print(x)
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print(key, d[key])
for n in range(2, 20):
    for f in range(2, n):
        if n % f == 0:
            break
    else:
        print(n, "is prime")
for n in range(10):
    if n % 3 == 0:
        continue
    print("not multiple of 3:", n)
for n in range(5):
    if n == 2:
        break
else:
    print("never")
for n in []:
    print("never")
else:
    print("empty loop else")
total = 0
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        total += v
print("total", total)
for i in range(3):
    pass
print("loop var after loop:", i)
lst = [1, 2, 3]
for i in range(len(lst)):
    lst[i] *= 10
print(lst)
for i, v in enumerate("xyz", start=1):
    print(i, v)
for a, b in zip([1, 2, 3], "abc"):
    print(a, b)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
count = 0
for i in range(4):
    for j in range(4):
        if j > i:
            break
        count += 1
print("count", count)
for s in sorted({"b": 2, "a": 1}):
    print(s)
for _ in range(2):
    print("underscore")
