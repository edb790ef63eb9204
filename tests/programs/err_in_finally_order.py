# The finally block and with-exit run (and print) before the uncaught exception ends the program.
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name)
        return False
def work(fail):
    with Ctx("outer"):
        with Ctx("inner"):
            try:
                print("working, fail =", fail)
                if fail:
                    raise KeyError("lost")
                print("work done")
            finally:
                print("finally")
work(False)
work(True)
print("not reached")
