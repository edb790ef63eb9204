# Thousands of operations on ints of 1 to 3000 bits, chosen by a fixed
# linear congruential generator; each result is printed as its residue
# modulo a prime and its bit length, so that a wrong digit anywhere shows.
state = 12345


def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state % n


def rnd():
    k = [1, 5, 31, 32, 33, 62, 63, 64, 65, 100, 200, 500, 1500, 3000][rand(14)]
    v = 0
    for _ in range((k + 31) // 32):
        v = (v << 32) | rand(2**32)
    v >>= ((k + 31) // 32) * 32 - k
    if rand(3) == 0:
        v = (1 << k) - rand(4)
    if rand(2):
        v = -v
    return v


P = 1000000007


def digest(r):
    if isinstance(r, tuple):
        return tuple(digest(x) for x in r)
    if isinstance(r, bool) or isinstance(r, float):
        return r
    return (r % P, r.bit_length())


ops = ['+', '-', '*', '//', '%', '&', '|', '^', '<<', '>>', '**', 'divmod', 'pow3', '/', 'cmp', 'str']
for i in range(3000):
    a, b = rnd(), rnd()
    op = ops[i % len(ops)]
    try:
        if op == '+': r = a + b
        elif op == '-': r = a - b
        elif op == '*': r = a * b
        elif op == '//': r = a // (b or 7)
        elif op == '%': r = a % (b or 7)
        elif op == '&': r = a & b
        elif op == '|': r = a | b
        elif op == '^': r = a ^ b
        elif op == '<<': r = a << rand(300)
        elif op == '>>': r = a >> rand(3100)
        elif op == '**': r = a ** rand(9)
        elif op == 'divmod': r = divmod(a, b or 3)
        elif op == 'pow3': r = pow(a, abs(b) % 5000, b or 11)
        elif op == '/': r = a / (b or 5)
        elif op == 'cmp': r = (a < b, a == b, a >= b, hash(a) % P)
        else: r = (int(str(a)) == a, len(str(a)), int(hex(a), 16) == a)
        print(i, op, digest(r))
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(i, op, type(e).__name__, e)
