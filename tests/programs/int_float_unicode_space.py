# int() and float() strip Unicode whitespace around the number.
print(int(" 12\xa0"), int("\u2003-7\u3000"), float("1.5\u2003"), float("\xa0 2e3 \n"), int("0x1f\xa0", 16), int(" 1_000 "))
for s in ["1\u200b", "\xa0", "", "1 2"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
