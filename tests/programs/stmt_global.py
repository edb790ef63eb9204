# global statement, module-level state modified from functions.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(5):
    increment()
print("counter", counter)
def read_only():
    return counter * 2
print(read_only())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def create():
    global created
    created = "made inside function"
create()
print(created)
config = {"debug": False}
def enable():
    config["debug"] = True
enable()
print(config)
def bad():
    try:
        print(counter)
    except NameError as e:
        print("caught", isinstance(e, NameError))
    counter = 5
bad()
total = 0
def add_all(*nums):
    global total
    for n in nums:
        total += n
add_all(1, 2, 3)
add_all(10)
print("total", total)
def outer():
    global counter
    def inner():
        return counter
    counter = -1
    return inner()
print(outer(), counter)
