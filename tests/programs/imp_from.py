# from m import a, b: names are bound in the importer; rebinding does not affect the module.
from lib_util import add, PI, Stack, greet
from lib_util import counter_value, bump
import lib_util
print(add(2, 3), PI, greet("you"))
s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.size())
print(counter_value(), bump(), bump(), counter_value(), lib_util.COUNTER)
PI = 3
print(PI, lib_util.PI)
print(add is lib_util.add, Stack is lib_util.Stack)
def use_stack(values):
    st = Stack()
    for v in values:
        st.push(v)
    out = []
    while st.size():
        out.append(st.pop())
    return out
print(use_stack([1, 2, 3]), use_stack("ab"))
from lib_util import greet as hello
print(hello("again"), hello is greet)
print(bump(), lib_util.COUNTER, counter_value())
