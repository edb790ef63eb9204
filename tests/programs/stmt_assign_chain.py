# Chained and multiple-target assignment, aliasing.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = q, p = 1, 2
print(p, q)
i = j = k = "s"
print(i + j + k)
lst = [1, 2, 3]
lst[0] = lst[2] = 9
print(lst)
d = {}
d["a"] = d["b"] = len(d)
print(d)
class O:
    pass
o = O()
o.x = o.y = 5
print(o.x, o.y)
n = 1
n = n + 1
n = n * n
print(n)
first, second = second, first = "ab"
print(first, second)
matrix = [[0] * 2 for _ in range(2)]
row = matrix[0]
row[1] = 5
print(matrix)
s = t = (1, 2)
s = s + (3,)
print(s, t)
