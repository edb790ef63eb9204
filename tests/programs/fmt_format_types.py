# Presentation types: d x X o b e E f F g G % s r and invalid combinations.
for n in [0, 7, 255, -255, 1000000]:
    print(n, "d=%s x=%s X=%s o=%s b=%s" % (format(n, "d"), format(n, "x"), format(n, "X"), format(n, "o"), format(n, "b")))
    print("  #x=%s #o=%s #b=%s 08b=%s" % (format(n, "#x"), format(n, "#o"), format(n, "#b"), format(n, "08b")))
for v in [0.0, 1.0, 123.456, -0.000123456, 1e10, 1.5e-7, 12345678901.0, 0.1, 2.5, 100.0]:
    print(repr(v), format(v, "e"), format(v, "E"), format(v, ".2e"), format(v, "f"), format(v, "F"), format(v, ".1f"))
    print("   g:", format(v, "g"), format(v, "G"), format(v, ".3g"), format(v, ".10g"), format(v, ""), format(v, "%"), format(v, ".1%"))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "f"), format(v, "F"), format(v, "e"), format(v, "E"), format(v, "g"), format(v, "G"))
print(format(0.25, "%"), format(1, "%"), format(0.12345, ".2%"), format(1.5, ".0%"), format(2, ".1f"))
print(format(5, "e"), format(5, "g"), format(5, ".2f"), format(123456789, ".3e"), format(10 ** 16, "g"))
print(format(1e-5, "g"), format(1e-4, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(0.0001234, ".2g"))
print("{!s} {!r} {:s} {:>8s}|".format("plain", "quoted", "spec-s", "right"))
print("{:x}-{:X}-{:o}-{:b}".format(48879, 48879, 8, 5), "{:#06x}".format(255), "{:>#8b}".format(5))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.005, ".2f"))
print(format(-1.5, "+.1e"), format(1234.5, ",.1f"), format(-1234.5, "012,.1f"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(5, "s")
except ValueError as e:
    print("ValueError", e)
