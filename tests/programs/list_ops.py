# Lists: building, mutating in loops, aliasing, equality, nested lists, list of lists.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == [1, 2, 3, 4])
c = a[:]
c.append(5)
print(a, c)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
    grid[i][2 - i] += 2
print(grid)
evens = []
for n in range(10):
    if n % 2 == 0:
        evens.append(n)
print(evens, len(evens), evens[-1], sum(evens))
lst = list(range(10))
filtered = [x for x in lst if x % 3]
print(filtered)
i = 0
while i < len(lst):
    if lst[i] % 2:
        del lst[i]
    else:
        i += 1
print(lst)
words = "to be or not to be".split()
uniq = []
for w in words:
    if w not in uniq:
        uniq.append(w)
print(uniq)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [] == [], [0] * 0)
print(list(reversed(words)), words[::-1] == list(reversed(words)))
totals = [0] * 5
for n in [1, 3, 3, 4, 1, 1, 0]:
    totals[n] += 1
print(totals)
chunks = [words[i:i + 2] for i in range(0, len(words), 2)]
print(chunks)
flat = []
for ch in chunks:
    flat += ch
print(flat == words)
nested = [1, [2, 3], [4, [5, 6]]]
print(nested[2][1][0], len(nested), nested[1] + nested[2][1])
x = [3, 1, 2]
y = sorted(x)
print(x, y)
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
