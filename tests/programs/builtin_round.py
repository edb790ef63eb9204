# round(): banker's rounding, ndigits (positive and negative), int vs float results.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, 0.6, 2.675, 1.005, 7.0]:
    print(v, round(v), type(round(v)).__name__, round(v, 0), round(v, 1), round(v, 2))
print(round(3.14159, 3), round(2.71828, 4), round(1234.5678, -2), round(1234.5678, -1))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(7, 2))
print(round(123456, -3), round(5, 0), type(round(5, 0)).__name__, type(round(5.5, 0)).__name__)
print(round(0.125, 2), round(0.375, 2), round(2.5e-5, 5), round(1e15), round(-0.4))
print(round(1 / 3, 5), round(2 / 3, 5), round(10 / 7, 3))
for n in range(-3, 4):
    print(n + 0.5, round(n + 0.5))
total = 0.0
for price in [19.99, 5.01, 3.333]:
    total += price
print(total, round(total, 2))
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
