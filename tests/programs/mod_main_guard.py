# __name__ is "__main__" for the program; a module sees its own name.
import lib_names
print("program __name__:", __name__)
print("module reports:", lib_names.module_name())
print("module-level value:", lib_names.MODULE_NAME)
def main():
    print("main() called")
    return 0
if __name__ == "__main__":
    print("running as main")
    main()
else:
    print("imported, not reached")
def helper():
    return __name__
print("helper sees:", helper())
class Widget:
    def where(self):
        return __name__
print("class method sees:", Widget().where())
print(lib_names.module_name() == "lib_names", __name__ == "__main__")
