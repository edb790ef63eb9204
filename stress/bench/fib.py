# Benchmark fib: naive recursive Fibonacci (function calls, comparisons,
# small-int arithmetic). Prints fib(27) = 196418, computed 3 times.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for _ in range(3):
    total += fib(27)
print("fib", fib(27), total)
