# len() and range(): start/stop/step, negative steps, indexing, len of many types.
print(len(""), len("abc"), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1}), len(set()), len({1, 2}))
print(len(range(10)), len(range(2, 10, 3)), len(range(10, 0, -1)), len(range(5, 5)), len(range(0, -5)))
print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)), list(range(10, 0, -2)), list(range(-3, 3)))
print(list(range(5, 0)), list(range(0, 10, -1)), list(range(-10, -20, -3)))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], len(r), 7 in r, 8 in r, list(r))
print(list(reversed(r)), r[1] + r[2])
print(sum(range(101)), max(range(7)), min(range(4, 9)), sorted(range(3), reverse=True))
print(range(5) == range(0, 5), repr(range(3)), repr(range(1, 9, 2)), str(range(0, 4)))
for i in range(3, -4, -2):
    print(i, end=" ")
print()
total = 0
for i in range(1, 1001):
    total += i
print(total)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    print(range(3)[5])
except IndexError as e:
    print("IndexError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
d = {"a": 1, "b": 2}
print(len(d.keys()), len(d.values()), len(d.items()), len("hello world".split()))
