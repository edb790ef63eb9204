# Uncaught custom exception defined in an imported module (shown as module.Class).
import lib_errors
from lib_errors import LibError, check
print(check(5), check(0))
try:
    lib_errors.fail("first failure")
except LibError as e:
    print("caught:", type(e).__name__, e)
print(issubclass(LibError, Exception))
print("calling")
for v in [3, 2, -1]:
    print("checking", v, check(v))
print("not reached")
