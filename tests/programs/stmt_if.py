# if / elif / else, nested, truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
def fizz(n):
    if n % 15 == 0:
        s = "FizzBuzz"
    elif n % 3 == 0:
        s = "Fizz"
    elif n % 5 == 0:
        s = "Buzz"
    else:
        s = str(n)
    return s
print(" ".join(fizz(i) for i in range(1, 31)))
for v in [0, 1, "", "x", [], [0], None, 0.0, {}, {"k": 1}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x, y = 3, 7
if x > 2:
    if y > 5:
        print("both")
    else:
        print("only x")
else:
    print("x small")
if x: print("one-line if")
if not y: print("no")
else: print("one-line else")
grade = 85
if grade >= 90: letter = "A"
elif grade >= 80: letter = "B"
else: letter = "C"
print(letter)
def leap(y):
    if y % 4 != 0:
        return False
    if y % 100 != 0:
        return True
    return y % 400 == 0
print([y for y in [1900, 2000, 2004, 2023, 2024, 2100] if leap(y)])
if x < y and (y - x) > 3 or x == 0:
    print("compound condition")
