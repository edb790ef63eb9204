# match in functions, class bodies and loops; temporaries leave no globals;
# mappings and sequences from collections.
def f(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["look"]:
            return "looking"
        case ["drop", *objects]:
            return "dropping " + ", ".join(objects)
        case _:
            return "?"
print([f(c) for c in ["go north", "look", "drop a b c", "dance"]])
class K:
    match 5:
        case int(v):
            attr = v
print(K.attr)
for item in [(1, "a"), (2, "b"), [3, "c"]]:
    match item:
        case (n, s) if n % 2:
            print("odd", n, s)
        case (n, s):
            print("even", n, s)
print(n, s)
print(sorted(k for k in globals() if not k.startswith("__")))
import collections
match collections.OrderedDict(a=1):
    case {"a": v}:
        print("ordered dict matched", v)
match collections.deque([1, 2]):
    case [a, b]:
        print("deque matched", a, b)
match "abc":
    case [a, b, c]:
        print("str matched as sequence: wrong")
    case _:
        print("str is not a sequence pattern")
