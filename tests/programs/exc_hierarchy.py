# Catching via base classes: ArithmeticError, LookupError, Exception, BaseException.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "overflow":
        raise OverflowError("too big")
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][1]
    if kind == "value":
        return int("v")
    if kind == "runtime":
        raise RuntimeError("rt")
    if kind == "notimpl":
        raise NotImplementedError("todo")
    if kind == "recursion":
        raise RecursionError("deep")
    if kind == "memory":
        raise MemoryError("mem")
    if kind == "assert":
        assert False, "asserted"
    if kind == "name":
        return undefined_thing
    if kind == "attr":
        return (1).nope
    if kind == "stop":
        raise StopIteration
    if kind == "base":
        raise BaseException("base only")
    return "fine"
kinds = ["ok", "zero", "overflow", "key", "index", "value", "runtime", "notimpl", "recursion",
         "memory", "assert", "name", "attr", "stop", "base"]
for k in kinds:
    try:
        result = risky(k)
        print(k, "->", result)
    except ArithmeticError as e:
        print(k, "ArithmeticError branch:", type(e).__name__, e)
    except LookupError as e:
        print(k, "LookupError branch:", type(e).__name__, e)
    except RuntimeError as e:
        print(k, "RuntimeError branch:", type(e).__name__, e)
    except Exception as e:
        print(k, "Exception branch:", type(e).__name__, e)
    except BaseException as e:
        print(k, "BaseException branch:", type(e).__name__, e)
chain = [ZeroDivisionError, OverflowError, KeyError, IndexError, RecursionError, NotImplementedError,
         ValueError, TypeError, NameError, AttributeError, AssertionError, StopIteration, MemoryError]
for cls in chain:
    bases = [b.__name__ for b in [ArithmeticError, LookupError, RuntimeError, Exception, BaseException] if issubclass(cls, b)]
    print(cls.__name__, bases)
