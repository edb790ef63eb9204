# Reflected operations: __radd__/__rmul__ and swapped comparisons (a > b uses b.__lt__).
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
total = sum([Money(150), Money(275), Money(5)])
print(total, Money(99) + 1, 1 + Money(99), Money(125) * 3, 2 * Money(50))
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("  %d.__lt__(%d)" % (self.n, other.n))
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __eq__(self, other):
        return self.n == other.n
a = V(1)
b = V(2)
print(a < b)
print(b > a)
print(a > b)
print(a >= b, b >= a)
print(a == V(1), a != V(1))
print(max([V(3), V(9), V(4)]).n)
