# Wrong argument counts to built-in functions and methods: CPython's wording
# ("list.append() takes exactly one argument", "insert expected 2 arguments").
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
for f in [lambda: len(), lambda: abs(1, 2), lambda: divmod(1), lambda: hasattr(1), lambda: setattr(1, 2), lambda: iter(), lambda: next(),
          lambda: max(), lambda: isinstance(1), lambda: issubclass(int), lambda: getattr(1), lambda: chr(), lambda: ord(), lambda: any(), lambda: globals(1),
          lambda: vars(1, 2), lambda: dir(1, 2), lambda: input(1, 2), lambda: sorted(), lambda: [].append(), lambda: "x".upper(1), lambda: [].sort(1),
          lambda: {}.get(), lambda: [].insert(1), lambda: {}.pop(), lambda: "a".center(), lambda: "a".join(), lambda: (1).bit_length(2), lambda: [].index(),
          lambda: {}.setdefault(), lambda: set().add(), lambda: "abc".find(1), lambda: "abc".strip(1)]:
    t(f)
