# Operators on strings: concatenation, repetition, comparison, in, indexing errors.
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a + " " + b, "-" * 20)
print("" * 5 == "", "ab" * 0, "ab" * -1 == "")
print(a < b, a > b, a == "foo", "Foo" < "foo", "abc" <= "abc")
print(len(a + b), (a + b)[2:4])
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
print("x" in "xyz", "yz" in "xyz", "zy" in "xyz")
print(str(1) + str(2), int("1") + int("2"))
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError", e)
try:
    print("a" - "b")
except TypeError as e:
    print("TypeError", e)
words = ["x", "y", "z"]
print("+".join(words), "".join(reversed(words)))
line = "=" * 10
print(line + "\n" + "|" + " " * 8 + "|" + "\n" + line)
print(ord("a") < ord("b"), chr(ord("a") + 1))
print(max("hello"), min("hello"), sorted("hello"))
print(str(3.5) + "!", repr("q") + "!")
