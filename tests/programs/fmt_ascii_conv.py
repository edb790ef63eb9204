# The !a conversion and %a escape non-ASCII characters, as ascii() does.
x = "é€😀"
print(f"{x!a}", "{!a}".format(x), "%a" % x, ascii(x), f"{x!a:>20}|", "{0!a:^12}".format("ü"))
