# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys
def check(args):
    print("checking", args)
    if len(args) < 2:
        sys.exit("usage: prog A B")
    return args[0] + args[1]
print(check(["x", "y"]))
try:
    check([])
except SystemExit as e:
    print("caught SystemExit:", e.code)
print(check(["a", "b", "c"]))
print(check(["only-one"]))
print("not reached")
