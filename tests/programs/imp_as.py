# import m as n, from m import x as y, for modules beside the program and built-in modules.
import lib_util as u
import math as mathematics
from lib_util import add as plus, PI as pie
from math import sqrt as root
import sys as system
print(u.add(1, 2), plus(3, 4), pie, u.PI == pie)
print(mathematics.floor(2.5), root(49), mathematics.sqrt(2) == root(2))
print(len(system.argv) >= 1)
print(u.greet("alias"), u.Stack().size())
try:
    print(lib_util)
except NameError as e:
    print("NameError", e)
try:
    print(math)
except NameError as e:
    print("NameError", e)
def area(r):
    return mathematics.pi * r * r
print("%.4f" % area(2), "%.4f" % area(0.5))
s = u.Stack()
for i in range(4):
    s.push(plus(i, i))
print(s.size(), s.pop(), s.pop(), s.size())
