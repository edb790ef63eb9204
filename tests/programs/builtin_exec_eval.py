# compile(), exec() and eval(): modes, namespaces, errors, code objects
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: eval(""))
t(lambda: eval("x = 1"))
t(lambda: eval("1;2"))
t(lambda: eval("  1+2"))
t(lambda: eval("\t 1+2\n"))
t(lambda: eval("1+2\n\n"))
t(lambda: eval("a\0"))
t(lambda: compile("a\0", "f", "exec"))
t(lambda: compile("a", "f", "bogus"))
t(lambda: compile(3, "f", "exec"))
t(lambda: exec(3))
t(lambda: exec("x=1", []))
t(lambda: eval("1", []))
t(lambda: eval(3))
t(lambda: compile("1+", "myfile", "eval"))
t(lambda: eval("if 1: pass"))
t(lambda: type(compile("1", "f", "eval")).__name__)
g = {}
exec("y = 5\ndef f(): return y*2", g)
print(sorted(g.keys()), g['f']())
print(eval("y+1", g), eval("y+z", g, {"z": 10}))
def h():
    a = 3
    return eval("a*2")
print(h())
x = 1
exec("x = 2")
print(x)
c = compile("print('hi')", "<s>", "exec")
exec(c); exec(c)
print(repr(exec("1")))
t(lambda: eval("undefined_name"))
def clo():
    v = 1
    def inner(): return v
    return inner
t(lambda: exec(clo().__code__))
t(lambda: eval("1", {}, {}))
t(lambda: exec("raise ValueError('boom')"))
t(lambda: compile("x", "f", "exec", flags=0, dont_inherit=True).co_filename)
print(eval("[i*i for i in range(4)]"))
print(eval("lambda q: q+1")(4))
t(lambda: eval(" "))
def f(a, b=2, *, c): 
    x = a
    return x
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_nlocals)
print(co.co_qualname, co.co_firstlineno)
ns = {}
exec("def g():\n    global counter\n    counter = counter + 1\ncounter = 0\ng(); g()\n", ns)
print(ns["counter"])
code = compile("a + b", "<expr>", "eval")
print([eval(code, {"a": i, "b": 10}) for i in range(3)])
l = {}
exec("q = 1\nr = q + 1", {}, l)
print(sorted(l))
print(eval("__name__"))
exec("import math\nprint(math.sqrt(16))")
try:
    exec("1 +* 2")
except SyntaxError as e:
    print("SE", e.lineno, e.filename)
try:
    eval("(1,\n2,\n")
except SyntaxError as e:
    print("SE2", e.filename)
exec("for i in range(3): print(i, end=' ')\nprint()")
print(eval("x", {"x": 5}, None))
