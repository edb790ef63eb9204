# while loops with break, continue and else.
n = 0
while n < 5:
    print("n =", n)
    n += 1
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print("odd", i)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
k = 0
while k < 10:
    if k == 4:
        print("breaking at", k)
        break
    k += 1
else:
    print("not printed")
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 16)])
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([4, 8, 15, 16], 15), find([4, 8], 99))
a, b = 48, 36
while b:
    a, b = b, a % b
print("gcd", a)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner, end="; ")
        inner += 1
    outer += 1
print()
x = 1000
count = 0
while x > 1:
    x //= 3
    count += 1
print("count", count, "x", x)
