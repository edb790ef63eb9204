# splitlines on every line boundary; digit/numeric/printable predicates on Latin-1.
s = "a\x85b\u2028c\u2029d\r\ne\x0bf"
print(s.splitlines(), s.splitlines(True))
for t in ["123", "²", "½", "¹²³", "12½", "abc", "", "a1", "x²", "é", "\xa0", "a b", "\t", "\u200b", "ok!", "ª"]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isascii(), t.isprintable(), t.isidentifier())
