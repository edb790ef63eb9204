# Module imported by mod_main_guard.py.
MODULE_NAME = __name__
def module_name():
    return __name__
if __name__ == "__main__":
    print("lib_names run as main: not expected")
else:
    print("lib_names imported as", __name__)
