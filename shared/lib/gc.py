# gc - the interface of CPython's gc module (3.11) for an interpreter that
# has no cycle collector.  Written for twinpy.
#
# twinpy frees objects by reference counting only: nothing here ever
# collects anything, and a reference cycle stays alive until the process
# exits, whatever this module is told.  The functions keep CPython's
# signatures and argument checks and keep the state they are given, so that
# programs which tune or switch off the collector run unchanged:
#   enable/disable/isenabled   a flag, initially on; it changes nothing
#   collect(generation=2)      runs gc.callbacks ("start", then "stop") as
#                              CPython does, and returns 0 (nothing found)
#   get_count()                (0, 0, 0): no allocations are counted
#   get_threshold/set_threshold  stored and returned, (700, 10, 10) at first
#   get_debug/set_debug        stored; the DEBUG_* constants as in CPython
#   get_stats()                three generations, every count 0
#   get_objects()              [] (no list of tracked objects is kept)
#   get_referrers/get_referents  [] (no object graph is walked)
#   is_tracked/is_finalized    False: no object is tracked by a collector
#   freeze/unfreeze/get_freeze_count  no-ops; the count stays 0
#   garbage, callbacks         lists, as in CPython; garbage stays empty
# Deviations: all of the above where CPython would report real objects,
# counts or collections.

import _thread

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_lock = _thread.allocate_lock()
_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def _index(x):
    if isinstance(x, int):
        return int(x)
    f = getattr(type(x), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return f(x)


def _no_args(name, args):
    if args:
        raise TypeError("gc.%s() takes no arguments (%d given)" % (name, len(args)))


def enable(*args):
    """Enable automatic garbage collection."""
    global _enabled
    _no_args("enable", args)
    _enabled = True


def disable(*args):
    """Disable automatic garbage collection."""
    global _enabled
    _no_args("disable", args)
    _enabled = False


def isenabled(*args):
    """Returns true if automatic garbage collection is enabled."""
    _no_args("isenabled", args)
    return _enabled


def collect(generation=2):
    """Run the garbage collector.

With no arguments, run a full collection.  The optional argument
may be an integer specifying which generation to collect.  A ValueError
is raised if the generation number is invalid.

The number of unreachable objects is returned."""
    generation = _index(generation)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    for phase in ("start", "stop"):
        for cb in list(callbacks):
            cb(phase, {"generation": generation, "collected": 0,
                       "uncollectable": 0})
    return 0


def get_count(*args):
    """Return a three-tuple of the current collection counts."""
    _no_args("get_count", args)
    return (0, 0, 0)


def get_threshold(*args):
    """Return the current collection thresholds."""
    _no_args("get_threshold", args)
    return _threshold


def set_threshold(*args):
    """set_threshold(threshold0, [threshold1, threshold2]) -> None

Sets the collection thresholds.  Setting threshold0 to zero disables
collection.
"""
    global _threshold
    if not args:
        raise TypeError("set_threshold() takes at least 1 argument (0 given)")
    if len(args) > 3:
        raise TypeError("set_threshold() takes at most 3 arguments (%d given)" % len(args))
    vals = [_index(a) for a in args]
    with _lock:
        t = list(_threshold)
        t[:len(vals)] = vals
        _threshold = tuple(t)


def get_debug(*args):
    """Get the garbage collection debugging flags."""
    _no_args("get_debug", args)
    return _debug


def set_debug(flags):
    """Set the garbage collection debugging flags (stored only)."""
    global _debug
    _debug = _index(flags)


def get_stats(*args):
    """Return a list of dictionaries containing per-generation statistics."""
    _no_args("get_stats", args)
    return [{"collections": 0, "collected": 0, "uncollectable": 0}
            for _ in range(3)]


def get_objects(generation=None):
    """Return a list of objects tracked by the collector (none here)."""
    if generation is not None:
        if not isinstance(generation, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(generation).__name__)
        if generation >= 3:
            raise ValueError("generation parameter must be less than the number "
                             "of available generations (3)")
    return []


def get_referrers(*objs):
    """Return the list of objects that directly refer to any of objs
    (always empty here: no object graph is kept)."""
    return []


def get_referents(*objs):
    """Return the list of objects that are directly referred to by objs
    (always empty here: no object graph is walked)."""
    return []


def is_tracked(*args):
    """Returns true if the object is tracked by the garbage collector
    (never, here)."""
    if len(args) != 1:
        raise TypeError("gc.is_tracked() takes exactly one argument (%d given)" % len(args))
    return False


def is_finalized(*args):
    """Returns true if the object has been already finalized by the GC
    (never, here)."""
    if len(args) != 1:
        raise TypeError("gc.is_finalized() takes exactly one argument (%d given)" % len(args))
    return False


def freeze(*args):
    """Freeze all current tracked objects (there are none)."""
    _no_args("freeze", args)


def unfreeze(*args):
    """Unfreeze all objects in the permanent generation."""
    _no_args("unfreeze", args)


def get_freeze_count(*args):
    """Return the number of objects in the permanent generation."""
    _no_args("get_freeze_count", args)
    return 0
