# gc: the parts of the interface whose results do not depend on what a
# collector finds: the enable/disable flag, thresholds, debug flags, argument
# checks, the callbacks run by collect(), and the module's lists
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

n = gc.collect()
print(type(n).__name__, n >= 0)
for g in (0, 1, 2):
    print(g, type(gc.collect(g)).__name__)
print(type(gc.collect(generation=1)).__name__)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    gc.collect('2')
except TypeError as e:
    print('TypeError', e)

old = gc.get_threshold()
print(type(old).__name__, len(old), all(type(x) is int for x in old))
gc.set_threshold(500)
print(gc.get_threshold()[0], gc.get_threshold()[1:] == old[1:])
gc.set_threshold(800, 20, 30)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold()[0])
for args in ((), (1, 2, 3, 4)):
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print('TypeError', e)
gc.set_threshold(*old)
print(gc.get_threshold() == old)

count = gc.get_count()
print(type(count).__name__, len(count), all(type(x) is int and x >= 0 for x in count))
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats][0])

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())

print(type(gc.garbage).__name__, gc.garbage, type(gc.callbacks).__name__)
print(type(gc.get_objects()).__name__, type(gc.get_objects(0)).__name__)
try:
    gc.get_objects(5)
except ValueError as e:
    print('ValueError', e)
print(type(gc.get_referrers(object())).__name__, type(gc.get_referents(1)).__name__)
print(gc.is_tracked(0), gc.is_tracked('text'), gc.is_tracked(None), gc.is_tracked(1.5))
print(type(gc.is_tracked([])).__name__, gc.is_finalized(3))

gc.freeze()
print(type(gc.get_freeze_count()).__name__)
gc.unfreeze()
print(gc.get_freeze_count())

events = []


def cb(phase, info):
    events.append((phase, info['generation'], sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)

for name in ('enable', 'disable', 'isenabled', 'get_count', 'freeze'):
    try:
        getattr(gc, name)(1)
    except TypeError as e:
        print('TypeError', e)
