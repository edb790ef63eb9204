# string: constants, capwords, Template, Formatter
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("cost $ 5").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("a\n b $").safe_substitute(), string.Template("$x$y").substitute(x=1, y=2))
f = string.Formatter()
print(f.format("{0} {1!r} {name:>6} {0:{w}}|", 3, "s", name="nm", w=4))
print(f.format("{} {} {p.real} {l[1]} {{x}}", 1, 2, p=3, l=[7, 8]))
print(list(f.parse("a{0!r:>3}b{x}c")))
class Up(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Up().format("{} and {x}", "abc", x="def"))
