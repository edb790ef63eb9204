# Syntax error: 'return' outside function.
print("never printed")
def inside():
    return 1
class C:
    def m(self):
        return 2
x = inside() + C().m()
if x > 2:
    return x
print(x)
