# unittest/__main__.py - `interp-gil -m unittest [NAME...]`: run the tests of
# the named modules (or module.Class.method), as `python -m unittest` does.
# With no names, the test*.py modules of the current directory are run (a
# plain form of discovery: no recursion into packages, no -s/-p options).
import os
import sys
from unittest.main import main

sys.argv[0] = "python -m unittest"
names = [a for a in sys.argv[1:] if not a.startswith("-")]
if not names:
    if "" not in sys.path:
        sys.path.insert(0, "")
    found = sorted(f[:-3] for f in os.listdir(".") if f.startswith("test") and f.endswith(".py"))
    sys.argv[1:] = [a for a in sys.argv[1:]] + found
main(module=None)
