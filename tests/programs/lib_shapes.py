# Module imported by imp_module.py.
print("lib_shapes: loading")
UNIT = "cm"
VERSION = (1, 2)
created = 0
def _double(x):
    return 2 * x
def helper_used_internally(x):
    return _double(x) + 1
def count_created():
    return created
class Square:
    def __init__(self, side):
        global created
        created += 1
        self.side = side
    def area(self):
        return self.side * self.side
    def describe(self):
        return "square of side %d %s" % (self.side, UNIT)
    def __repr__(self):
        return "Square(%d)" % self.side
def total_area(shapes):
    return sum(s.area() for s in shapes)
print("lib_shapes: loaded")
