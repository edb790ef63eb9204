# is_alive/ident/native_id before start, while running, and after join.
import threading

go = threading.Event()
started = threading.Event()
seen = {}

def worker():
    seen["get_ident"] = threading.get_ident()
    seen["current"] = threading.current_thread().ident
    started.set()
    go.wait()

t = threading.Thread(target=worker)
print("before start: alive", t.is_alive(), "ident", t.ident, "native_id", t.native_id)
t.start()
started.wait()
print("running: alive", t.is_alive())
print("ident int:", isinstance(t.ident, int), "native_id int:", isinstance(t.native_id, int))
print("get_ident matches:", seen["get_ident"] == t.ident, seen["current"] == t.ident)
print("differs from main:", t.ident != threading.get_ident())
go.set()
t.join()
print("after join: alive", t.is_alive())
print("ident kept:", t.ident == seen["get_ident"])
print("main get_ident int:", isinstance(threading.get_ident(), int))
print("main ident matches:", threading.main_thread().ident == threading.get_ident())
print("main alive:", threading.main_thread().is_alive())
print("main native_id int:", isinstance(threading.main_thread().native_id, int))
