# compile() at nesting depths around CPython's limits: brackets, blocks, operators
forms = {"paren": lambda d: "(" * d + "1" + ")" * d, "list": lambda d: "x = " + "[" * d + "]" * d,
 "neg": lambda d: "x = " + "-" * d + "1", "not": lambda d: "x = " + "not " * d + "y", "lam": lambda d: "x = " + "lambda: " * d + "0",
 "sub": lambda d: "x" + "[0]" * d, "attr": lambda d: "x = " + "a." * d + "b",
 "if": lambda d: "".join(" " * i + "if x:\n" for i in range(d)) + " " * d + "pass\n",
 "def": lambda d: "".join("    " * i + "def f%d():\n" % i for i in range(d)) + "    " * d + "return 1\n",
 "plus": lambda d: "x = 1" + " + 1" * (d * 20), "call": lambda d: "f(" * d + ")" * d,
 "ifelse": lambda d: "x = " + " if ".join(["a"] * d) + " else b" * (d - 1)}
for k, f in forms.items():
    row = []
    for d in (50, 99, 100, 101, 199, 200, 201, 1000):
        try:
            compile(f(d), "<n>", "exec"); row.append("ok")
        except BaseException as e:
            row.append(type(e).__name__[:6])
    print(k, " ".join(row))
