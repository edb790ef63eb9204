# concurrent - the package that holds concurrent.futures (see futures/);
# empty apart from this note, as in CPython.
