# join(timeout) on a thread that is still blocked returns with the thread
# alive; a later join without timeout waits for it.
import threading
import time

release = threading.Event()
log = []

def sleeper():
    release.wait()
    log.append("woke")

t = threading.Thread(target=sleeper)
t.start()
r = t.join(0.05)
print("join(0.05) returned", r, "alive", t.is_alive())
t.join(timeout=0.01)
print("join(timeout=0.01) alive", t.is_alive())
t.join(0)
print("join(0) alive", t.is_alive(), log)
release.set()
t.join()
print("join() alive", t.is_alive(), log)

# a thread that really sleeps
def nap():
    time.sleep(0.3)
    log.append("napped")
t2 = threading.Thread(target=nap)
t2.start()
t2.join(0.01)
print("napping alive", t2.is_alive())
t2.join()
print("after nap", t2.is_alive(), log)

# joining a finished thread again with or without timeout is fine
t2.join()
t2.join(1)
print("joined again", t2.is_alive())
