# An exception raised while handling another (implicit chaining); last line is the new one.
values = {"a": 1}
def lookup(k):
    try:
        return values[k]
    except KeyError:
        print("handling KeyError for", k)
        if k.startswith("opt"):
            return None
        raise ValueError("could not recover " + k)
print(lookup("a"))
print(lookup("optional"))
try:
    lookup("x")
except ValueError as e:
    print("caught:", e, "| context:", repr(e.__context__))
print(lookup("b"))
print("not reached")
