# Thread target with positional args, keyword args and both; results are
# collected in a dict keyed by the thread's job and printed after join.
import threading

results = {}

def work(job, a, b=10, *rest, scale=1, **extra):
    results[job] = (a + b + sum(rest)) * scale, sorted(extra.items())

def no_args():
    results["none"] = "ran"

threads = [
    threading.Thread(target=work, args=("pos", 1, 2)),
    threading.Thread(target=work, args=("default", 5)),
    threading.Thread(target=work, args=("star", 1, 2, 3, 4), kwargs={"scale": 3}),
    threading.Thread(target=work, kwargs={"job": "kw", "a": 7, "b": 8}),
    threading.Thread(target=work, args=("extra", 1), kwargs={"z": 26, "y": 25}),
    threading.Thread(target=no_args),
    threading.Thread(target=print, args=("printed", "by", "thread"), kwargs={"sep": "-"}),
]
for t in threads:
    t.start()
    t.join()          # one at a time: the print above stays in order
for k in sorted(results):
    print(k, results[k])

# a Thread without a target does nothing and finishes
t = threading.Thread()
t.start()
t.join()
print("no target alive:", t.is_alive())

# bound methods are fine targets
class Acc:
    def __init__(self):
        self.items = []
    def add(self, *xs):
        self.items.extend(xs)
acc = Acc()
t = threading.Thread(target=acc.add, args=(3, 1, 2))
t.start()
t.join()
print(acc.items)

# the return value of the target is discarded; join returns None
t = threading.Thread(target=lambda: 42)
t.start()
print("join returns", t.join())
