# time.gmtime/localtime/mktime/strftime/asctime and struct_time (no output
# depends on the time zone).
import time
t = time.gmtime(1_000_000_000)
print(t)
print(t.tm_year, t[0], t[-1], len(t), tuple(t), list(t)[:3], t.tm_zone, t.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.asctime(t), time.strftime("%%", t), repr(time.strftime("", t)))
print(time.gmtime(0), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime("%d/%m/%Y", (2001, 9, 9, 1, 46, 40, 6, 252, 0)))
lt = time.localtime(1_000_000_000)
print(time.mktime(lt) == 1_000_000_000, type(time.localtime()).__name__, t == time.gmtime(1_000_000_000))
for f in [lambda: time.strftime("%Y", (1, 2)), lambda: time.mktime(5), lambda: time.strftime(5)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
