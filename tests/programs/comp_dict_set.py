# Dict and set comprehensions.
squares = {n: n * n for n in range(6)}
print(squares)
words = ["apple", "bob", "kiwi", "melon", "fig"]
lengths = {w: len(w) for w in words}
print(lengths)
print({w: n for w, n in lengths.items() if n > 3})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inv)
print({i: [j for j in range(i)] for i in range(4)})
print({x % 5 for x in range(20)})
print(sorted({len(w) for w in words}))
print({c for c in "abracadabra"} == set("abracadabra"), len({c for c in "abracadabra"}))
print(sorted({c for c in "abracadabra"}))
evens = {n for n in range(7) if n % 2 == 0}
print(evens, 4 in evens, 5 in evens)
grid = {(x, y): x * y for x in range(3) for y in range(3) if x <= y}
print(grid)
text = "the cat and the hat and the bat"
freq = {w: text.split().count(w) for w in text.split()}
print(freq)
print({k: v for k, v in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))})
d = {str(i): i for i in range(3)}
d.update({str(i): -i for i in range(2, 5)})
print(d)
print({k: k.upper() for k in ""}, {x for x in []} == set())
