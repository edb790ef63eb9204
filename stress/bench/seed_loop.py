# Benchmark seed_loop: the same counting loop at module level, so `x` and `_`
# are globals (dict stores and loads on every iteration). Prints the count.
x = 0
for _ in range(5_000_000):
    x += 1
print("seed_loop", x)
