# _thread.start_new_thread checks its arguments as CPython does.
import _thread
import threading

done = threading.Event()
def f(*args, **kw):
    print("ran with", args, sorted(kw.items()))
    done.set()

for args in [(f, (), [1, 2, 3]), (f, (), ()), (f, [1]), (f, "ab"), (42, ()), (f, (), 7)]:
    try:
        _thread.start_new_thread(*args)
        print("accepted", args[1:])
    except TypeError as e:
        print("TypeError:", e)

_thread.start_new_thread(f, (1, 2), {"k": 3})
done.wait()
done.clear()
try:
    _thread.start_new_thread(f, (), None)
except TypeError as e:
    print("TypeError:", e)
