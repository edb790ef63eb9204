# Custom exception hierarchies, args, str/repr, catching by base class.
class ValidationError(Exception):
    pass
class RangeError(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__("%s=%r not in [%r, %r]" % (field, value, lo, hi))
        self.field = field
        self.value = value
class MissingError(ValidationError):
    def __init__(self, field):
        self.field = field
    def __str__(self):
        return "missing field: " + self.field
def validate(rec):
    if "age" not in rec:
        raise MissingError("age")
    if not 0 <= rec["age"] <= 150:
        raise RangeError("age", rec["age"], 0, 150)
    if not rec.get("name"):
        raise ValidationError("name must be non-empty")
    return "ok"
records = [{"name": "a", "age": 30}, {"name": "b"}, {"name": "c", "age": 200}, {"name": "", "age": 5}]
for r in records:
    try:
        print(validate(r))
    except RangeError as e:
        print("RangeError:", e, "| field:", e.field, "| value:", e.value)
    except ValidationError as e:
        print(type(e).__name__ + ":", e)
e = ValidationError("a", 1)
print(e.args, str(e), repr(e))
print(repr(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), repr(Exception()))
print(str(ValueError()), repr(RangeError("f", 1, 2, 3)))
print(issubclass(RangeError, Exception), issubclass(RangeError, BaseException), issubclass(ValidationError, RangeError))
class Oops(Exception):
    code = 500
try:
    raise Oops
except Oops as err:
    print("Oops code", err.code, err.args, type(err).__name__)
errors = []
for v in ["1", "x", "3", "", "5"]:
    try:
        errors.append(int(v))
    except ValueError as ex:
        errors.append(type(ex).__name__)
print(errors)
class Base(Exception):
    pass
class Child(Base):
    pass
for cls in [Base, Child, Exception]:
    try:
        raise cls("raised " + cls.__name__)
    except Child as x:
        print("caught Child handler:", x)
    except Base as x:
        print("caught Base handler:", x)
    except Exception as x:
        print("caught Exception handler:", x)
