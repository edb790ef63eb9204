# sys.version_info: named items, indexing, slicing and comparison with tuples
import sys
v = sys.version_info
print(v.major, v.minor, v[0], v[:2], v >= (3, 8), (3, 8) <= v, v < (4,), v > (3,), len(v), v.releaselevel)
major, minor = sys.version_info[:2]
print(major, minor, "%d.%d" % sys.version_info[:2], sys.version_info[0] == 3, type(v).__name__)
print(repr(v).split("micro")[0], sys.version_info >= (3, 11, 0), list(v)[:2], 3 in v)
