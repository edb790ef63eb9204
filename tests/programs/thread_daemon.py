# The daemon flag: default, keyword, inheritance, setting it late, and a
# daemon thread still blocked when the program ends (it must not hang).
import threading

never = threading.Event()

def block():
    never.wait()

def spawn(out):
    child = threading.Thread(target=block)
    out.append(child.daemon)

t = threading.Thread(target=block)
print("default:", t.daemon)
d = threading.Thread(target=block, daemon=True)
print("daemon=True:", d.daemon)
n = threading.Thread(target=block, daemon=False)
print("daemon=False:", n.daemon)
print("main thread daemon:", threading.main_thread().daemon)

t.daemon = True
print("set before start:", t.daemon)

# threads created inside a daemon thread are daemon by default
flags = []
s = threading.Thread(target=spawn, args=(flags,), daemon=True)
s.start()
s.join()
s2 = threading.Thread(target=spawn, args=(flags,))
s2.start()
s2.join()
print("inherited:", flags)

d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print("still daemon:", d.daemon, "alive:", d.is_alive())

t.start()
print("two daemon threads blocked forever; exiting anyway")
