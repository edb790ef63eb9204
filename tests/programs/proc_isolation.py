# A forked child gets a copy of the parent's state at start(); its
# changes stay in the child.
from multiprocessing import Process
import sys

data = [1, 2, 3]
config = {"mode": "before"}

def mutate():
    data.append(99)
    config["mode"] = "child"
    print("child sees", data, config["mode"])
    sys.exit(len(data))

config["mode"] = "set before start"
p = Process(target=mutate)
p.start()
p.join()
print("parent sees", data, config["mode"])
print("child exitcode = its list length:", p.exitcode)

# globals changed after start are not seen by the running child
counter = 0
def report():
    sys.exit(10 + counter)
counter = 5
p = Process(target=report)
p.start()
counter = 100
p.join()
print("child saw counter 5:", p.exitcode == 15)

# several children in parallel, each reporting through its exit code
def square_code(i):
    sys.exit(i * i)
ps = [Process(target=square_code, args=(i,)) for i in range(1, 6)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print([p.exitcode for p in ps])
