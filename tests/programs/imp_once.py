# A module beside the program runs exactly once, however it is imported.
print("program start")
import lib_once
print("after first import, loads =", lib_once.LOADS)
import lib_once
print("after second import")
from lib_once import value, LOADS
print("after from-import, value =", value(), "LOADS =", LOADS)
import lib_once as again
print("alias is same module:", again is lib_once, again.LOADS)
import lib_user_of_once
print("lib_user_of_once sees:", lib_user_of_once.seen)
lib_once.state.append("from program")
print(lib_user_of_once.peek())
def later():
    import lib_once
    return lib_once.value()
print("import inside function:", later())
print("program end")
def import_many_times(n):
    for _ in range(n):
        import lib_once
        from lib_once import value
    return value()
print("many imports:", import_many_times(5), lib_once.LOADS)
