# An uncaught AttributeError suggests the closest attribute of the object
# (dir(obj)); a caught one has e.name and e.obj.
import math
try:
    [].appendd
except AttributeError as e:
    print("caught:", e, "| name:", e.name, "| obj:", e.obj)
try:
    math.sqroot(2)
except AttributeError as e:
    print("caught:", e, "| name:", e.name)
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
p = Point()
print(p.x, p.y)
print(p.X)
