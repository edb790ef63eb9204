# 400 random set operations (a fixed generator, no random module): every
# result prints in CPython's order.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def rset():
    k = rnd(12)
    kind = rnd(3)
    if kind == 0:
        return set(rnd(64) for _ in range(k))
    if kind == 1:
        s = set()
        for _ in range(k):
            s.add(rnd(100) * 8)
        return s
    return {rnd(40) - 20 for _ in range(k)}
for step in range(400):
    a, b = rset(), rset()
    op = rnd(14)
    if op == 0: r = a | b
    elif op == 1: r = a & b
    elif op == 2: r = a - b
    elif op == 3: r = a ^ b
    elif op == 4: a |= b; r = a
    elif op == 5: a &= b; r = a
    elif op == 6: a -= b; r = a
    elif op == 7: a ^= b; r = a
    elif op == 8: r = a.union(list(b), b)
    elif op == 9: r = a.intersection(list(b))
    elif op == 10: r = a.difference(list(b), b)
    elif op == 11: a.symmetric_difference_update(list(b)); r = a
    elif op == 12:
        r = a.copy()
        for x in list(b)[:3]:
            r.discard(x)
        r.add(rnd(50))
    else:
        r = set(a)
        if r:
            r.pop()
    print(step, op, r)
