# random: CPython's Mersenne Twister sequence for int and float seeds, and every derivation
import random
for s in (0, 1, 42, 12345678901, -7, 2**40 + 3, 3.5, True):
    random.seed(s)
    print(s, random.random(), random.getrandbits(10), random.getrandbits(40), random.randrange(1000), random.randint(-5, 5))
random.seed(2024)
xs = list(range(20))
random.shuffle(xs); print(xs)
print(random.choice("abcdefg"), random.sample(range(100), 5), random.sample(range(10), 10))
print(random.sample(range(1000), 30))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[5, 1, 1], k=6), random.choices("xy", cum_weights=[1, 3], k=4))
print(random.uniform(1, 3), random.triangular(0, 10, 2), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.lognormvariate(0, 1), random.expovariate(2.0), random.vonmisesvariate(1.0, 4.0))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(3.0, 1.5), random.betavariate(2, 3))
print(random.paretovariate(2.5), random.weibullvariate(1.0, 1.5))
print(random.randrange(0, 100, 7), random.randrange(100, 0, -3), random.sample([1, 2, 3], 2, counts=[3, 1, 2]))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], len(st[1]), st[0])
r = random.Random(99)
print(r.random(), r.randint(1, 6), [r.randrange(10) for _ in range(10)])
for bad in (lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
            lambda: random.choice([]), lambda: random.sample(range(3), 4), lambda: random.randrange(1.5), lambda: random.randrange(0, 7.5), lambda: random.randrange(0, 7, 1.5), lambda: random.randrange("x"),
            lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1), lambda: random.choices([1], [1, 2])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
