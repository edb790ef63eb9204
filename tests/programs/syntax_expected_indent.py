# Indentation error: expected an indented block after 'if' statement on line 8.
print("never printed")
def check(n):
    while n > 0:
        n -= 1
    return n
x = check(3)
if x == 0:
print("zero")
print("end")
