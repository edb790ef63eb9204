# join(timeout) on a sleeping child returns with the child still alive.
from multiprocessing import Process
import time

def nap(seconds):
    time.sleep(seconds)

p = Process(target=nap, args=(1.0,))
p.start()
r = p.join(0.1)
print("join(0.1) returned", r, "alive", p.is_alive(), "exitcode", p.exitcode)
p.join(timeout=0.05)
print("join(timeout=0.05) alive", p.is_alive())
p.join()
print("join() alive", p.is_alive(), "exitcode", p.exitcode)
p.join()
print("joined again", p.exitcode)

# is_alive while running, checked several times
q = Process(target=nap, args=(0.5,))
q.start()
print("running:", q.is_alive(), q.is_alive())
q.join()
print("finished:", q.is_alive(), q.exitcode)
