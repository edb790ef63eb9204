# stress/fuzz/badargs.py - every built-in callable, called with odd arguments.
#
# The callables are found at run time with dir(): the functions of the
# builtins module and of math, time, os, sys, _thread, threading and queue,
# the built-in types themselves, and every method of every built-in type,
# called unbound with a wrong self and with a real one.  Each is called with
# no arguments, one or two odd ones (None, -1, 2**62, NaN, a huge string and
# list, a list that contains itself, wrong types, objects whose __eq__,
# __hash__, __len__, __index__ or __iter__ raise, and ones whose __eq__ or
# __hash__ empties the very container being worked on) and odd keywords.
# Every outcome must be a return or a Python exception: a crash, a hang or
# a sanitizer report is a bug (stress/fuzz/badargs.sh finds the call).
#
# Usage: badargs.py [--list] [START [STOP]]
#   runs calls START..STOP-1 of the fixed, ordered list (default: all) and
#   prints "OK badargs calls=N raised=M"; --list prints each call first.
import sys
import math
import cmath
import time
import os
import _thread
import threading
import queue
import builtins

# Names that would end, block, fork or touch the world outside the process.
SKIP = set("""
exit quit input open print help breakpoint sleep fork _exit kill killpg abort
system execv execve execvp spawnv waitpid wait wait3 wait4 remove unlink rmdir
mkdir makedirs rename replace chdir chmod chown setsid setpgid umask pipe
read write close dup dup2 start_new_thread interrupt_main setrecursionlimit
setswitchinterval settrace setprofile stack_size excepthook listdir
putenv unsetenv getcwd license copyright credits
""".split())

MODULES = [builtins, math, cmath, time, os, sys, _thread, threading, queue]
TYPES = [int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, range, slice, object,
         type, property, staticmethod, classmethod, enumerate, zip, map,
         filter, reversed, BaseException, Exception, ValueError, KeyError,
         OSError, StopIteration, SystemExit, SyntaxError]
# types whose methods are also called with a real instance (no blocking:
# the threading and queue types' methods get only a wrong self)
REAL_SELF = [int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, range, slice,
             BaseException, ValueError, KeyError, OSError]


class Raiser:
    # every protocol method raises
    def __eq__(self, other):
        raise ValueError("__eq__")
    def __lt__(self, other):
        raise ValueError("__lt__")
    def __hash__(self):
        raise ValueError("__hash__")
    def __len__(self):
        raise ValueError("__len__")
    def __index__(self):
        raise ValueError("__index__")
    def __iter__(self):
        raise ValueError("__iter__")
    def __repr__(self):
        raise ValueError("__repr__")
    def __str__(self):
        raise ValueError("__str__")
    def __bool__(self):
        raise ValueError("__bool__")


class Liar:
    # protocol methods that return the wrong things
    def __len__(self):
        return -1
    def __index__(self):
        return "x"
    def __iter__(self):
        return 5
    def __hash__(self):
        return 2 ** 62
    def __eq__(self, other):
        return self
    def __repr__(self):
        return 7


class Mutator:
    # comparing or hashing it empties, or grows, the container it sits in
    def __init__(self, box):
        self.box = box
    def _mutate(self):
        b = self.box
        if isinstance(b, list):
            b.clear() if len(b) > 3 else b.extend(range(20))
        elif isinstance(b, dict):
            b.clear() if len(b) > 3 else b.update((k, k) for k in range(20))
        elif isinstance(b, set):
            b.clear() if len(b) > 3 else b.update(range(20))
    def __eq__(self, other):
        self._mutate()
        return False
    def __lt__(self, other):
        self._mutate()
        return True
    def __hash__(self):
        self._mutate()
        return 1


def selfref_list():
    x = [1]
    x.append(x)
    return x


def selfref_dict():
    d = {}
    d[1] = d
    return d


# odd argument values: fresh for every call (a call may change them).  The
# big string and list are big enough to leave every small buffer and fast
# path, and small enough that two of them together (sep.join(s),
# s.replace("", s): length squared) stay at a hundred megabytes; at 10**5
# such a call legitimately builds ten gigabytes, which takes CPython too a
# minute.
ODD = [
    lambda: None, lambda: -1, lambda: 0, lambda: 2 ** 62, lambda: -2 ** 62,
    lambda: float("nan"), lambda: float("inf"), lambda: 1j, lambda: 2 ** 100, lambda: "", lambda: "x" * 10000,
    lambda: "\u00e9\x00", lambda: [1, 2, 3], lambda: list(range(10000)),
    selfref_list, selfref_dict, lambda: (), lambda: {}, lambda: set(),
    lambda: object(), lambda: Raiser(), lambda: Liar(), lambda: int, lambda: len,
    lambda: (1, [2], {3: 4}), lambda: range(10), lambda: slice(None, None, -1),
    lambda: b"ab\xff\x00", lambda: "utf-8",
]
PAIRS = [(2, 1), (3, 3), (8, 8), (1, 18), (18, 1), (19, 3), (10, 12), (11, 4)]
KWARGS = [{"key": None}, {"bogus": 1}, {"reverse": Raiser()}, {"sep": 5}]


def real_selves(t):
    # instances of t, filled with values that fight back
    if t is list:
        xs = [1, 2, 3]
        xs.extend([Mutator(xs), 4, Raiser()])
        return [xs, selfref_list(), []]
    if t is dict:
        d = {1: 1, 2: 2}
        d[Mutator(d)] = 3
        return [d, selfref_dict(), {}]
    if t is set:
        s = {1, 2, 3}
        s.add(Mutator(s))
        return [s, set()]
    if t is str:
        return ["abc", "", "x" * 1000]
    if t is bytes:
        return [b"abc", b"", b"\xff\x00" * 500]
    if t is bytearray:
        return [bytearray(b"abc"), bytearray(), bytearray(b"\xff\x00" * 500)]
    if t is tuple:
        return [(1, 2), (), (Raiser(),)]
    if t in (int, bool):
        return [t(1), t(0)]
    if t is float:
        return [1.5, float("nan")]
    if t is complex:
        return [1 + 2j, complex(0, float("inf"))]
    if t is range:
        return [range(5), range(0)]
    if t is slice:
        return [slice(1, 5, 2)]
    return [t("x")]


def callables():
    # (label, callable, leading args) in a fixed order
    out = []
    for m in MODULES:
        for name in sorted(dir(m)):
            if name in SKIP or name.startswith("_"):
                continue
            f = getattr(m, name, None)
            if callable(f) and not isinstance(f, type):
                out.append(("%s.%s" % (m.__name__, name), f, ()))
    for t in TYPES:
        out.append((t.__name__, t, ()))
        for name in sorted(dir(t)):
            if name in SKIP or name in ("__init_subclass__", "__subclasshook__", "__class__"):
                continue
            f = getattr(t, name, None)
            if not callable(f):
                continue
            label = "%s.%s" % (t.__name__, name)
            out.append((label, f, ()))  # unbound: the first odd argument is a wrong self
            if t in REAL_SELF:
                for k in range(len(real_selves(t))):
                    out.append((label + "[self#%d]" % k, f, (t, k)))
    return out


def arg_lists():
    lists = [[]]
    lists += [[i] for i in range(len(ODD))]
    lists += [list(p) for p in PAIRS]
    lists += [[3, 3, 3], [1, 1, 1, 1]]
    return lists


def plan():
    calls = []
    for label, f, lead in callables():
        for args in arg_lists():
            calls.append((label, f, lead, args, None))
        for kw in range(len(KWARGS)):
            calls.append((label, f, lead, [], kw))
            calls.append((label, f, lead, [2], kw))
    return calls


def describe(label, args, kw):
    text = label + "(" + ", ".join("odd#%d" % a for a in args)
    if kw is not None:
        text += (", " if args else "") + "**" + "|".join(sorted(KWARGS[kw]))
    return text + ")"


def main():
    argv = sys.argv[1:]
    listing = bool(argv) and argv[0] == "--list"
    if listing:
        argv = argv[1:]
    calls = plan()
    start = int(argv[0]) if argv else 0
    stop = int(argv[1]) if len(argv) > 1 else len(calls)
    raised = 0
    n = 0
    for i in range(start, min(stop, len(calls))):
        label, f, lead, args, kw = calls[i]
        if listing:
            sys.stdout.write("%d %s\n" % (i, describe(label, args, kw)))
            sys.stdout.flush()
        values = [ODD[a]() for a in args]
        if lead:
            values.insert(0, real_selves(lead[0])[lead[1]])
        kwargs = dict(KWARGS[kw]) if kw is not None else {}
        n += 1
        try:
            f(*values, **kwargs)
        except BaseException as e:
            if isinstance(e, (SystemExit, KeyboardInterrupt)) and not isinstance(e, Exception):
                # raised by the callable itself as a value (SystemExit(...) returns one): fine
                pass
            raised += 1
    print("OK badargs calls=%d raised=%d of %d" % (n, raised, len(calls)))


main()
