# textwrap: wrap, fill, shorten, dedent, indent against CPython's output
import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known phrase, used to "
        "test typewriters and computer keyboards, and in other applications involving "
        "all of the letters in the English alphabet. Supercalifragilisticexpialidocious!")
for w in (10, 20, 35, 70):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a\tb  c\n d", 5), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.wrap("abcdefghijklmnop", 5), textwrap.wrap("abcdefghijklmnop", 5, break_long_words=False))
print(textwrap.wrap("one-two-three-four five", 8), textwrap.wrap("one-two-three", 8, break_on_hyphens=False))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("Hello world, this is long", width=15, placeholder="..."))
print(textwrap.fill(text, 30, max_lines=3))
print(repr(textwrap.dedent("""\
    def f():
        return 1

    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n   \n  y")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
print(textwrap.wrap("Hi there. Next one!  Ok? yes", 40, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("x  y", 10, drop_whitespace=False))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def", 4, max_lines=2, placeholder=" [.......]")
except ValueError as e:
    print("ValueError", e)
print(textwrap.wrap("well-known e-mail-address x--y ab--cd, 3-d --lead trail-", 7))
print(textwrap.TextWrapper()._split("well-known e-mail-address x--y ab--cd"))

# many generated texts and settings (a small LCG, the same in any Python)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
words = ["a", "bb", "well-known", "x--y", "-lead", "trail-", "supercalifragilistic", "end.",
         "Hi!", "ok?", "  ", "\t", "3-d", "e-mail-address-here", "A.", 'zz"', "q."]
seps = [" ", "  ", "\n", ""]
digest = 0
for k in range(600):
    t = "".join(words[rnd(len(words))] + seps[rnd(4)] for _ in range(rnd(16)))
    kw = {"width": 4 + rnd(27)}
    if rnd(10) < 3: kw["break_long_words"] = False
    if rnd(10) < 3: kw["break_on_hyphens"] = False
    if rnd(10) < 3: kw["drop_whitespace"] = False
    if rnd(10) < 3: kw["fix_sentence_endings"] = True
    if rnd(10) < 3:
        kw["max_lines"] = 1 + rnd(4)
        kw["placeholder"] = [" [...]", "..", "~"][rnd(3)]
    if rnd(10) < 3:
        kw["initial_indent"] = "* "
        kw["subsequent_indent"] = ["", "   "][rnd(2)]
    try:
        r = textwrap.wrap(t, **kw)
    except ValueError as e:
        r = ["ValueError", str(e)]
    s = textwrap.shorten(t, max(kw["width"], 8))
    d = textwrap.dedent(t.replace("\n", "\n  "))
    if k % 60 == 0:
        print(k, repr(t), sorted(kw.items()))
        print("  ", r, repr(s), repr(d))
    for line in r + [s, d]:
        for ch in line:
            digest = (digest * 31 + ord(ch)) % 1000000007
print("digest", digest)
