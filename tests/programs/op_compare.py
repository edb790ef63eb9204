# Comparisons, including chained comparisons and mixed types.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0, 0 < 5 <= 5 < 6)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
print(1 == 1.0, 1 < 1.5, 2.0 > 1, -0.0 == 0)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "apple" == "apple", "a" != "A")
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [1, 2] == [1, 2])
print((1, 2) < (1, 3), (2,) > (1, 9, 9), (1, "a") < (1, "b"), () == ())
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 2} != {1: 3})
print({1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} > {1})
print(1 == "1", [] == (), None == 0, "a" == ["a"])
print(max("apple", "pear", "fig"), min([3, 1], [2, 9], [3, 0]))
pairs = [(3, "c"), (1, "z"), (2, "b"), (1, "a")]
print(sorted(pairs))
for a, b in [(1, 2), (2, 2), (3, 2)]:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
for a, b in [(1, "a"), ([1], (1,)), ("x", None)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(1 in [1, 2], (1 in [1, 2]) == True)
