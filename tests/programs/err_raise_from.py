# Uncaught exception raised `from` another: the last stderr line is the outer exception.
class PortError(Exception):
    pass
def parse_port(s):
    try:
        n = int(s)
    except ValueError as e:
        raise PortError("invalid port: " + s) from e
    if not 0 < n < 65536:
        raise PortError("port out of range: %d" % n)
    return n
for s in ["8080", "443", "99999", "x"]:
    try:
        print(s, "->", parse_port(s))
    except PortError as e:
        print(s, "-> error:", e, "| cause:", type(e.__cause__).__name__)
print("strict parse")
print(parse_port("22"))
print(parse_port("80a"))
print("not reached")
