# Threads that start and join threads of their own (a small tree).
import threading

lock = threading.Lock()
leaves = []

def node(depth, label):
    if depth == 0:
        with lock:
            leaves.append(label)
        return
    kids = [threading.Thread(target=node, args=(depth - 1, label + str(i))) for i in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()

root = threading.Thread(target=node, args=(3, "r"))
root.start()
root.join()
print(len(leaves), sorted(leaves))

# a chain: each thread starts the next and reports its depth
depths = []
def chain(n):
    depths.append(n)
    if n < 20:
        t = threading.Thread(target=chain, args=(n + 1,))
        t.start()
        t.join()
t = threading.Thread(target=chain, args=(1,))
t.start()
t.join()
print(depths)
print("active after all joins:", threading.active_count())
