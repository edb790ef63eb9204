# chr() and ord(): ASCII table, caesar cipher.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("~"))
print(chr(65), chr(97), chr(48), repr(chr(10)), repr(chr(0)), chr(126))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(c) for c in range(65, 91)))
print(all(chr(ord(c)) == c for c in "Hello, World!"))
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Attack at Dawn, xyz!", 3)
print(enc, caesar(enc, -3))
def checksum(s):
    total = 0
    for ch in s:
        total = (total * 31 + ord(ch)) % 1000000007
    return total
print(checksum("hello"), checksum("world"), checksum(""))
print(sorted("Python", key=ord), max("zebra", key=ord), [ord(c) - ord("0") for c in "2024"])
print(chr(ord("a") - 32), ord("z") - ord("a") + 1)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError", e)
