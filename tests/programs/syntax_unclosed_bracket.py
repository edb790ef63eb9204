# Syntax error: '[' was never closed, several lines before the end.
print("never printed")
data = [1, 2, 3
def f():
    return 1
class K:
    pass
print(f())
