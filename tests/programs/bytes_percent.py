# %-formatting of bytes: %s and %b take bytes, %r and %a give ascii(), %c an int or one byte; keys of a mapping are bytes
print(b"%d-%s-%r-%x" % (5, b"ab\xff", "é", 255))
print(b"%5s|%-5s|%.2s" % (b"ab", b"cd", b"xyz"), b"%c%c" % (65, b"B"), b"%b" % b"raw", b"%a" % "é", b"%%")
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 3}, b"%05.1f" % 3.14159, b"%s" % (b"",))
for bad in ['b"%s" % 5', 'b"%s" % "str"', 'b"%d %d" % (1,)', 'b"%d" % (1, 2)', 'b"%c" % 256', 'b"%c" % "x"', 'b"%y" % 1', '"%b" % b"x"']:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print("%s" % b"x", "%r" % b"y", "%s %s" % (b"a", "b"))
