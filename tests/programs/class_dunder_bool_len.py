# __bool__ and __len__ in truth tests.
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass
for obj, label in [(Flag(True), "Flag(True)"), (Flag(False), "Flag(False)"), (Bag([]), "Bag([])"),
                   (Bag([1, 2]), "Bag([1,2])"), (Both(), "Both"), (Neither(), "Neither")]:
    print(label, bool(obj))
    if obj:
        print("  if -> truthy")
    else:
        print("  if -> falsy")
print(not Flag(False), not Bag([0]))
f = Flag(True)
print(f and "and-result", Flag(False) or "or-result")
b = Bag("abc")
n = 0
while b:
    b.items.pop()
    n += 1
print("popped", n, len(b))
print([len(Bag(range(k))) for k in range(4)])
print(Flag(False) if Flag(False) else "cond-else")
print(sum(1 for x in [Bag([]), Bag([1]), Bag([1, 2])] if x))
print(all([Bag([1]), Flag(True)]), any([Bag([]), Flag(False)]))
try:
    len(Flag(True))
except TypeError as e:
    print("TypeError", e)
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
