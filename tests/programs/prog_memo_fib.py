# Memoized Fibonacci with a dict, compared to a naive version and an iterative one.
calls = {"naive": 0, "memo": 0}
def fib_naive(n):
    calls["naive"] += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
memo = {}
def fib_memo(n):
    calls["memo"] += 1
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib_naive(n) for n in range(12)])
print("naive calls:", calls["naive"])
calls["naive"] = 0
print(fib_naive(20), "naive calls for fib(20):", calls["naive"])
print(fib_memo(20), "memo calls for fib(20):", calls["memo"])
calls["memo"] = 0
print(fib_memo(90), "memo calls for fib(90) after fib(20):", calls["memo"])
print("memo size:", len(memo))
print(all(fib_memo(n) == fib_iter(n) for n in range(91)))
for n in [30, 50, 70, 91]:
    print(n, fib_iter(n))
def make_memo(fn):
    cache = {}
    def wrapped(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapped
@make_memo
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print([binom(10, k) for k in range(11)])
print(binom(60, 30))
@make_memo
def partitions(n, m):
    if n == 0:
        return 1
    if n < 0 or m == 0:
        return 0
    return partitions(n - m, m) + partitions(n, m - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
