# list methods: append pop insert extend index remove sort reverse count copy clear.
lst = [3, 1, 4]
lst.append(1)
print(lst)
lst.extend([5, 9])
print(lst)
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(3, "mid")
lst.insert(100, "end")
lst.insert(-1, "before-end")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(1), lst.index(1, 3), lst.count(1), lst.count("zz"))
lst.remove(1)
print(lst)
nums = [5, 2, 8, 1]
nums.sort()
print(nums)
nums.reverse()
print(nums)
c = nums.copy()
c.append(0)
print(nums, c, c is nums)
c.clear()
print(c, len(c))
print([].copy(), [1, 2] + [3], [0] * 3)
stack = []
for i in range(4):
    stack.append(i * i)
print("stack", stack)
while stack:
    print("popped", stack.pop())
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
print(nums.append(7), nums.sort(), nums.reverse(), nums)
matrix = [[1, 2], [3, 4]]
shallow = matrix.copy()
shallow[0].append(99)
print(matrix, shallow)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError", e)
try:
    ["a"].index("b")
except ValueError as e:
    print("ValueError", e)
