# timeit: Timer with string and callable statements, setup, globals=, repeat,
# autorange with a fake clock, the compile-time errors, and main's exit codes;
# only deterministic facts are printed (counts, types, signs), never times
import gc
import io
import sys
import timeit

calls = [0]


def work():
    calls[0] += 1


r = timeit.timeit(work, number=250)
print(type(r).__name__, r >= 0, calls[0])
calls[0] = 0
rs = timeit.repeat(work, repeat=4, number=25)
print(len(rs), all(type(x) is float and x >= 0 for x in rs), calls[0])

setups = [0]


def setup():
    setups[0] += 1


calls[0] = 0
t = timeit.Timer(work, setup)
t.repeat(3, 10)
print('stmt ran', calls[0], 'setup ran', setups[0])

print(timeit.timeit('x = 2 ** 10', number=1000) >= 0)
print(timeit.timeit('y = x * 2', setup='x = 21', number=500) >= 0)
ns = {'acc': []}
timeit.timeit('acc.append(len(acc))', number=7, globals=ns)
print(ns['acc'])
ns = {'total': [0]}
timeit.Timer('total[0] += i', setup='i = 3', globals=ns).timeit(11)
print(ns['total'])
print(timeit.Timer('for k in range(3):\n    pass', 'import math\nv = math.pi').timeit(5) >= 0)


def attempt(*args, **kw):
    try:
        timeit.Timer(*args, **kw)
        print('ok')
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__)


attempt('x = (')
attempt('pass', 'x = (')
attempt('return 1')
attempt('pass', 'return')
attempt(42)
attempt('pass', 42)
attempt(work, 'a = 1')
attempt('a + 1', work)

try:
    timeit.Timer('1 / 0').timeit(3)
except ZeroDivisionError as e:
    print('raised:', e)

clock = [0.0]


def tick():
    clock[0] += 0.01


tried = []
t = timeit.Timer(tick, timer=lambda: clock[0])
number, taken = t.autorange(lambda n, secs: tried.append(n))
print(number, round(taken, 6), tried)
fake = timeit.Timer('pass', timer=lambda: 5.0)
print(fake.timeit(100), fake.repeat(2, 3))

print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat)
src = timeit.Timer('a = 1\nb = 2', 'c = 3').src
print('\n'.join(line.rstrip() for line in src.splitlines() if line.strip()))

gc.disable()
timeit.timeit(number=1)
print('gc stays off:', gc.isenabled() is False)
gc.enable()
timeit.timeit(number=1)
print('gc back on:', gc.isenabled())

out, err = sys.stdout, sys.stderr
sys.stdout = io.StringIO()
sys.stderr = io.StringIO()
codes = [timeit.main(['-n', '2', '-r', '2', '-s', 'import math', 'math.sqrt(2)']),
         timeit.main(['--bogus']),
         timeit.main(['-u', 'weeks', 'pass']),
         timeit.main(['-n', '1', '-r', '1', '1 / 0']),
         timeit.main(['-h'])]
text = sys.stdout.getvalue()
sys.stdout, sys.stderr = out, err
print(codes)
print('loops, best of 2' in text, 'use -h/--help for command line help' in text)
