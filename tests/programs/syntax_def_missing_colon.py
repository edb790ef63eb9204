# Syntax error: missing colon after def.
print("never printed")
def ok(name):
    return "ok " + name
def greet(name)
    return "hi " + name
print(greet("x"), ok("y"))
