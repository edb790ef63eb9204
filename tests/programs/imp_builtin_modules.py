# Importing built-in modules in several ways, inside functions, and repeatedly.
import sys
import time, math
import os
from math import floor
print(math.floor(3.7), floor(3.7), math.floor is floor)
import math
import math as m2
print(m2 is math, m2.pi == math.pi)
def use_inside():
    import math
    from math import sqrt
    return sqrt(math.pi * math.pi)
print(use_inside() == math.pi)
print(type(sys.argv).__name__, type(time.time()).__name__, type(os.getpid()).__name__)
def stats(values):
    import math as mm
    mean = sum(values) / len(values)
    var = sum((v - mean) ** 2 for v in values) / len(values)
    return mean, mm.sqrt(var)
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))
for _ in range(3):
    import math
print(math.floor(-1.5), math.ceil(-1.5))
print(sys.argv[0].endswith("imp_builtin_modules.py"))
