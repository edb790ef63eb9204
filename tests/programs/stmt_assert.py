# assert statements, caught AssertionError.
assert True
assert 1 + 1 == 2, "math works"
print("asserts passed")
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError", repr(str(e)), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError", e)
def checked_sqrt(x):
    assert x >= 0, "negative input: %r" % x
    return x ** 0.5
for v in [16, 2.25, -4]:
    try:
        print(v, checked_sqrt(v))
    except AssertionError as e:
        print(v, "failed:", e)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message not evaluated when true:", calls)
try:
    assert [], msg()
except AssertionError as e:
    print("empty list is falsy:", e, calls)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args)
print(isinstance(AssertionError(), Exception))
