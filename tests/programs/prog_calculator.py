# A recursive-descent calculator: tokens, precedence, unary minus, parentheses, variables.
class ParseError(Exception):
    pass
def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            toks.append(s[i:j])
            i = j
        elif c in "+-*/%^()":
            toks.append(c)
            i += 1
        else:
            raise ParseError("bad character %r" % c)
    return toks
class Parser:
    def __init__(self, text, env):
        self.toks = tokenize(text)
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def parse(self):
        v = self.expr()
        if self.peek() is not None:
            raise ParseError("unexpected token %r" % (self.peek(),))
        return v
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.factor()
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v
    def factor(self):
        if self.peek() == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        t = self.take()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise ParseError("expected )")
            return v
        if isinstance(t, (int, float)):
            return t
        if isinstance(t, str) and t.isalpha():
            if t not in self.env:
                raise ParseError("unknown variable " + t)
            return self.env[t]
        raise ParseError("unexpected %r" % (t,))
env = {"x": 3, "y": 4, "half": 0.5}
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4", "x * x + y * y",
         "(x + y) * half", "--5", "2 * (3 + (4 - 1)) / 3", "1.5 + 2.25", "7 - 2 - 1", "100 / (y - 4)",
         "2 +", "(1 + 2", "z + 1", "3 $ 4", "1 2"]
for t in tests:
    try:
        print("%-24s = %r" % (t, Parser(t, env).parse()))
    except ParseError as e:
        print("%-24s ! ParseError: %s" % (t, e))
    except ZeroDivisionError as e:
        print("%-24s ! ZeroDivisionError: %s" % (t, e))
