# RuntimeErrors of Thread misuse.
import threading

def quick():
    pass

t = threading.Thread(target=quick)
try:
    t.join()
except RuntimeError as e:
    print("join unstarted:", e)
try:
    t.join(0.1)
except RuntimeError as e:
    print("join unstarted with timeout:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after finish:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join main from main:", e)

out = []
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out.append(str(e))
t2 = threading.Thread(target=join_self)
t2.start()
t2.join()
print("join self in thread:", out)
