# Syntax error: invalid syntax (an operator with no right operand).
print("never printed")
a = 10
b = [a, a * 2]
def twice(v):
    return v * 2
x = twice(a) +
print(x, b)
