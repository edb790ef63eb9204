# logging package: logger hierarchy, levels, handlers, formatters (three
# styles), filters, basicConfig, lastResort, exceptions and threads.
import io
import sys
import threading
import logging

FIXED = 1700000000.125


def fixed_time(record):
    record.created = FIXED
    record.msecs = 125.0
    return True


print("-- levels")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print(logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))

print("-- hierarchy")
root = logging.getLogger()
print(root is logging.root, logging.getLogger("root") is root, root.name)
deep = logging.getLogger("app.db.pool")
print(deep.parent is root)
app = logging.getLogger("app")
mid = logging.getLogger("app.db")
print(deep.parent is mid, mid.parent is app, app.parent is root)
print(app.getChild("db") is mid, logging.getLogger("app.db") is mid)
print(repr(root), repr(deep))

print("-- handlers and levels")
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s"))
app.addHandler(h)
app.setLevel(logging.INFO)
print(deep.getEffectiveLevel(), deep.isEnabledFor(logging.DEBUG), deep.isEnabledFor(30))
deep.debug("hidden")
deep.info("pool size %d", 5)
mid.warning("dict args %(host)s:%(port)d", {"host": "db", "port": 5432})
deep.log(25, "custom level")
app.error("error in %s", "app")
app.critical("critical!")
print(out.getvalue(), end="")
print(app.hasHandlers(), deep.hasHandlers(), logging.getLogger("other").hasHandlers())

print("-- propagate and handler level")
out2 = io.StringIO()
h2 = logging.StreamHandler(out2)
h2.setLevel(logging.ERROR)
mid.addHandler(h2)
mid.propagate = False
deep.warning("stays in app.db")
deep.error("reaches h2 only")
mid.propagate = True
deep.error("reaches both")
print(repr(out2.getvalue()))
print(out.getvalue().splitlines()[-1])
mid.removeHandler(h2)

print("-- filters")
out.seek(0)
out.truncate()


class NoSecrets(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()


flt = NoSecrets()
h.addFilter(flt)
deep.info("a secret")
deep.info("public")
h.removeFilter(flt)
only_db = logging.Filter("app.db")
app.addFilter(only_db)
app.info("app itself is not app.db")
app.removeFilter(only_db)
h.addFilter(lambda record: record.levelno >= logging.WARNING)
deep.info("dropped by callable")
deep.warning("kept by callable")
print(out.getvalue(), end="")
h.filters.clear()
print(only_db.filter(logging.makeLogRecord({"name": "app.db.x"})),
      only_db.filter(logging.makeLogRecord({"name": "app.dbx"})))

print("-- styles and record attributes")
for fmt, style in (("%(levelno)s %(module)s %(message)s", "%"),
                   ("{levelname}/{name}: {message!r}", "{"),
                   ("$levelname - ${name} - $message", "$")):
    out.seek(0)
    out.truncate()
    h.setFormatter(logging.Formatter(fmt, style=style))
    deep.warning("styled")
    print(out.getvalue(), end="")
h.setFormatter(logging.Formatter("%(asctime)s %(msecs)03d %(message)s"))
h.addFilter(fixed_time)
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
rec = logging.makeLogRecord({"msg": "m %s", "args": ("x",), "created": FIXED,
                             "msecs": 125.0})
print(fmt.format(rec), rec.message)
logging.Formatter.converter = __import__("time").gmtime
print(logging.Formatter().formatTime(rec))
print(logging.Formatter().formatTime(rec, "%H:%M:%S"))
for bad in ("no fields", "{missing"):
    try:
        logging.Formatter(bad)
        print("accepted", bad)
    except ValueError as e:
        print("ValueError", e)
h.filters.clear()
h.setFormatter(logging.Formatter("%(name)s %(user)s %(message)s"))
out.seek(0)
out.truncate()
deep.warning("with extra", extra={"user": "ann"})
adapter = logging.LoggerAdapter(deep, {"user": "bob"})
adapter.error("via adapter")
print(out.getvalue(), end="")
try:
    deep.warning("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)

print("-- exception")
out.seek(0)
out.truncate()
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
try:
    {}["nope"]
except KeyError:
    app.exception("lookup failed")
    text = out.getvalue()
print(text.splitlines()[0], text.splitlines()[1], text.splitlines()[-1])

print("-- basicConfig, lastResort, disable")
old_stderr = sys.stderr
sys.stderr = sys.stdout
logging.getLogger("lonely").warning("last resort: %s", "bare")
logging.getLogger("lonely").info("not shown")
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="{levelname}:{name}:{message}", style="{")
logging.debug("root debug")
logging.basicConfig(format="ignored %(message)s")
logging.info("second basicConfig ignored")
logging.basicConfig(force=True, stream=sys.stdout)
logging.warning("forced default format")
for kw in ({"stream": sys.stdout, "filename": "x.log"}, {"style": "?"},
           {"force": True, "stream": sys.stdout, "colour": 1}):
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print("ValueError", e)
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("above the disable level")
logging.disable(logging.NOTSET)
sys.stderr = old_stderr

print("-- threads")
tout = io.StringIO()
th = logging.StreamHandler(tout)
th.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
tlog = logging.getLogger("threads")
tlog.propagate = False
tlog.addHandler(th)


def work(n):
    for i in range(100):
        tlog.warning("%d", n)


threads = [threading.Thread(target=work, args=(n,), name="W%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = tout.getvalue().splitlines()
print(len(lines), all(line == "W%s %s" % (line[-1], line[-1]) for line in lines))
logging.shutdown()
