# Ranges near the 64-bit limits: items, lengths that do not fit, slices and
# reversed iteration all as CPython (len() of a range longer than 2**63-1
# raises OverflowError there too).
MAX = 2**62 - 1 + 2**62
MIN = -MAX - 1
r = range(-2**62, 2**62)
for f in [lambda: len(r), lambda: r[0], lambda: r[-1], lambda: r[2**62], lambda: r[MIN], lambda: bool(r), lambda: 5 in r,
          lambda: r.index(7), lambda: list(reversed(range(MIN, MAX, 2**62))), lambda: list(range(MIN, MAX, 2**62)),
          lambda: range(10)[::-3], lambda: range(10)[2:8:2], lambda: range(0, 20, 3)[::-1], lambda: range(5)[10:], lambda: range(10, 0, -2)[1:-1],
          lambda: list(range(10)[::-3]), lambda: range(9)[-100:100], lambda: range((MAX - 2 + 1), MAX)[0],
          lambda: list(range((MAX - 3 + 1), MAX)), lambda: list(reversed(range(MIN, MIN + 3))), lambda: ((MAX - 2 + 1)) in range(0, MAX, 2),
          lambda: range(0, MAX, 3).index((MAX - 4 + 1)) if False else range(0, 9, 3).index(6), lambda: range(3) == range(0, 3, 1), lambda: range(0) == range(5, 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
