# Second module importing lib_once (the body must not run again).
import lib_once
from lib_once import state
print("lib_user_of_once: loading")
seen = lib_once.LOADS
def peek():
    return state
