# Exception chaining: __cause__, __context__, raise from, nested handlers, finally ordering.
class ConfigError(Exception):
    pass
def load(key):
    data = {"port": "80x"}
    try:
        return int(data[key])
    except KeyError as e:
        raise ConfigError("missing key " + key) from e
    except ValueError as e:
        raise ConfigError("bad value for " + key) from e
for key in ["host", "port"]:
    try:
        load(key)
    except ConfigError as e:
        print(e, "<- caused by", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        raise ValueError("orig")
    except ValueError as inner:
        raise KeyError("new") from None
except KeyError as e:
    print(e, e.__cause__)
def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise IndexError("i")
        finally:
            log.append("inner finally")
    except IndexError:
        log.append("handler")
    finally:
        log.append("outer finally")
    return log
print(cleanup_order())
def level3():
    raise ValueError("deep error")
def level2():
    try:
        level3()
    except ValueError as e:
        raise RuntimeError("level2 failed") from e
def level1():
    try:
        level2()
    except RuntimeError as e:
        return "level1 handled: %s (cause: %s)" % (e, e.__cause__)
print(level1())
e1 = ValueError("standalone")
print(e1.__cause__, e1.__context__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__)
