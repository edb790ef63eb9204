# Benchmark dict_work: building, probing, updating and iterating dicts with
# int and str keys. Prints checksums.
def run(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += 1
    total = 0
    for k, v in d.items():
        total += v - k
    names = {}
    for i in range(n // 4):
        key = "k" + str(i % 1000)
        names[key] = names.get(key, 0) + 1
    for i in range(0, n, 2):
        del d[i]
    return hits, total, len(names), names["k7"], len(d)


print("dict_work", run(400_000))
