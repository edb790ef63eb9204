import importlib, sys
m = importlib.import_module("lib_pkg.sub.mod")
print(m.__name__, m.f()[0])
h = importlib.import_module(".helper", "lib_pkg")
print(h.__name__, h.helped())
s = importlib.import_module("..helper", "lib_pkg.sub")
print(s is h)
top = __import__("lib_pkg.sub.mod")
print(top.__name__, __import__("lib_pkg.sub", fromlist=["mod"]).__name__)
print(__import__("math").sqrt(16), importlib.import_module("json").dumps([1]))
for bad in ['importlib.import_module(".x")', '__import__("")', 'importlib.import_module("nope_nope")', '__import__(5)']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
