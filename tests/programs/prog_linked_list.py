# A singly linked list class with __iter__, __len__, __getitem__, __contains__, __repr__.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in items:
            self.append(x)
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1
    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError("%r not in list" % (value,))
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        for k, v in enumerate(self):
            if k == i:
                return v
    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
ll = LinkedList([3, 1, 4])
print(ll, len(ll))
ll.append(1)
ll.prepend(9)
print(ll, len(ll), ll[0], ll[-1], ll[2])
print(4 in ll, 7 in ll, list(ll), sorted(ll), sum(ll), max(ll))
ll.remove(1)
print(ll)
ll.reverse()
print(ll, [v * 2 for v in ll])
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty), 1 in empty)
words = LinkedList("hello")
print(words, "".join(words))
for i, v in enumerate(LinkedList(["a", "b"])):
    print(i, v)
