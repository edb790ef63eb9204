# f-strings: expressions, format specs, conversions, nesting, quotes, braces.
name = "Ada"
age = 36
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {age!r} {'quoted'!r}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e} {pi:g} {age:05d} {age:x} {age:b} {age:o} {age:+d}")
print(f"{age * 2} {age // 5} {age % 5} {age > 30} {len(items)} {sum(items)} {items[-1]} {d['k']} {d['n'] + 1}")
print(f"{name.upper()} {name[0]} {name[::-1]} {', '.join(str(i) for i in items)}")
print(f"{'yes' if age > 18 else 'no'} {[x * x for x in items]} {(1, 2)} {None} {True}")
width = 12
prec = 3
print(f"|{name:>{width}}|{pi:{width}.{prec}f}|{name:^{width}}|")
print(f"|{name:*^{width}}|{age:>{width}}|")
print(f"{{literal braces}} {{{age}}} {'{'}")
print(f"{1234567:,} {1234567:_} {0.5:.0%} {12.5:>8.2f}")
print(f"3 + 4 = {3 + 4}")
x = 10
y = 3
print(f"{x}/{y} = {x / y:.3f}, {x}//{y} = {x // y}, {x}%{y} = {x % y}")
for i in range(1, 4):
    print(f"{i:>3}. {i * i:>4} {'#' * i}")
nested = f"outer {f'inner {age}'} end"
print(nested)
print(f"{name}" f" and " f"{age}", f"", f"plain")
vals = {"a": 1.5, "b": -2.25}
for k, v in vals.items():
    print(f"{k:<3}{v:>8.2f}{v:>+8.1f}")
class P:
    def __init__(self):
        self.x = 4
        self.y = 5
    def __repr__(self):
        return "P(4, 5)"
    def __str__(self):
        return "point"
p = P()
print(f"{p} {p!r} {p.x + p.y} {p.x:>3}")
print(f"multi {'line'}\n{'second':>8}")
