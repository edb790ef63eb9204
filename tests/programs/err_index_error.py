# Uncaught IndexError after a loop walks past the end.
data = [5, 10, 15]
print(data[0], data[-1], data[1:5])
try:
    data[3]
except IndexError as e:
    print("caught:", e)
total = 0
i = 0
while True:
    total += data[i]
    print(i, data[i], "total", total)
    i += 1
print("not reached")
