# Operator precedence and associativity.
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2)
print(2 + 3 * 4 ** 2, (2 + 3) * 4 ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 / (10 / 5))
print(7 + 8 % 3, (7 + 8) % 3, -7 % 3, -(7 % 3))
print(1 + 2 == 3, 1 + (2 == 3), not 1 == 2, (not 1) == 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 3, (1 << 2) + 3)
print(3 > 2 and 2 > 1, 3 > 2 > 1, 1 < 2 == 2, (1 < 2) == 2)
print(True or False and False, (True or False) and False)
print(not True and False, not (True and False))
print(1 if 2 > 1 else 3 + 100, (1 if 2 > 1 else 3) + 100)
x = 5
print(x * 2 + 1 if x > 2 else 0, -x ** 2, ~x + 1, -~x)
print("a" + "b" * 3, ("a" + "b") * 3)
print([1, 2] * 2 + [3], [1] + [2] * 3)
print(2 * 3 // 4, 2 * (3 // 4), 17 // 5 * 5 + 17 % 5)
print(5 in [5] and 4 not in [5], not 5 in [5])
f = lambda v: v + 1
print(f(2) * 3, (lambda: 4)() ** 2)
a = [1, 2, 3]
print(a[1] ** 2, -a[0], a[-1] * a[-2], a[1:][0])
print(1 - -1, 1 + -1, - - - 1, +-+1)
print(2 ** 2 * 3, 2 * 2 ** 3, 6 / 2 * 3, 6 / (2 * 3))
