# Formatting floats to any precision; the 'z' option (negative zero).
for v, sp in [(5, "z"), ("a", "z"), (-0.0001, "z.2f"), (-0.0, "z"), (-0.0, "zg"), (-1e-9, "z.3e"), (-0.004, "z.0%"), (-0.5, "z.0f"), (-1.5, "z.0f"), (-0.0, "+z.1f")]:
    try: print(repr(format(v, sp)))
    except ValueError as e: print("VE", e)
print(repr(format(1e300, ".300f"))[-5:], len(format(1e300, ".300f")), len("{:.500f}".format(2.5)), ("%.400f" % 5e-324)[-10:], len(f"{1/3:.1000e}"))
try: format(1.5, ".2147483648f")
except ValueError as e: print("VE", e)
print(format(1234567.891, "020,.2f"), format(-1234.5, "015_.1f"), format(1e20, ",.0f"), f"{-0.0:z}", f"{12345.678:,}")
