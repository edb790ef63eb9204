# stress/fuzz/fuzzrand.py - the fuzzers' random numbers: a small LCG, so that a
# seed gives the same program on every interpreter (python3 included).


class Rand:
    # a 31-bit LCG; the high bits are the random ones
    def __init__(self, seed):
        self.x = (seed * 7919 + 12345) % 2147483648
        for _ in range(4):
            self.next()

    def next(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x >> 8

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):
        return lo + self.below(hi - lo + 1)

    def pick(self, xs):
        return xs[self.below(len(xs))]
