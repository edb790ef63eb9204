# Uncaught custom exception defined in the program (traceback shows the bare class name).
class ConfigurationError(Exception):
    pass
class MissingOption(ConfigurationError):
    def __init__(self, name):
        super().__init__("option %r is required" % name)
        self.name = name
def configure(opts):
    print("configuring with", opts)
    if "mode" not in opts:
        raise MissingOption("mode")
    if opts["mode"] not in ("fast", "slow"):
        raise ConfigurationError("unknown mode " + opts["mode"])
    return opts["mode"]
print(configure({"mode": "fast"}))
try:
    configure({"mode": "medium"})
except ConfigurationError as e:
    print("caught:", e)
print(configure({"mode": "slow", "level": 3}))
print(configure({"level": 1}))
print("not reached")
