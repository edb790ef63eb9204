# try / except / else / finally with `as`, multiple handlers, tuples of types.
def attempt(kind):
    try:
        print("  try", kind)
        if kind == "value":
            int("zz")
        elif kind == "key":
            {}["missing"]
        elif kind == "index":
            [][0]
        elif kind == "zero":
            1 / 0
        elif kind == "type":
            None + 1
        print("  no exception")
    except ValueError as e:
        print("  ValueError handler:", e)
    except (KeyError, IndexError) as e:
        print("  lookup handler:", type(e).__name__, e)
    except ArithmeticError as e:
        print("  arithmetic handler:", type(e).__name__, e)
    except Exception as e:
        print("  generic handler:", type(e).__name__, e)
    else:
        print("  else clause")
    finally:
        print("  finally clause")
for kind in ["none", "value", "key", "index", "zero", "type"]:
    print(kind)
    attempt(kind)
def nested():
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
nested()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling, then raising new")
        raise ValueError("from handler")
except ValueError as e:
    print("caught", e)
try:
    x = 1
except:
    print("bare except not reached")
else:
    print("else with x =", x)
try:
    raise KeyError("k")
except:
    print("bare except caught")
e = "before"
try:
    raise RuntimeError("boom")
except RuntimeError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print("after except, name deleted:", err)
