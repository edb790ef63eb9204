# the match statement
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Color:
    RED = 1
    GREEN = 2

def describe(v):
    match v:
        case 0 | 1 | 2:
            return "small %r" % (v,)
        case -1:
            return "minus one"
        case 1.5 | 2+3j:
            return "odd number"
        case "hello" | b"bytes":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "red"
        case []:
            return "empty list"
        case [x]:
            return "one item %r" % (x,)
        case [1, 2, *rest]:
            return "starts 1, 2; rest %r" % (rest,)
        case (a, b, c):
            return "triple %r %r %r" % (a, b, c)
        case [first, *_, last]:
            return "first %r last %r" % (first, last)
        case {"type": "circle", "r": r}:
            return "circle r=%r" % (r,)
        case {"type": t, **others}:
            return "typed %r others %r" % (t, others)
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %r" % (yy,)
        case Point(xx, yy) if xx == yy:
            return "diagonal %r" % (xx,)
        case Point(xx, yy):
            return "point %r,%r" % (xx, yy)
        case int(n) if n > 100:
            return "big int %d" % n
        case str() as s:
            return "some string %r" % (s,)
        case [Point(x=px), *more] as whole:
            return "points from x=%r, %d more, whole len %d" % (px, len(more), len(whole))
        case {1: _, 2: _}:
            return "has keys 1 and 2"
        case _:
            return "other %r" % (type(v).__name__,)

for v in [0, 2, -1, 1.5, 2+3j, "hello", b"bytes", None, True, 1, Color.RED, [], [7], (7,), [1, 2, 3, 4], (1, 2),
          ("a", "b", "c"), [9, 8, 7, 6], {"type": "circle", "r": 2}, {"type": "sq", "side": 3, "z": 0},
          Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 500, 50, "abc", [Point(4, 5), Point(1, 1)],
          {1: 'a', 2: 'b', 3: 'c'}, {1: 'a'}, 3.25, range(3), "xy", (x for x in [])]:
    r = describe(v)
    print(r if 'generator' not in r else 'other generator')

# soft keywords: match and case stay usable as names
match = [1, 2]
case = match[0]
print(match, case)
def match_fn(match):
    return match * 2
print(match_fn(3))

# a tuple subject, guards with side effects, nested patterns
def classify(a, b):
    match a, b:
        case (0, 0):
            return "both zero"
        case (0, y) | (y, 0):
            return "one zero, other %r" % (y,)
        case ([p, q], {"k": [r, *s]}):
            return "nested %r %r %r %r" % (p, q, r, s)
        case _:
            return "neither"
print(classify(0, 0), classify(0, 5), classify(6, 0), classify(1, 2), classify([1, 2], {"k": [3, 4, 5]}))

# errors
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["x"]
for subj, code in [(NoArgs(), "NoArgs(1)"), (3, "int(1, 2)"), (BadArgs(), "BadArgs(1)")]:
    try:
        exec("match subj:\n    case %s:\n        pass" % code, {"subj": subj, "NoArgs": NoArgs, "BadArgs": BadArgs})
    except TypeError as e:
        print("TypeError", e)
for src in ["match 1:\n    case x:\n        pass\n    case 2:\n        pass",
            "match 1:\n    case _:\n        pass\n    case 2:\n        pass",
            "match 1:\n    case x | 2:\n        pass",
            "match 1:\n    case [*a, *b]:\n        pass",
            "match 1:\n    case f'{x}':\n        pass",
            "match 1:\n    case 1 as _:\n        pass"]:
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
