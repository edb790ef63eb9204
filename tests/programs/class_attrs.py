# getattr / setattr / hasattr, AttributeError messages, type(obj).__name__.
class Config:
    debug = False
    def __init__(self):
        self.name = "app"
        self.port = 8080
    def url(self):
        return "http://localhost:%d/%s" % (self.port, self.name)
c = Config()
print(getattr(c, "name"), getattr(c, "port"), getattr(c, "debug"), getattr(c, "missing", "default"))
setattr(c, "port", 9090)
setattr(c, "extra", [1, 2])
print(c.port, c.extra, c.url(), getattr(c, "url")())
print(hasattr(c, "name"), hasattr(c, "nothing"), hasattr(c, "url"), hasattr(Config, "debug"))
for field in ["name", "port", "debug"]:
    print(field, "=", getattr(c, field))
setattr(Config, "debug", True)
print(c.debug, Config().debug)
try:
    c.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, "nothing")
except AttributeError as e:
    print("AttributeError", e)
try:
    Config.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".append("x")
except AttributeError as e:
    print("AttributeError", e)
try:
    [].push(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError", e)
for v in [1, 1.5, "s", [1], (1,), {"a": 1}, {1}, None, True, c, Config, range(2)]:
    print(type(v).__name__, end=" ")
print()
print(type(c) is Config, type(c) == Config, type(c).__name__ == "Config")
class Dyn:
    pass
d = Dyn()
for i in range(3):
    setattr(d, "f%d" % i, i * i)
print([getattr(d, "f%d" % i) for i in range(3)], d.f2)
