# Found by the concurrency fuzzer (stress/fuzz, seeds 57 and 80 on
# interp-nogil, shrunk to insert, pop and sort): sorting a list of no or
# one item while other threads append and pop. There is nothing to sort,
# so CPython never raises "list modified during sort" here and no append
# is lost. It used to detach the (empty or one-item) array like a sort
# that runs Python code.
import threading

L = []
errors = []
added = []
popped = []
go = threading.Event()


def sorter():
    go.wait()
    for _ in range(20000):
        try:
            L.sort()
        except ValueError as e:
            errors.append(str(e))


def worker(t):
    go.wait()
    mine = []
    got = []
    for i in range(20000):
        L.append(t * 100000 + i)
        mine.append(t * 100000 + i)
        try:
            got.append(L.pop())
        except IndexError:
            pass
    added.extend(mine)
    popped.extend(got)


ts = [threading.Thread(target=sorter)] + [threading.Thread(target=worker, args=(t,)) for t in range(2)]
for t in ts:
    t.start()
go.set()
for t in ts:
    t.join()
print("sort errors", len(errors))
print("every append popped or still there:", sorted(popped + L) == sorted(added))
