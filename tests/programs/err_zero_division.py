# Uncaught ZeroDivisionError inside a function.
def average(values):
    print("averaging", values)
    return sum(values) / len(values)
def report(groups):
    for name in groups:
        print(name, average(groups[name]))
print(average([1, 2, 3]))
print(average([10]))
print(average([0.5, 0.25]))
try:
    print(7 // 0)
except ZeroDivisionError as e:
    print("caught:", e)
groups = {"first": [1, 2], "second": [3, 5, 7], "empty": [], "never": [1]}
report(groups)
print("not reached")
