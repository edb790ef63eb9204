# %-formatting: %s %r %d %f %e %g %x %X %o %%, widths, flags, dicts.
print("%s is %d years" % ("Ann", 30))
print("%5.2f|%-5d|%s|%r|%x|%%" % (3.14159, 42, "str", "str", 255))
print("%d %d %5d %-5d| %05d %+d % d" % (1, 2, 3, 4, 5, 6, 7))
print("%f %.0f %.3f %10.4f| %-10.2f| %+.1f" % (1.5, 2.5, -0.0005, 3.14159, 2.71828, 9.99))
print("%e %.2e %E %g %G %g %g" % (12345.678, 0.000123, 1e20, 0.0001, 1e-10, 123456789.0, 100.0))
print("%x %X %o %#x %#o %08x" % (3054, 3054, 8, 255, 8, 48879))
print("%s %s %s" % (None, True, [1, "a"]), "%r %r" % ("q", 1.5))
print("%(name)s has %(count)d items costing %(price).2f" % {"name": "cart", "count": 3, "price": 9.5})
print("%(a)s-%(a)s-%(b)r" % {"a": 1, "b": "x"})
print("%s" % "single", "%s" % ("tuple",), "%s" % ((1, 2),), "%d%%" % 99)
print("%10s|%-10s|%.2s|" % ("right", "left", "truncate"))
print("%d" % 3.99, "%s" % 3.99, "%r" % 0.1, "%.3s" % "abcdef", "%5.1s|" % "xyz")
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for r in rows:
    print("%-8s%5d%9.2f" % r)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    print("%(k)s" % {"j": 1})
except KeyError as e:
    print("KeyError", e)
