# Padding to a width no memory can hold fails at once with MemoryError
# (never a loop that runs for ages); ordinary padding still works.
for f in [lambda: "x".center(2**62), lambda: "x".ljust(2**62), lambda: "x".zfill(2**62), lambda: "x".rjust(2**62, "é"),
          lambda: "%*d" % (2**62, 1), lambda: f"{1:{2**62}}", lambda: "{:99999999999999}".format(1), lambda: "{:é^4611686018427387904}".format("a")]:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
print("x".center(7, "é"), "ab".zfill(5), "-3".zfill(4), f"{'a':é^5}", "a\tb".expandtabs(4), "%5s|" % "ab", "{:*>6}".format(3))
