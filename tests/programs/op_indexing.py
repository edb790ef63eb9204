# Indexing of lists, tuples, strings, dicts; negative indexes; nested.
lst = [10, 20, 30, 40, 50]
print(lst[0], lst[4], lst[-1], lst[-5], lst[len(lst) - 1])
s = "python"
print(s[0], s[-1], s[2], s[-3])
t = (1, "two", 3.0)
print(t[1], t[-1], t[0] + 1)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1][2], grid[-1][-1], grid[0])
for r in range(3):
    print([grid[r][c] for c in range(3)], [grid[c][r] for c in range(3)])
d = {"a": [1, {"deep": "value"}], 5: "five", (1, 2): "pair"}
print(d["a"][1]["deep"], d[5], d[(1, 2)], d[1, 2])
lst[2] = 33
lst[-1] += 5
print(lst)
grid[0][0] = "x"
print(grid)
words = "the quick brown fox".split()
print(words[1][0], words[-1][-1], words[2][1:3])
i = 2
print(lst[i], lst[i - 1], lst[-i])
print("abc"[True], [5, 6][False])
for bad in [5, -6, 100]:
    try:
        print(lst[bad])
    except IndexError as e:
        print(bad, "IndexError", e)
try:
    print(s[10])
except IndexError as e:
    print("IndexError", e)
try:
    print(t[3])
except IndexError as e:
    print("IndexError", e)
try:
    lst[7] = 1
except IndexError as e:
    print("IndexError", e)
try:
    print(lst["1"])
except TypeError as e:
    print("TypeError", e)
try:
    print(lst[1.0])
except TypeError as e:
    print("TypeError", e)
try:
    x = 5
    print(x[0])
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "P"
except TypeError as e:
    print("TypeError", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    n = None
    print(n[0])
except TypeError as e:
    print("TypeError", e)
