# An uncaught exception in a thread is reported on stderr
# ("Exception in thread Thread-1 (boom):" and a traceback); the thread
# ends, the program goes on and exits with status 0.
import threading

log = []

def boom():
    log.append("boom starts")
    raise ValueError("boom value")

def fine():
    log.append("fine ran")

t = threading.Thread(target=boom)
t.start()
t.join()
print("thread finished, alive:", t.is_alive())
print(log)

t2 = threading.Thread(target=fine)
t2.start()
t2.join()
print(log)

def div(a, b):
    return a // b
def calls_div():
    log.append(div(1, 0))
t3 = threading.Thread(target=calls_div, name="divider")
t3.start()
t3.join()
print("after ZeroDivisionError in thread:", t3.is_alive(), len(log))

# exceptions caught inside the thread are not reported
def caught():
    try:
        raise KeyError("k")
    except KeyError as e:
        log.append("caught " + repr(e))
t4 = threading.Thread(target=caught)
t4.start()
t4.join()
print(log[-1])
print("main continues to the end")
