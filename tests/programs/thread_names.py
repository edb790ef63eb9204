# Default and explicit thread names, current_thread() inside threads,
# main_thread().
import threading

def worker(out):
    out.append(threading.current_thread().name)

def other(out):
    out.append(threading.current_thread().name)

seen = []
t1 = threading.Thread(target=worker, args=(seen,))
t2 = threading.Thread(target=worker, args=(seen,))
t3 = threading.Thread(target=other, args=(seen,), name="custom-name")
t4 = threading.Thread(target=other, args=(seen,))
t5 = threading.Thread(target=lambda: seen.append(threading.current_thread().name))
t6 = threading.Thread()
print(t1.name)
print(t2.name)
print(t3.name)
print(t4.name)
print(t5.name)
print(t6.name)
for t in (t1, t2, t3, t4, t5, t6):
    t.start()
    t.join()
print(seen)

# the name can be changed before or after start
t7 = threading.Thread(target=worker, args=(seen,))
print(t7.name)
t7.name = "renamed"
t7.start()
t7.join()
print(seen[-1], t7.name)
t7.name = "after-run"
print(t7.name)

# numbers keep counting across explicit names
t8 = threading.Thread(target=worker, args=(seen,), name="x")
t9 = threading.Thread(target=worker, args=(seen,))
print(t8.name, t9.name)

main = threading.main_thread()
print(main.name)
print(threading.current_thread().name)
print(threading.current_thread() is main)

inside = []
def check_identity():
    me = threading.current_thread()
    inside.append(me is t10)
    inside.append(me is threading.main_thread())
    inside.append(threading.main_thread().name)
t10 = threading.Thread(target=check_identity, name="identity")
t10.start()
t10.join()
print(inside)
