# Uncaught RecursionError from unbounded recursion.
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(10))
print(countdown(500))
def broken(n):
    return broken(n - 1)
try:
    broken(5)
except RecursionError as e:
    print("caught once:", e)
print("starting the uncaught one")
broken(10)
print("not reached")
