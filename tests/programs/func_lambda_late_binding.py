# Late binding of loop variables in lambdas and comprehension scopes.
fs = []
for i in range(4):
    fs.append(lambda: i)
print("late:", [f() for f in fs])
fs = []
for i in range(4):
    fs.append(lambda i=i: i)
print("bound:", [f() for f in fs])
gs = [lambda: k for k in range(3)]
print("comprehension late:", [g() for g in gs])
gs = [lambda k=k: k * 10 for k in range(3)]
print("comprehension bound:", [g() for g in gs])
def make(n):
    return lambda: n
hs = [make(n) for n in range(3)]
print("factory:", [h() for h in hs])
x = "global x"
vals = [x for x in range(3)]
print("comprehension var does not leak:", x, vals)
for y in range(3):
    pass
print("for var leaks:", y)
z = 5
sq = [z * z for _ in range(2)]
print(sq)
total = 10
res = [total + t for t in range(3)]
print(res)
def scope_test():
    n = 3
    return [n * j for j in range(n)]
print(scope_test())
m = {k: (lambda k=k: k + 1)() for k in range(3)}
print(m)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print([bump() for _ in range(3)], counter)
