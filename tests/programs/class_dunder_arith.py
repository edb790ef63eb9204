# Arithmetic dunders: __add__, __sub__, __mul__, __truediv__, __neg__, NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y
a = Vec(1, 2)
b = Vec(3, -4)
print(a + b, a - b, a * 3, b / 2, b // 3, b % 3, -a)
print(a + b == Vec(4, -2), a == Vec(1, 2), a != b, a == 5)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
try:
    a * None
except TypeError as e:
    print("TypeError", e)
try:
    3 * a
except TypeError as e:
    print("TypeError", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o.v)
    def __mul__(self, o):
        return Num(self.v * o.v)
    def __pow__(self, o):
        return Num(self.v ** o.v)
    def __repr__(self):
        return "Num(%d)" % self.v
print(Num(2) + Num(3) * Num(4), Num(2) ** Num(5), [Num(1) + Num(1)])
