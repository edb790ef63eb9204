# Error messages as CPython words them: f(*5) names the function, join of a
# non-iterable, a context manager without __exit__, super() without arguments;
# zero padding of strings and both grouping characters in a format spec.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(*a): return a
class NoExit:
    def __enter__(self): return self
class NoEnter:
    def __exit__(self, *a): pass
def use(cm):
    with cm:
        pass
t(lambda: f(*5))
t(lambda: print(*5))
t(lambda: getattr(1, 2))
t(lambda: "".join(5))
t(lambda: format("abc", "05"))
t(lambda: format("abc", "<05"))
t(lambda: format(3, "_,"))
t(lambda: format(3, ",_"))
t(lambda: use(NoExit()))
t(lambda: use(NoEnter()))
t(lambda: use(5))
def g():
    return super()
t(g)
def h(x):
    return super()
t(lambda: h(1))
t(lambda: f(**5))
t(lambda: f(**{1: 2}))
for v, sp in [(5, "x<05"), (-5, "05"), (5.5, "08.2f"), ("ab", "0>5"), ("ab", "05"), ("ab", "^05"), (-3, "<05"), (-3, "^07"), (12345, "010,"), (True, "05"), ("x", "*^05"), (3.0, "=+08.1f"), (7, "#06x")]:
    try:
        print(repr(format(v, sp)))
    except ValueError as e:
        print("ValueError:", e)
for sp in ["__", ",,", "_,"]:
    try:
        format(1, sp)
    except ValueError as e:
        print("ValueError:", e)
print(f"{'ab':05}|{42:05}|{'q':<03}")
