# sys.exit(3): exit status 3, nothing printed on stderr; finally blocks still run.
import sys
def process(items):
    count = 0
    for item in items:
        if item < 0:
            print("negative item found:", item)
            return False
        count += 1
        print("processed", item)
    return True
ok = process([1, 2, 3])
print("first batch ok:", ok)
ok = process([4, -5, 6])
print("second batch ok:", ok)
try:
    if not ok:
        print("about to exit with status 3")
        sys.exit(3)
finally:
    print("finally before exit")
print("not reached")
