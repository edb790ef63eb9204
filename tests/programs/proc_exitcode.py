# Exit codes of children: normal end, sys.exit(n), an uncaught exception
# (the child prints its traceback to stderr and exits with 1).
from multiprocessing import Process
import sys

def normal():
    pass

def exit3():
    sys.exit(3)

def exit0():
    sys.exit(0)

def exit_none():
    sys.exit()

def fails():
    raise ValueError("child failed")

def exit_after_print():
    print("child prints before exit")
    sys.exit(7)

for target in (normal, exit3, exit0, exit_none, fails, exit_after_print):
    p = Process(target=target)
    p.start()
    p.join()
    print(target.__name__, "->", p.exitcode)

# the exception in the child does not reach the parent
p = Process(target=fails)
try:
    p.start()
    p.join()
    print("parent unaffected, exitcode", p.exitcode)
except ValueError:
    print("wrong: exception reached the parent")
