# Word-frequency counter over a literal text.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way."""
def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()
ws = words(TEXT)
print("total words:", len(ws))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
print("distinct words:", len(freq))
items = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in items[:12]:
    print("%-12s %3d %s" % (w, n, "*" * n))
print(sorted(freq.items())[:8])
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest)
once = sorted(w for w, n in freq.items() if n == 1)
print("hapax legomena:", len(once), once[:6])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", top)
lines = TEXT.split("\n")
for i, line in enumerate(lines, 1):
    print("%d: %2d words, %2d chars" % (i, len(line.split()), len(line)))
