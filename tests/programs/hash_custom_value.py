# hash() of an object whose __hash__ returns an int: the int itself when it
# fits (only -1 becomes -2), as CPython
class Q:
    def __init__(s, v): s.v = v
    def __hash__(s): return s.v
print([hash(Q(v)) for v in (-1, -2, 0, 5, 2**61 - 1, 2**61, 2**62, -9223372036854775807 - 1, 9223372036854775807)])
d = {Q(7): "seven"}
print(len(d), hash(Q(2**62)) == 2**62)
