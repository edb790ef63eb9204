# print(file=obj) writes each piece with obj.write; a failing __str__ leaves
# what came before it printed; sharp s in casefold/title/capitalize/swapcase.
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("to", "obj", file=w, sep="|")
print(w.parts)
class B:
    def __str__(self): raise ValueError("nope")
try:
    print("a", "b", B(), "c")
except ValueError as e:
    print("\ncaught", e)
print("x", end="")
print("y", B(), sep="-") if False else None
print("ß".title(), "ßa".capitalize(), "ß".swapcase(), "Straße".casefold(), "straße".title(), "aß".title(), "ß".lower(), "ßß".title(), "ß".upper())
