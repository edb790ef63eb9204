# assignment expressions: in conditions, brackets, calls and comprehensions (binding in the enclosing scope), and their syntax errors
if (n := 10) > 5:
    print("n", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10], y)
def f():
    total = [z := z + v if False else (z := v) for v in range(4)] if False else None
    vals = [(w := v * 2) for v in range(3)]
    return vals, w
print(f())
def g():
    while (line := inputs.pop(0)) != "end":
        print("got", line)
    return line
inputs = ["a", "b", "end", "c"]
print(g())
print(len(s := "hello"), s)
print([j := 1, j + 1], {k := 2, k * 3})
def h():
    xs = [m := i for i in range(3)]
    def inner():
        return m
    return inner(), xs
print(h())
count = 0
def bump(x):
    global count
    count += 1
    return x
res = [c for v in range(5) if (c := bump(v)) % 2]
print(res, c, count)
for src in ["x := 5", "(a.b := 1)", "(1 := 2)", "[i := 0 for i in range(3)]", "class C:\n    [q := 1 for _ in range(2)]\n", "def f(x):\n    return (x := 3)\nprint(f(1))\n", "print((lambda: (t := 9))())", "f(a := 1)"]:
    try:
        exec(src, {"f": print, "print": print})
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
