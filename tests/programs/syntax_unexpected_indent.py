# Indentation error: unexpected indent.
print("never printed")
def f(a, b):
    if a > b:
        return a
    return b
x = 1
print(f(x, 2))
    y = 2
print(x + y)
