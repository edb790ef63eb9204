# Uncaught exception raised several calls deep; earlier output is kept.
def level3(x):
    print("level3", x)
    return [1, 2, 3][x]
def level2(x):
    print("level2", x)
    return level3(x + 1)
def level1(x):
    print("level1", x)
    return level2(x * 2)
print(level1(0))
print(level1(1))
try:
    level3(10)
except IndexError as e:
    print("caught:", e)
results = []
for i in range(3):
    results.append(level1(i))
    print("results", results)
print("not reached")
