# Less common str methods (still common in scripts): padding, predicates, title/swapcase.
print("hello world".title(), "hELLo".swapcase(), "o'neil mc-doo".title())
print("Title Case".istitle(), "not Title".istitle(), "ABC".isupper(), "AbC".isupper(), "abc1".islower())
print("abc".center(10) + "|", "|" + "abc".center(10, "-") + "|", "|" + "ab".center(5) + "|", "|" + "abc".center(2) + "|")
print("|" + "left".ljust(10) + "|" + "right".rjust(10) + "|" + "dots".ljust(8, ".") + "|")
print("7".zfill(3), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "-0.5".zfill(6))
print("hello".startswith("ell", 1), "hello".endswith("ell", 0, 4), "hello".find("l", -2), "hello".rfind("l", 0, 3))
print("ABC".isalpha(), "Ab C".isalpha(), "a1".isalnum(), "a_1".isalnum(), "007".isdigit(), "-1".isdigit())
text = "The rain in Spain stays mainly in the plain"
print(text.count("ain"), text.lower().count("the"), text.find("Spain"), text.rfind("ain"), text.index("in"), text.rindex("in"))
print(text.upper()[:8], text.lower().split()[-1], text.replace(" ", "")[:10], text.count(" ") + 1)
print("  padded  ".strip(" d"), "xxabcxx".lstrip("x"), "xxabcxx".rstrip("x"), "www.example.com".strip("cmow."))
print("one\ttwo".replace("\t", "    "), "a,b;c".replace(";", ",").split(","))
print("CamelCaseString".lower(), "snake_case_name".replace("_", " ").title().replace(" ", ""))
table = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in table:
    print(name.ljust(12) + str(qty).rjust(4) + ("%.2f" % price).rjust(8))
print("=" * 24)
print("total".ljust(12) + str(sum(q for _, q, _ in table)).rjust(4))
print("a:b:c".partition(":"), "a:b:c".rpartition(":"), "abc".partition("abc"))
print("x\ny\n".splitlines(), "  multiple   spaces  ".split(" "))
