# A module that raises at import time: the error propagates to the importer.
print("before import")
try:
    import lib_broken
except ZeroDivisionError as e:
    print("import failed:", type(e).__name__, e)
print("after failed import")
try:
    import no_such_module_anywhere
except ImportError as e:
    print("ImportError caught:", e)
import lib_util
print(lib_util.add(20, 22))
def safe_import_twice():
    results = []
    for _ in range(2):
        try:
            import another_missing_module_name
            results.append("imported")
        except ImportError:
            results.append("missing")
    return results
print(safe_import_twice())
print(lib_util.greet("after errors"))
print("end")
