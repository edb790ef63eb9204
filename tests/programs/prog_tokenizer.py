# A tokenizer for a tiny expression language, written without the re module.
KEYWORDS = {"let", "if", "then", "else", "print"}
class LexError(Exception):
    pass
def tokenize(src):
    tokens = []
    i = 0
    line = 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("FLOAT" if "." in text else "INT", text, line))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word, line))
            i = j
        elif ch == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                j += 1
            if j >= len(src):
                raise LexError("unterminated string on line %d" % line)
            tokens.append(("STR", src[i + 1:j], line))
            i = j + 1
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            tokens.append(("OP", src[i:i + 2], line))
            i += 2
        elif ch in "+-*/()=<>,":
            tokens.append(("OP", ch, line))
            i += 1
        else:
            raise ValueError("unexpected character %r on line %d" % (ch, line))
    tokens.append(("EOF", "", line))
    return tokens
program = """let x = 42
let rate = 3.5 # comment here
if x >= 10 then print("big", x * rate) else print("small")
let my_var2 = (x + 1) / 2 != 0
"""
toks = tokenize(program)
for t in toks:
    print(t)
kinds = {}
for kind, text, ln in toks:
    kinds[kind] = kinds.get(kind, 0) + 1
print(sorted(kinds.items()))
print([text for kind, text, ln in toks if kind == "NAME"])
for bad in ['let s = "oops', "let y = 3 $ 4"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError", e)
    except ValueError as e:
        print("ValueError", e)
