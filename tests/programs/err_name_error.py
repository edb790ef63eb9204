# Uncaught NameError from a name that was never defined.
def compute(values):
    total = 0
    for v in values:
        total += v
        print("running total", total)
    return total * undefined_scaling_coefficient
try:
    print(also_not_defined_anywhere)
except NameError as e:
    print("caught:", e)
print("start")
print(len([1, 2, 3]))
print(compute([1, 2, 3]))
print("not reached")
