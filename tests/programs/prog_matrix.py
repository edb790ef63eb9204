# Matrix operations with nested lists.
def zeros(r, c):
    return [[0] * c for _ in range(r)]
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shape mismatch: %dx%d * %dx%d" % (len(a), len(a[0]), len(b), len(b[0])))
    out = zeros(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            s = 0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out
def transpose(m):
    return [list(row) for row in zip(*m)]
def mpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        e >>= 1
        if e:
            m = matmul(m, m)
    return result
def show(name, m):
    print(name)
    for row in m:
        print("  " + " ".join("%6s" % v for v in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a*b", matmul(a, b))
show("b*a", matmul(b, a))
show("a^T", transpose(a))
print(matmul(a, identity(3)) == a)
fib = [[1, 1], [1, 0]]
for n in [1, 2, 5, 10, 30, 60, 90]:
    print("fib(%d) = %d" % (n, mpow(fib, n)[0][1]))
f = [[0.5, 0.25], [0.125, 1.0]]
show("f*f", matmul(f, f))
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
try:
    matmul(a, a)
except ValueError as e:
    print("ValueError", e)
