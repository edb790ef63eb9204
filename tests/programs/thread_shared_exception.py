# One exception object raised by four threads at once: every raise prepends
# to the same traceback chain, so the chain must end up one entry per raise.
import threading
shared = ValueError("shared")
def worker():
    for _ in range(20000):
        try:
            raise shared
        except ValueError as e:
            e.__traceback__
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
n, tb = 0, shared.__traceback__
while tb is not None:
    n, tb = n + 1, tb.tb_next
print(n)
print("OK")
