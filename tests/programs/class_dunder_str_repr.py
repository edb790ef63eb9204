# __repr__ and __str__: print, str(), repr(), containers, f-strings, format.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __repr__(self):
        return "Card(%r, %r)" % (self.rank, self.suit)
    def __str__(self):
        return "%s of %s" % (self.rank, self.suit)
c = Card("Q", "hearts")
print(c)
print(str(c), "|", repr(c))
print([c, Card(10, "spades")])
print((c,), {"card": c})
print(f"{c} / {c!r} / {c!s}")
print("{} / {!r}".format(c, c))
print("%s / %r" % (c, c))
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "<OnlyRepr %d>" % self.v
o = OnlyRepr(3)
print(o, str(o), [o, OnlyRepr(4)], f"{o}")
class OnlyStr:
    def __str__(self):
        return "only-str"
s = OnlyStr()
print(s, str(s), "%s" % s, f"{s}")
class Tree:
    def __init__(self, val, kids=None):
        self.val = val
        self.kids = kids or []
    def __repr__(self):
        if not self.kids:
            return "T(%r)" % self.val
        return "T(%r, %r)" % (self.val, self.kids)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(repr(t) == str(t))
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return "%.1f C" % self.c
    def __repr__(self):
        return "Temp(%s)" % self.c
temps = [Temp(21.5), Temp(-3)]
print(temps, ", ".join(str(t) for t in temps), ", ".join(map(repr, temps)))
print(str([Temp(1)]), len(repr(Temp(0.5))))
