# Two threads each remove half of one list: list.remove finds and removes
# in one step, so neither takes the other's item nor misses its own.
import threading
xs = list(range(40000))
errors = []
def remover(start):
    for v in range(start, 40000, 2):
        try:
            xs.remove(v)
        except ValueError:
            errors.append(v)
ts = [threading.Thread(target=remover, args=(s,)) for s in (0, 1)]
for t in ts: t.start()
for t in ts: t.join()
print(len(xs), errors[:5])

zs = [1, 2.0, True, "a", None, 2]
zs.remove(2); zs.remove(True); print(zs)
try:
    zs.remove(5)
except ValueError as e:
    print(e)
