# packages: __init__.py, submodules from __path__, relative imports at every
# level, sys.modules entries, and the errors CPython gives
import sys
import lib_pkg
print(lib_pkg.VALUE, lib_pkg.helped(), lib_pkg.__name__, lib_pkg.__package__)
import lib_pkg.sub.mod
print(lib_pkg.sub.mod.f(), lib_pkg.sub.X)
from lib_pkg.sub import mod as m
print(m.f(), m is lib_pkg.sub.mod)
from lib_pkg.sub.mod import f
print(f())
import lib_pkg.helper as ph
print(ph.helped(), type(lib_pkg.__path__).__name__, len(lib_pkg.__path__), hasattr(ph, "__path__"))
print(sorted(k for k in sys.modules if k.startswith("lib_pkg")))
print(sys.path[0] == __file__.rsplit("/", 1)[0])
for stmt in ["import lib_pkg.nothere", "from lib_pkg import nothere", "from . import x", "import lib_pkg.bad",
             "import lib_pkg.helper.deeper", "from lib_pkg.sub import *"]:
    try:
        exec(stmt, {"__name__": "__main__"})
        print("ok", stmt)
    except ImportError as e:
        print(type(e).__name__, str(e).split(" (")[0])
print("lib_pkg.bad" in sys.modules)
