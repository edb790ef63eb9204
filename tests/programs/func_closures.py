# Closures and nonlocal.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(10))
def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders
print([f(10) for f in make_adders()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def accumulator():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = accumulator()
acc(1)
acc(2)
print(acc(3))
def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = bank(50)
print(dep(25), wd(100), wd(30), get())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_gen()
print([s() for _ in range(12)])
def level1():
    v = 1
    def level2():
        nonlocal v
        v += 10
        def level3():
            nonlocal v
            v += 100
        level3()
    level2()
    return v
print(level1())
def late():
    fs = []
    x = 1
    fs.append(lambda: x)
    x = 2
    return fs[0]()
print("late binding sees", late())
