# Uncaught ValueError from int() of a bad literal.
def parse_all(texts):
    out = []
    for s in texts:
        n = int(s)
        print(repr(s), "->", n)
        out.append(n)
    return out
print(parse_all(["1", " 22 ", "-3"]))
try:
    parse_all(["4", "five"])
except ValueError as e:
    print("caught:", e)
print(sum(parse_all(["10", "20"])))
print(parse_all(["7", "3x3", "9"]))
print("not reached")
