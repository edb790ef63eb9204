# Slicing with start/stop/step, negatives, out-of-range bounds, and on str/tuple.
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[:], lst[-3:], lst[:-3], lst[-5:-2])
print(lst[::2], lst[1::2], lst[::-1], lst[::-2], lst[8:2:-2], lst[2:8:3])
print(lst[5:2], lst[100:], lst[-100:2], lst[3:100], lst[::100], lst[-1:-4:-1])
s = "Hello, World"
print(s[:5], s[7:], s[::-1], s[::3], s[-5:], s[1:-1], s[4:4] == "")
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-1], t[::2], type(t[1:3]).__name__)
for start in [None, 0, 2, -2]:
    for stop in [None, 3, -1]:
        print(start, stop, lst[start:stop], s[start:stop])
for step in [1, 2, 3, -1, -3]:
    print("step", step, lst[::step], s[::step])
copy = lst[:]
copy[0] = 99
print(lst[0], copy[0], copy is lst)
print("racecar"[::-1] == "racecar", "abc"[::-1])
n = 3
print(lst[n:n + 3], lst[-n:], s[:n] + s[-n:])
words = ["a", "b", "c", "d", "e"]
print(words[1:4], " ".join(words[::-1]))
try:
    print(lst[::0])
except ValueError as e:
    print("ValueError", e)
