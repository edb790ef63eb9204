# Benchmark count_loop: the counting loop `for _ in range(n): x += 1` inside a
# function (fast locals). Single-threaded; prints the count.
def count(n):
    x = 0
    for _ in range(n):
        x += 1
    return x


print("count_loop", count(10_000_000))
