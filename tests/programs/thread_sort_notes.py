# Sorting a list of ints is one step, as in CPython: another thread's slice
# assignment lands before or after it, never "list modified during sort".
# Notes added to one exception by several threads are all kept.
import threading
xs = [3, 1, 2] * 50
shared = KeyError("k")
errors = []
def worker(i):
    for n in range(3000):
        try:
            xs.sort(reverse=n % 2 == 0)
        except ValueError as e:
            errors.append(str(e))
        xs[:] = [3, 1, 2] * 50
        shared.add_note("t%d" % i)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(errors[:3], len(shared.__notes__), sorted(set(shared.__notes__)))
print(sorted(xs) == sorted([3, 1, 2] * 50))
