# Re-raising a caught exception inside another handler: its __context__ is the
# exception being handled and the link back is cut, as in CPython.
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b")
        except TypeError as t:
            tt = t
            raise e
except ValueError as v:
    print(repr(v.__context__), repr(tt.__context__))
