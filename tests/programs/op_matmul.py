# the @ operator through __matmul__, __rmatmul__ and __imatmul__; \r ends a line
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v + 1)
    def __rmatmul__(self, o): return M(o * self.v)
    def __repr__(self): return "M(%r)" % self.v
a = M(2); b = M(3)
print(a @ b, 5 @ b)
a @= b
print(a)
try: 1 @ 2
except TypeError as e: print(e)
class I(M):
    def __imatmul__(self, o): self.v = -1; return self
c = I(4); c @= b; print(c)
try:
    eval("1\r+2")
except SyntaxError as e:
    print(e)
print(compile("x = 'a'\r\ny = 2\r", "f", "exec").co_names)
