# Module imported by imp_from.py.
print("lib_util: loading")
PI = 3.14159
COUNTER = 0
def add(a, b):
    return a + b
def greet(name):
    return "hello, " + name
def bump():
    global COUNTER
    COUNTER += 1
    return COUNTER
def counter_value():
    return COUNTER
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def size(self):
        return len(self.items)
