# Output of children and parent interleaves deterministically when each
# child is joined before the next one starts. The parent's buffered output
# is flushed before each fork, so nothing is printed twice.
from multiprocessing import Process

def child(i):
    for k in range(3):
        print("child", i, "line", k)

print("parent before any child")
for i in range(4):
    print("parent starting", i)
    p = Process(target=child, args=(i,))
    p.start()
    p.join()
    print("parent joined", i, "exitcode", p.exitcode)
print("parent end")
