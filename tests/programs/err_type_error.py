# Uncaught TypeError: unsupported operand types.
def add_all(items):
    total = 0
    for x in items:
        print("adding", repr(x))
        total = total + x
        print("  total now", total)
    return total
print(add_all([1, 2, 3]))
print(add_all([0.5, 1.5]))
try:
    add_all([[1]])
except TypeError as e:
    print("caught:", e)
print(add_all([1, 2, "3", 4]))
print("not reached")
