# Exception notes: add_note, __notes__, printed under the exception line.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    print(e.__notes__, str(e))
try:
    (1).add_note
except AttributeError:
    print("ints have no add_note")
try:
    ValueError().add_note(5)
except TypeError as e:
    print("TypeError:", e)
e = KeyError("k")
e.add_note("first note")
e.add_note("second\nnote")
raise e
