# and / or / not: short-circuit evaluation and returned values.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0)
print(not 1, not 0, not not "x", not (1 and 0))
log = []
def t(name, val):
    log.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3)
print(r, log)
log.clear()
r = t("a", 0) or t("b", "") or t("c", "found") or t("d", 9)
print(r, log)
log.clear()
r = t("a", 1) or t("b", 2)
print(r, log)
log.clear()
r = t("a", 0) or t("b", 1) and t("c", 0)
print(r, log)
print(True and False or True, not True or True, not (True or True))
x = 7
print(x > 5 and x < 10, x < 5 or x > 6, not x == 7, not x != 7)
def safe_div(a, b):
    return b != 0 and a / b
print(safe_div(1, 0), safe_div(1, 4))
names = ["", "bob", None, "eve"]
for n in names:
    print(repr(n), "->", n or "anonymous", bool(n) and len(n))
d = {}
val = d.get("k") or "fallback"
print(val)
items = [0, 1, 2, 3, 4, 5, 6]
print([i for i in items if i % 2 == 0 and i > 2])
print([i for i in items if not i % 3 or i == 5])
print(all([1, 2]) and any([0, 1]), 0 or 0.0 or "" or None)
