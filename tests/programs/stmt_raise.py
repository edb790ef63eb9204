# raise: instances, classes, re-raise, raise from, custom exceptions.
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__("table %s failed with %d" % (table, code))
        self.table = table
        self.code = code
try:
    raise ValueError("plain value error")
except ValueError as e:
    print(type(e).__name__, e, e.args)
try:
    raise KeyError
except KeyError as e:
    print("class raised:", type(e).__name__, repr(str(e)), e.args)
try:
    raise DbError("users", 42)
except AppError as e:
    print(type(e).__name__, e, e.table, e.code, isinstance(e, Exception))
def reraise():
    try:
        [].pop()
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised:", e)
try:
    try:
        {}["x"]
    except KeyError as e:
        raise AppError("lookup failed") from e
except AppError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e, "| context:", type(e.__context__).__name__, e.__context__, "| cause:", e.__cause__)
try:
    raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(e, e.__cause__)
def check(age):
    if age < 0:
        raise ValueError("age must be non-negative, got %d" % age)
    return age
for a in [5, -1]:
    try:
        print("ok", check(a))
    except ValueError as e:
        print("error:", e)
try:
    raise Exception("multi", "args", 3)
except Exception as e:
    print(e, e.args, len(e.args))
err = TypeError("stored")
try:
    raise err
except TypeError as e:
    print(e is err, e)
try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", type(e).__name__, e)
