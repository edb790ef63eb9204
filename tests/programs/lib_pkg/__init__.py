# a package for imports_packages.py
print("init lib_pkg", __name__, __package__)
VALUE = 1
from .helper import helped
