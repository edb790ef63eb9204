# A syntax error far below: nothing at all runs, not even the first print.
print("never printed")
def ok():
    return 1
for i in range(3):
    print(i)
data = {"a": 1, "b": [1, 2, 3]}
print(data["b"][ok()])
def nested(n):
    def inner(m):
        return m * n
    return inner
print(nested(3)(4))
while True
    pass
