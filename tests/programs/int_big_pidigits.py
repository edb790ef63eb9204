# The digits of pi by the unbounded spigot (the Benchmarks Game's pidigits):
# numerators and denominators of thousands of digits, divided each step.
def pidigits(n):
    i = k = ns = 0
    k1 = 1
    nn, a, d, t, u = 1, 0, 1, 0, 0
    out = []
    while True:
        k += 1
        t = nn << 1
        nn *= k
        a += t
        k1 += 2
        a *= k1
        d *= k1
        if a >= nn:
            t, u = divmod(nn * 3 + a, d)
            u += nn
            if d > u:
                ns = ns * 10 + t
                i += 1
                if i % 10 == 0:
                    out.append('%010d\t:%d' % (ns, i))
                    ns = 0
                if i >= n:
                    break
                a -= d * t
                a *= 10
                nn *= 10
    return out


for line in pidigits(1000):
    print(line)
