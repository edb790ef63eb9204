# sys: argv (from mod_sys.args), switch interval, exit inside try (SystemExit caught).
import sys
print("args:", sys.argv[1:], len(sys.argv))
print(sys.argv[0].endswith("mod_sys.py"))
total = 0
for a in sys.argv[1:]:
    if a.isdigit():
        total += int(a)
print("sum of numeric args:", total)
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
old = sys.getswitchinterval()
print("default switch interval:", old)
sys.setswitchinterval(0.001)
print("new switch interval:", sys.getswitchinterval())
sys.setswitchinterval(old)
print("restored:", sys.getswitchinterval() == old)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit caught, code =", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit caught, code =", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught, code =", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(0)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
print("end")
