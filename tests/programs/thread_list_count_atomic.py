# Found by the concurrency fuzzer (stress/fuzz, seed 64 on interp-nogil):
# lst.count(x) of simple items (ints, tuples of ints) is one step
# (docs/ATOMICITY.md), so while another thread inserts at the front, an
# item that is in the list once is counted once. It used to search again
# after each match, so a shift in between counted the same item twice.
import threading

for x in (1999, (9, 1999)):
    L = [(9, i) if type(x) is tuple else i for i in range(2000)]
    go = threading.Event()
    stop = []
    counts = {}

    def counter():
        go.wait()
        for _ in range(1500):
            n = L.count(x)
            counts[n] = counts.get(n, 0) + 1
        stop.append(1)

    def inserter():
        go.wait()
        i = 0
        while not stop:
            L.insert(0, -1 - i if type(x) is int else (5, i))
            i += 1
            if len(L) > 3000:
                del L[:500]

    ts = [threading.Thread(target=counter), threading.Thread(target=inserter)]
    for t in ts:
        t.start()
    go.set()
    for t in ts:
        t.join()
    print(type(x).__name__, "counted", sorted(counts), "times in", sum(counts.values()), "calls")
