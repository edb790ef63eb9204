# Syntax error: a missing colon. Nothing is printed because the file never compiles.
print("never printed")
def helper(values):
    total = 0
    for v in values:
        total += v
    return total
class Holder:
    def __init__(self):
        self.items = [1, 2, 3]
h = Holder()
print(helper(h.items))
x = 5
if x > 3
    print("big")
else:
    print("small")
for i in range(3):
    print(i)
print("end")
