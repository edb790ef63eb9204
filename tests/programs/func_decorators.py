# Decorators on functions, with and without arguments, stacked.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"))
call_log = []
def logged(fn):
    def wrapper(*args):
        call_log.append(args)
        result = fn(*args)
        print("called with", args, "->", result)
        return result
    return wrapper
@logged
def add(a, b):
    return a + b
add(1, 2)
add(10, 20)
print(call_log)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping():
    return "ping"
print(ping())
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
calls = 0
@memo
def slow_square(n):
    global calls
    calls += 1
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), "calls:", calls)
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def double(x):
    return 2 * x
@register("neg")
def neg(x):
    return -x
for name in registry:
    print(name, registry[name](7))
def count_calls(fn):
    n = 0
    def wrapper(*a, **k):
        nonlocal n
        n += 1
        print("call #%d of wrapped function" % n)
        return fn(*a, **k)
    return wrapper
@count_calls
def noop():
    pass
noop(); noop(); noop()
