# Benchmark string_work: building, splitting, joining, searching, replacing
# and formatting strings. Prints checksums.
def run(n):
    parts = []
    for i in range(n):
        parts.append("item%d" % i)
    s = ",".join(parts)
    fields = s.split(",")
    count = 0
    for f in fields:
        if f.startswith("item1") and f.endswith("7"):
            count += 1
    up = s.upper().replace("ITEM", "x")
    found = 0
    pos = up.find("x9")
    while pos >= 0 and found < 100000:
        found += 1
        pos = up.find("x9", pos + 1)
    text = ""
    for i in range(n // 10):
        text = f"{i:>6}|{i * 3:x}|" + str(i)[::-1]
    return len(s), count, len(up), found, text


print("string_work", run(250_000))
