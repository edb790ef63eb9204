# split / rsplit / splitlines / partition / join.
s = "the quick  brown fox"
print(s.split(), s.split(" "), s.split(None, 1), s.split(" ", 2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "".split(), "".split(","), "   ".split())
print("a--b--c".split("--"), "abc".split("x"), "  lead and trail  ".split())
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "a b c".rsplit(None, 1), "x.y.z".rsplit("."))
print("line1\nline2\r\nline3\n".splitlines(), "no newline".splitlines(), "".splitlines(), "a\n\nb".splitlines())
print("key: value".partition(": "), "novalue".partition(":"), "a.b.c".rpartition("."), "abc".rpartition("x"))
parts = "2024-01-15".split("-")
year, month, day = [int(p) for p in parts]
print(year, month, day, year + month + day)
print("/".join(["usr", "local", "bin"]), " ".join(reversed("one two three".split())))
print(",".join(str(n) for n in range(5)), "".join(c for c in "a1b2c3" if c.isalpha()))
csv = "name,age,city\nann,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header = rows[0]
for r in rows[1:]:
    print({header[i]: r[i] for i in range(len(header))})
sentence = "  Hello   world,  how are   you?  "
print(" ".join(sentence.split()), len(sentence.split()))
print("|".join(["", "", ""]), "x".join("yyy"))
try:
    "a b".split("")
except ValueError as e:
    print("ValueError", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
