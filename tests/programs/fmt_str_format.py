# str.format: auto/manual numbering, names, attribute and index access, nested fields.
print("{} {} {}".format("a", "b", "c"))
print("{0} {1} {0}".format("x", "y"))
print("{2}{1}{0}".format(1, 2, 3))
print("{name} is {age}".format(name="Bob", age=30))
print("{0} and {name}".format("first", name="named"))
data = {"host": "localhost", "port": 8080}
print("{host}:{port}".format(**data))
print("{0[host]}:{0[port]}".format(data))
lst = ["zero", "one", "two"]
print("{0[1]} {0[2]} {1[0]}".format(lst, (9, 8)))
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Pt(3, 4)
print("({p.x}, {p.y})".format(p=p), "{0.x}-{0.y}".format(p))
print("{:{w}}|".format("ab", w=6), "{:>{w}.{p}f}|".format(3.14159, w=10, p=2), "{:{fill}^{w}}".format("c", fill="=", w=7))
print("{0:{1}}|{2:{1}}|".format(5, 4, 6))
print("{!r} {!s}".format("a", "b"), "{0!r:>10}|{1!s:<4}|".format("c", "d"))
print("{{}} {{{}}}".format("in braces"))
print("{:d} {:5d} {:<5d}| {:^5d}|".format(1, 2, 3, 4))
print("{0:.3} {0:.1f} {0:e}".format(12.3456))
print("{} {}".format([1, 2], {"a": (1,)}))
template = "Dear {title} {last}, your balance is {bal:,.2f}."
print(template.format(title="Dr.", last="Who", bal=1234567.891))
for i, w in enumerate(["apple", "fig", "banana"]):
    print("{:>2}: {:<8}|{:>3}".format(i, w, len(w)))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
