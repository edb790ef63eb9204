# Syntax error: unbalanced parenthesis ('(' was never closed).
print("never printed")
def mean(xs):
    return sum(xs) / len(xs)
values = [1, 2, 3]
print(mean(values))
total = sum(values
print(total)
