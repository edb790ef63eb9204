# import m: attribute access, functions, classes, module-level state, and mutation through the module.
import lib_shapes
print(lib_shapes.UNIT, lib_shapes.VERSION)
sq = lib_shapes.Square(3)
print(sq, sq.area(), lib_shapes.total_area([sq, lib_shapes.Square(2)]))
print(lib_shapes.created)
lib_shapes.Square(1)
print(lib_shapes.created, lib_shapes.count_created())
lib_shapes.UNIT = "m"
print(sq.describe())
print(isinstance(sq, lib_shapes.Square), type(sq).__name__)
print(lib_shapes.helper_used_internally(5))
try:
    lib_shapes.nope
except AttributeError as e:
    print("AttributeError", e)
shapes = [lib_shapes.Square(n) for n in range(1, 4)]
print(shapes, [s.area() for s in shapes])
print("created so far:", lib_shapes.created)
import lib_shapes
print("after re-import:", lib_shapes.created, lib_shapes.UNIT)
