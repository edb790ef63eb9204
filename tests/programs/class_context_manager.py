# Context managers as classes: resource bookkeeping, exception info, suppression.
class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []
    def __enter__(self):
        self.events.append("start " + self.label)
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        self.events.append("stop " + self.label)
        return False
with Timer("job") as t:
    t.events.append("working")
print(t.events)
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc_value
            return True
        return False
with Suppress(KeyError, IndexError) as s:
    {}["nope"]
print("suppressed:", type(s.caught).__name__, s.caught)
with Suppress(ZeroDivisionError) as s:
    x = 1 / 0
print("suppressed:", s.caught)
try:
    with Suppress(KeyError):
        int("bad")
except ValueError as e:
    print("not suppressed:", e)
class Transaction:
    def __init__(self, data):
        self.data = data
    def __enter__(self):
        self.backup = dict(self.data)
        return self.data
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.data.clear()
            self.data.update(self.backup)
            print("rolled back because of", et.__name__)
        else:
            print("committed")
        return True
acct = {"balance": 100}
with Transaction(acct) as d:
    d["balance"] -= 30
print(acct)
with Transaction(acct) as d:
    d["balance"] -= 500
    if d["balance"] < 0:
        raise ValueError("overdrawn")
print(acct)
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *exc):
        Indent.level -= 1
    def say(self, msg):
        print("  " * Indent.level + msg)
with Indent() as a:
    a.say("level one")
    with Indent() as b:
        b.say("level two")
        with Indent() as c:
            c.say("level three")
    a.say("back to one")
print("level", Indent.level)
