# Strings as sequences: iteration, indexing, immutability, membership, comparisons.
s = "abcdef"
for i, ch in enumerate(s):
    print(i, ch, ord(ch), s[i] == ch, s[-(i + 1)])
print(list(s), tuple(s[:2]), set(s) == set("fedcba"), sorted(s, reverse=True))
print(s[1:4], s[::2], s[::-1], s[-2:], s[100:], len(s))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print("vowels", vowels)
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts)
rev = ""
for c in "hello":
    rev = c + rev
print(rev)
print("abc" * 2, "-".join("abc"), "abc" + "def", "b" in "abc", "bd" in "abcd")
word = "level"
print(word == word[::-1], "python" == "python"[::-1])
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
mutated = "z" + s[1:]
print(mutated, s)
print(str(123)[0], str(-4.5)[1:], "".join(sorted("dcba")))
print("a" < "b" < "c", "Apple" < "apple", "abc" < "abcd", "b" > "abc", min("cab"), max("cab"))
lines = ["first", "second", "third"]
for n, line in enumerate(lines, 1):
    print("%2d: %s" % (n, line.upper()))
