# Benchmark sorting: sorting pseudo-random ints (an LCG), with and without a
# key function, and sorting strings. Prints checksums.
def lcg_list(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed)
    return out


def run(n):
    xs = lcg_list(n, 42)
    a = sorted(xs)
    b = sorted(xs, key=lambda v: v % 1000)
    c = sorted(xs, reverse=True)
    words = [str(v) for v in xs[: n // 2]]
    words.sort()
    ok = True
    for i in range(1, n):
        if a[i - 1] > a[i]:
            ok = False
    return ok, a[0], a[-1], b[0] % 1000, c[0], words[0], words[-1]


print("sorting", run(200_000))
