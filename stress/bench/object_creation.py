# Benchmark object_creation: creating many small instances, tuples, lists
# and dicts, linking them into a list of trees and walking it.
class Node:
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def build(depth, value):
    if depth == 0:
        return Node(value, None, None)
    return Node(value, build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1))


def total(node):
    if node is None:
        return 0
    return node.value + total(node.left) + total(node.right)


def run(rounds):
    s = 0
    for r in range(rounds):
        t = build(12, 1)
        s += total(t)
        pairs = [(i, [i], {"i": i}) for i in range(2000)]
        s += len(pairs)
    return s


print("object_creation", run(24))
