# Complex numbers: literals, arithmetic (CPython's formulas and errno rules), repr,
# format, hashing, complex() parsing, cmath; then 4000 random operations.
import random
import cmath, math
z = 1 + 2j
print(z, type(z), z.real, z.imag, z.conjugate(), abs(3+4j), -z, +z, 1j, -1j, 0j, -0j, 2.5j, 1e20j, 0777j)
print(z + 1, 1 + z, z * 2, 2.5 * z, z / 2, 1 / z, z ** 2, z ** -1, z ** 0.5, 2 ** z, z ** z, (1+1j) ** 100)
print((0j) ** 0, 1j ** 2, (-8) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5)
for e in ["1/0j", "0j ** -1", "z // 2", "z % 2", "z < 1", "divmod(z, 2)", "int(z)", "float(z)", "math.sqrt(z)", "complex('1+')", "complex('x')", "complex('1', 2)", "complex(1, '2')", "0j ** 1j", "abs(complex(1e308, 1e308))"]:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
print(z == 1+2j, z != 1+2j, 1 == 1+0j, 1.5 == 1.5+0j, 2**100 == complex(2**100), hash(1+0j) == hash(1), hash(z), hash(complex(-1.5, 0)) == hash(-1.5), {1j: 'a'}[1j])
print(complex(), complex(1), complex(1, 2), complex(1j, 1j), complex('3-4j'), complex(' (1.5+2.5e1j) '), complex('-j'), complex('nan+infj'), complex('inf'), complex(real=1, imag=-2))
print(repr(complex(-0.0, 0.0)), repr(complex(0.0, -0.0)), repr(complex(1, float('nan'))), repr(complex(float('inf'), -float('inf'))), complex(1e16, 1e-7))
for s in ['', '10', '.2f', '>20.3e', 'g', '^20', '+.1f', '<12']:
    print(repr(format(z, s)), repr(format(-1.5-0.25j, s)))
print(f"{z}", f"{z!r}", f"{z:.3f}", "%s %r" % (z, z), str(2j), [1j, 2+0j], (3j,))
print(cmath.sqrt(-1), cmath.sqrt(2j), cmath.exp(1j * cmath.pi).real, cmath.log(1j), cmath.log(8, 2), cmath.log10(100), cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0))
print(cmath.isfinite(1j), cmath.isinf(complex('inf')), cmath.isnan(cmath.nanj), cmath.isclose(1+1j, 1+1.0000000001j), cmath.pi, cmath.inf, cmath.infj)
print(abs(cmath.sin(1+1j) - complex(1.2984575814159773, 0.6349639147847361)) < 1e-15, abs(cmath.atan(0.5j)-0.5493061443340549j) < 1e-15)
try: cmath.log(0)
except ValueError as e: print(e)
print(sum([1j, 2, 3.5+1j]), sorted([3, 1, 2], key=lambda x: abs(x * 1j)), isinstance(1j, complex), (1j).__add__(1), (2).__mul__(1j))
print((1+2j).__getnewargs__(), bool(0j), bool(1j), 1j and 2, not 0j)
random.seed(11)
vals = [0.0, -0.0, 1.0, -1.0, 2.5, 1e300, -1e-300, float('inf'), float('nan'), 3.0, 0.5]
def rv():
    r = random.random()
    if r < 0.3: return random.choice(vals)
    return random.uniform(-100, 100)
def rc():
    k = random.random()
    if k < 0.2: return random.randint(-5, 5)
    if k < 0.35: return rv()
    return complex(rv(), rv())
out = []
for i in range(4000):
    a, b = rc(), rc()
    op = random.choice(["+", "-", "*", "/", "**", "==", "abs", "repr", "hash", "fmt"])
    try:
        if op == '+': r = a + b
        elif op == '-': r = a - b
        elif op == '*': r = a * b
        elif op == '/': r = a / b
        elif op == '**': r = a ** b if abs(b) < 50 else None
        elif op == '==': r = (a == b, a != b)
        elif op == 'abs': r = abs(a)
        elif op == 'repr': r = repr(complex(a)) + str(complex(b))
        elif op == 'hash': r = hash(complex(a)) if complex(a) == complex(a) else 'nan'
        else: r = format(complex(a), random.choice(['', '.3f', 'g', '>30', '+.2e', '^25.4g']))
        out.append("%d %s %r" % (i, op, r))
    except Exception as e:
        out.append("%d %s %s %s" % (i, op, type(e).__name__, e))
print("\n".join(out))
