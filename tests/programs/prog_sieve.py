# Sieve of Eratosthenes and related number theory.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, v in enumerate(is_prime) if v]
primes = sieve(200)
print(primes)
print("count below 200:", len(primes), "sum:", sum(primes))
big = sieve(100000)
print("count below 100000:", len(big), "largest:", big[-1])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin primes:", twins)
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143]:
    print(n, factorize(n))
gaps = {}
for a, b in zip(big, big[1:]):
    g = b - a
    gaps[g] = gaps.get(g, 0) + 1
print("largest gap:", max(gaps), "most common gaps:", sorted(gaps.items(), key=lambda kv: -kv[1])[:4])
def goldbach(n, pset):
    for p in sorted(pset):
        if n - p in pset:
            return p, n - p
pset = set(big)
print([goldbach(n, pset) for n in range(4, 40, 4)])
