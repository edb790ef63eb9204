# Container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Grid:
    def __init__(self, w, h, fill=0):
        self.w = w
        self.h = h
        self.cells = [fill] * (w * h)
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (pos,))
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value
    def __contains__(self, value):
        return value in self.cells
    def __iter__(self):
        for y in range(self.h):
            yield [self[x, y] for x in range(self.w)]
g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
g[1, 1] += 3
print(len(g), g[0, 0], g[2, 1], g[1, 1], 7 in g, 9 in g, 9 not in g)
for row in g:
    print(row)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
class Registry:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        return self.data[key.lower()]
    def __setitem__(self, key, value):
        print("set", key, "=", value)
        self.data[key.lower()] = value
    def __contains__(self, key):
        return key.lower() in self.data
    def __len__(self):
        return len(self.data)
r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
print(r["alpha"], r["Beta"], "ALPHA" in r, "gamma" in r, len(r))
r["alpha"] = 10
print(len(r), r["ALPHA"])
try:
    r["missing"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, int):
            if i < 0:
                i += self.n
            if i < 0 or i >= self.n:
                raise IndexError("Seq index out of range")
            return i * i
        raise TypeError("bad index")
s = Seq(5)
print(len(s), s[0], s[4], s[-1], [s[i] for i in range(len(s))])
print(bool(Seq(0)), bool(Seq(2)))
