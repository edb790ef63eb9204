# stress/fuzz/source.py - source text through the lexer, parser and compiler.
#
# Each case is a program text made from case number N alone (the same N
# gives the same text on every interpreter, python3 included), handed to
# compile() in "exec" mode, and for some cases one of its lines in "eval"
# mode.  The texts are:
#   - a program of tests/programs mutated one to four times: a span deleted
#     or repeated, a token, an odd character or an odd number inserted, two
#     lines swapped, an indentation changed, the text cut short;
#   - two programs spliced, head of one and tail of the other;
#   - generated extremes: brackets, blocks, calls, operators and lambdas
#     nested 50 to 5000 deep, lines of up to 100,000 tokens, literals of a
#     million characters, unterminated strings and f-strings, odd Unicode,
#     and statements every one of which CPython rejects.
# Every outcome must be a code object or one of the exceptions compile()
# may raise (SyntaxError and its subclasses, RecursionError, MemoryError,
# OverflowError).  Anything else, a crash, a hang or a sanitizer report is a
# bug; stress/fuzz/chunked.sh source finds the case.
#
# Usage: source.py [--list | --outcomes] [START [STOP]]
#   runs cases START..STOP-1 (default 0..COUNT) and prints
#   "OK source cases=N compiled=C rejected=R of COUNT";
#   --list N M prints the text of each case (what chunked.sh saves);
#   --outcomes prints "N compiled" or "N ExceptionName" per case, for a
#   differential run against python3 (stress/fuzz/source_diff.sh).
import sys
import os
from fuzzrand import Rand

COUNT = 40000
TOP = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
ALLOWED = (SyntaxError, RecursionError, MemoryError, OverflowError)

TOKENS = """( ) [ ] { } : ; , . ... -> = == != < > <= >= += -= *= /= //= %= **=
>>= <<= &= |= ^= @= := + - * / // % ** @ ~ & | ^ << >> \\ # ' " ''' \"\"\" f' f" r'
b' rb' u' if elif else while for in not and or is def class return yield
lambda try except finally raise with as pass break continue global nonlocal
del assert import from async await match case None True False _ __class__
0 1 0x 0o 0b 1e 1j 1.5 .5 1_000 1__0 09 0b2 0o8 1e999 0x_f""".split()
TOKENS += ["\n", "\n\n", "    ", "\t", " ", "\\\n", "\r", "\r\n", "\x0c"]

CHARS = ["\u00e9", "\u00f1", "\u4e2d", "\U0001f40d", "\u200b", "\u2028", "\ufeff",
         "\u0301", "\u202e", "\x0c", "\r", "\t", "\x1b", "\u03bb", "\U0001d518",
         "\uff11", "\uffff", "\u00a0", "\u3000", "\x7f", "\x01", "$", "?", "!", "`"]

NUMBERS = ["0x", "1e", "1_", "0b2", "09", "1__0", "1e999", "0o8", "1j", ".e1",
           "9" * 400, "0x" + "f" * 40, "1" * 30 + "j", "0_0", "00", "1.2.3",
           "9223372036854775808", "-9223372036854775809", "1e-999", "0e0"]

# statements CPython rejects at compile time, and a few it accepts
SNIPPETS = [
    "return 1", "yield 2", "break", "continue", "nonlocal x", "await x",
    "def f(a, a): pass", "f(a=1, a=2)", "f(a=1, 2)", "lambda *: 0",
    "def f(*, **k): pass", "def f(a=1, b): pass", "x = 1 = 2", "1 = x",
    "f() = 1", "del f()", "del (a, 1)", "(a, b) += 1", "x += y += 1",
    "def f():\n    x = 1\n    global x", "class C:\n    nonlocal q",
    "def f():\n    nonlocal zz", "for x in 1, 2: pass\nelse: pass",
    "try:\n    pass", "try:\n    pass\nelse:\n    pass",
    "with a as b, c as d: pass", "with (a as b, c as d): pass",
    "a if b", "*a = b", "*a, *b = c", "a, *b, c = d", "print(*a, **b, *c)",
    "f(**a, *b)", "f(x for x in y, 1)", "[x for x in]", "{**a, b}",
    "{a: b, **c, d}", "x: int = 1", "x.y: int", "(x): int = 2", "f(): int",
    "def f[T](): pass", "type X = int", "match x:\n    case 1: pass",
    "async def f(): await x", "@dec\nclass C: pass", "@a.b(c)\ndef f(): pass",
    "if x:\npass", "if x:\n  a\n    b", "if x:\n    a\n  b", "\tif x:\n        a",
    "x = (yield)", "def g():\n    x = yield from y", "assert x, y, z",
    "import a.b as c", "from . import x", "from .. import *",
    "def f():\n    from m import *", "global x\nx = 1", "f'{x!z}'",
    "f'{x:{y:{z}}}'", "f'{'", "f'}'", "f'{}'", "f'{x=!r:>10}'",
    "'\\N{BOGUS NAME}'", "'\\x4'", "'\\u12'", "r'\\'", "'''abc", '"""',
    "'abc\ndef'", "b'\u00e9'", "0 if 1 else 2 if 3 else 4", "not not not x",
    "a < b < c < d", "a @ b", "a @= b", "x = *a", "x = *a, *b", "print(-)",
    "lambda: (yield)", "[(yield) for x in y]", "(x := 1)", "x := 1",
    "[y := 1 for y in z]", "def f(x=(y := 2)): pass", "__debug__ = 1",
    "None = 1", "True += 1", "def f(None): pass", "class C(x for x in y): pass",
    "del x, (y, [z])", "a.b.c.d.e = f.g.h", "x[1:2:3, ...] = y",
    "raise X from Y from Z", "except: pass", "try:\n    pass\nexcept* E:\n    pass",
    "def f(**k, *a): pass", "def f(a, /, b, *, c): pass", "def f(/): pass",
    "def f(*, /): pass", "lambda a, /: a", "x = 1 if 2", "if 1: pass; else: pass",
]


def corpus():
    d = os.path.join(TOP, "tests", "programs")
    names = sorted(n for n in os.listdir(d) if n.endswith(".py"))
    texts = []
    for n in names:
        with open(os.path.join(d, n)) as f:
            texts.append(f.read())
    return texts


def mutate(r, s):
    k = r.below(9)
    n = len(s)
    at = r.below(n + 1)
    if k == 0:  # delete a span
        return s[:at] + s[at + r.between(1, 20):]
    if k == 1:  # repeat a span
        span = s[at:at + r.between(1, 40)]
        return s[:at] + span * r.between(2, 5) + s[at:]
    if k == 2:
        return s[:at] + r.pick(TOKENS) + s[at:]
    if k == 3:
        return s[:at] + r.pick(CHARS) + s[at:]
    if k == 4:
        return s[:at] + r.pick(NUMBERS) + s[at:]
    lines = s.split("\n")
    i = r.below(len(lines))
    if k == 5:  # swap two lines
        j = r.below(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif k == 6:  # indentation
        lines[i] = r.pick(["", " ", "\t", "    ", "        ", " \t"]) + lines[i].lstrip()
    elif k == 7:  # cut short
        return s[:at]
    else:
        lines.insert(i, r.pick(SNIPPETS))
    return "\n".join(lines)


def nest(r):
    d = r.pick([10, 50, 99, 100, 101, 199, 200, 201, 1000, 5000])
    k = r.below(16)
    if k == 0:
        return "(" * d + "1" + ")" * d
    if k == 1:
        return "x = " + "[" * d + "]" * d
    if k == 2:
        return "x = " + "{" * d + "}" * d
    if k == 3:
        return "f(" * d + ")" * d
    if k == 4:
        return "x = " + "-" * d + "1"
    if k == 5:
        return "x = " + "not " * d + "y"
    if k == 6:
        return "x = " + "lambda: " * d + "0"
    if k == 7:
        return "x" + "[0]" * d
    if k == 8:
        return "x = " + "a." * d + "b"
    if k == 9:  # blocks
        return "".join(" " * i + "if x:\n" for i in range(d)) + " " * d + "pass\n"
    if k == 10:
        return "".join("    " * i + "def f%d():\n" % i for i in range(d)) + "    " * d + "return 1\n"
    if k == 11:
        return "x = " + "(" * d  # unbalanced
    if k == 12:
        return "x = 1" + " + 1" * (d * 20)
    if k == 13:
        return "x = " + " if ".join(["a"] * d) + " else b" * (d - 1)
    if k == 14:
        return "x = [" + ", ".join("%d" % i for i in range(d * 20)) + "]"
    return "x = f'" + "{" * (d // 10 + 1) + "y" + "}" * (d // 10 + 1) + "'"


def extreme(r):
    k = r.below(12)
    if k == 0:
        return "x = 1 + " * r.pick([1000, 10000, 100000]) + "1"
    if k == 1:
        return "s = '" + "a" * 1000000 + "'\n"
    if k == 2:
        return "n" * r.pick([1000, 100000]) + " = 1\n"
    if k == 3:
        return "f(" + ", ".join(["a"] * r.pick([255, 256, 10000])) + ")"
    if k == 4:
        return "def f(" + ", ".join("a%d" % i for i in range(r.pick([255, 300, 5000]))) + "): pass"
    if k == 5:
        return "pass\n" * r.pick([1000, 50000])
    if k == 6:
        return "x = 1; " * r.pick([1000, 20000])
    if k == 7:
        return "".join(r.pick(CHARS) for _ in range(r.between(1, 200)))
    if k == 8:
        return "x = '" + "".join(r.pick(CHARS) for _ in range(r.between(1, 50))) + "'\n"
    if k == 9:
        return r.pick(SNIPPETS)
    if k == 10:
        return "\n".join(r.pick(SNIPPETS) for _ in range(r.between(2, 8)))
    return "".join(r.pick(TOKENS) + r.pick(["", " "]) for _ in range(r.between(1, 60)))


def make_case(texts, n):
    r = Rand(n * 2654435761 % 2147483647 + 1)
    kind = n % 8
    if kind < 4:
        s = r.pick(texts)
        for _ in range(r.between(1, 4)):
            s = mutate(r, s)
        return s
    if kind == 4:
        a, b = r.pick(texts), r.pick(texts)
        s = a[:r.below(len(a) + 1)] + b[r.below(len(b) + 1):]
        return mutate(r, s)
    if kind == 5:
        return nest(r)
    if kind == 6:
        return extreme(r)
    return mutate(r, r.pick(SNIPPETS))


def outcome(text, mode):
    try:
        compile(text, "<fuzz>", mode)
        return "compiled"
    except ALLOWED as e:
        return type(e).__name__


def main():
    args = sys.argv[1:]
    listing = args and args[0] == "--list"
    outcomes = args and args[0] == "--outcomes"
    if listing or outcomes:
        args = args[1:]
    start = int(args[0]) if args else 0
    stop = int(args[1]) if len(args) > 1 else COUNT
    if stop > COUNT:
        stop = COUNT
    texts = corpus() if stop > start else []
    compiled = rejected = 0
    for n in range(start, stop):
        text = make_case(texts, n)
        if listing:
            print("# case %d, %d characters" % (n, len(text)))
            print(text)
            continue
        got = outcome(text, "exec")
        if n % 8 == 4:  # one line alone, as an expression
            lines = text.split("\n")
            line = lines[n % len(lines)]
            got2 = outcome(line, "eval")
        else:
            got2 = ""
        if outcomes:
            print(n, got, got2)
        if got == "compiled":
            compiled += 1
        else:
            rejected += 1
    if not listing:
        print("OK source cases=%d compiled=%d rejected=%d of %d" % (stop - start, compiled, rejected, COUNT))


main()
