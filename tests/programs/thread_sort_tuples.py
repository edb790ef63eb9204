# Found by the concurrency fuzzer (stress/fuzz, seed 1 on interp-nogil):
# sorting a list of tuples while other threads append to it. The sort of
# items that compare without Python code (here (int, int) and (str, int)
# tuples) is atomic in CPython: another thread's append waits for it.
# It used to run on a detached array, so the list looked empty, the sort
# raised "list modified during sort" and dropped the appended items.
import threading

for kind in ("ints", "strs"):
    if kind == "ints":
        L = [(i % 7, i) for i in range(3000)]
    else:
        L = [("k%d" % (i % 7), i) for i in range(3000)]
    errors = []
    added = []
    go = threading.Event()

    def sorter():
        go.wait()
        for _ in range(30):
            try:
                L.sort()
            except ValueError as e:
                errors.append(str(e))

    def appender(t):
        go.wait()
        mine = []
        for i in range(3000):
            v = (t + 10, i) if kind == "ints" else ("t%d" % t, i)
            L.append(v)
            mine.append(v)
        added.extend(mine)

    ts = [threading.Thread(target=sorter)] + [threading.Thread(target=appender, args=(t,)) for t in range(2)]
    for t in ts:
        t.start()
    go.set()
    for t in ts:
        t.join()
    missing = set(added) - set(L)
    print(kind, "items", len(L), "sort errors", len(errors), "appends lost", len(missing))
    L.sort()
    print(kind, "sorted", L == sorted(L), L[0], L[-1])
