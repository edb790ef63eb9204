import time
t = time.strptime("30 Nov 2024 13:45:10", "%d %b %Y %H:%M:%S")
print(t, t.tm_wday, t.tm_yday)
print(time.strptime("Mon Jan  6 10:00:00 2025"))
print(time.strptime("2024-02-29", "%Y-%m-%d")[:])
try: time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e: print("ValueError", e)
try: time.strptime(5)
except TypeError as e: print("TypeError", e)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
print(type(time.timezone), type(time.tzname), time.daylight in (0, 1), len(time.tzname))
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0, time.clock_gettime_ns(time.CLOCK_REALTIME) > 0, time.process_time_ns() >= 0, time.thread_time_ns() >= 0)
print(time.strftime("%Y-%m-%d", time.strptime("2001-05-06", "%Y-%m-%d")))
print(time.mktime(time.strptime("2001-05-06 UTC", "%Y-%m-%d %Z")) > 0)
time.tzset()
print(time.strptime("1999", "%Y").tm_yday, time.strptime("31 Dec 2024", "%d %b %Y")[6:8])
st = time.localtime(0)
print(time.struct_time(st) == st, st[:3] == (st.tm_year, st.tm_mon, st.tm_mday), st[-1] == st.tm_isdst)
try: time.struct_time((1, 2))
except TypeError as e: print("TypeError", e)
try: time.clock_gettime(12345)
except OSError as e: print("OSError", e.errno)

import sys
f = sys.flags
print(f.debug, f.optimize, f.verbose, f.dev_mode, f.utf8_mode, f.safe_path, f.int_max_str_digits, len(f))
print(sys.getsizeof([]) < sys.getsizeof([0] * 100), sys.getsizeof("") < sys.getsizeof("x" * 100))
print(sys.getsizeof({}) < sys.getsizeof(dict.fromkeys(range(100))), sys.getsizeof(()) < sys.getsizeof((1, 2)))
print(sys.getsizeof(2 ** 10) < sys.getsizeof(2 ** 1000), all(sys.getsizeof(x) > 0 for x in (0, 1.0, None, int, len, set(), b'')))
class Sized:
    def __sizeof__(self): return 1234
class Bad:
    def __sizeof__(self): return -1
class Worse:
    def __sizeof__(self): raise TypeError("no size")
print(sys.getsizeof(Sized()) >= 1234, sys.getsizeof(Worse(), "dflt"))
for o in (Bad(), Worse()):
    try: sys.getsizeof(o)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(sys.intern("ab" + "cd") is sys.intern("abcd"))
