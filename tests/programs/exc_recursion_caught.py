# RecursionError is raised (and catchable) for unbounded recursion; program continues.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(issubclass(RecursionError, RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
class Node:
    def __init__(self):
        self.next = self
    def length(self):
        return 1 + self.next.length()
try:
    Node().length()
except RecursionError:
    print("cyclic list recursion caught")
def deep_ok(n):
    if n == 0:
        return 0
    return 1 + deep_ok(n - 1)
print("depth 900 ok:", deep_ok(900))
for attempt in range(3):
    try:
        down(0)
    except RecursionError:
        print("attempt", attempt, "recovered")
print("still works:", deep_ok(100))
