# sys.exit(0) ends the program with status 0; nothing after it runs; finally blocks and __exit__ run.
import sys
class Guard:
    def __enter__(self):
        print("guard enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("guard exit with", exc_type.__name__ if exc_type else None)
        return False
def process(items):
    for it in items:
        print("item", it)
        if it == "stop":
            sys.exit(0)
def main():
    print("working")
    with Guard():
        try:
            process(["a", "b", "stop", "never"])
        finally:
            print("finally runs during exit")
    print("not reached")
try:
    sys.exit(7)
except SystemExit as e:
    print("first exit caught, code", e.code)
main()
print("not reached either")
