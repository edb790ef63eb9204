# Uncaught exception raised inside a generator while a for loop consumes it.
def reader(n, fail):
    for i in range(n):
        yield "line %d" % (i + 1)
    if fail:
        raise RuntimeError("source failed after %d lines" % n)
for line in reader(2, False):
    print(line)
print(list(reader(3, False)))
try:
    list(reader(1, True))
except RuntimeError as e:
    print("caught:", e)
count = 0
for line in reader(4, True):
    count += 1
    print(count, line)
print("not reached")
