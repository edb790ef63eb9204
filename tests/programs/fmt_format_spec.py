# str.format / format(): fill, align, sign, width, grouping, precision.
for spec in ["<8", ">8", "^8", "*<8", "*>8", "*^8", "08", "=8", "+", "-", " ", "+8", " 8", "=+8", "0=8"]:
    print(repr(spec), "|" + format(42, spec) + "|" + format(-42, spec) + "|")
for spec in ["<10", ">10", "^10", ".^10", "10.3", "<10.1", ".2", "3"]:
    print(repr(spec), "|" + format("text", spec) + "|")
for spec in ["", ",", "_", "+,", ">15,", "015,", "^15_"]:
    print(repr(spec), "|" + format(1234567, spec) + "|" + format(-9876543210, spec) + "|")
for spec in [".2f", "10.3f", "<10.1f", "+.3f", ",.2f", "_.1f", "08.2f", " .4f", ".0f", "^12.2f"]:
    print(repr(spec), "|" + format(3141.59265, spec) + "|" + format(-0.5, spec) + "|")
print("|{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"))
print("|{:*^20}|".format(" centered "))
print("|{:-<12}|{:->12}|".format("left", "right"))
print("{:,}".format(1000), "{:,}".format(999), "{:,}".format(0), "{:,.3f}".format(1234.5))
print("{:_}".format(123456789), "{:+d}".format(5), "{: d}".format(5), "{:+d}".format(-5))
print(format(0.5, "^7"), format(-0.0, "+"), format(12, ""), format("s", ""))
rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.25), ("Thingamajig", 1, 199.999)]
print("{:<12}|{:>5}|{:>10}".format("Name", "Qty", "Price"))
print("-" * 29)
for name, q, p in rows:
    print("{:<12}|{:>5d}|{:>10.2f}".format(name, q, p))
print("{:<12}|{:>5d}|{:>10,.2f}".format("Total", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
