# Module imported several times by imp_once.py: its body must run once.
print("lib_once: body running")
LOADS = 1
state = []
def value():
    return 42
