# datetime: timedelta, date, time, datetime, tzinfo and timezone over fixed dates and
# UTC or fixed-offset zones (normalisation and rounding, ISO forms, strftime and
# strptime, arithmetic, comparisons, errors), against CPython's output
import datetime
from datetime import date, time, datetime as DT, timedelta as TD, timezone, tzinfo, MINYEAR, MAXYEAR


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print("-- timedelta")
for args, kw in [((), {}), ((1, 5), {}), ((-1,), {}), ((0, -1), {}), ((), {"weeks": 2, "hours": 30, "minutes": 90}),
                 ((), {"days": 1.5, "seconds": 0.25}), ((), {"microseconds": 0.5}), ((), {"microseconds": 1.5}),
                 ((), {"microseconds": 2.5}), ((), {"microseconds": -0.5}), ((), {"seconds": 1, "microseconds": 0.5}),
                 ((), {"milliseconds": 1.0005}), ((), {"hours": 1 / 3}), ((), {"days": -1e-7}), ((), {"weeks": 0.1, "days": 0.1})]:
    t = TD(*args, **kw)
    print(repr(t), "|", str(t), "|", t.days, t.seconds, t.microseconds, t.total_seconds())
a, b = TD(days=3, hours=4, microseconds=7), TD(hours=-5, seconds=13)
print(a + b, a - b, -a, +b, abs(b), a * 3, 3 * a, a * 0.3, a / 4, a / 2.5, a // 7, a / b, a // b, a % b, divmod(a, b))
print(TD(microseconds=5) / 2, TD(microseconds=7) / 2, TD(microseconds=5) * 0.5, TD(microseconds=-5) * 0.5, TD(1) // TD(hours=5))
print(a < b, a <= a, a == TD(3, 14400, 7), a != b, a > b, a >= b, a == 5, bool(TD(0)), bool(TD(microseconds=1)))
print(hash(a) == hash(TD(hours=76, microseconds=7)), len({TD(1), TD(hours=24), TD(seconds=86400)}))
print(TD.min, TD.max, TD.resolution, repr(TD.min), repr(TD.max))
for f in [lambda: TD(days=10 ** 9), lambda: TD(days=-10 ** 9), lambda: TD.max + TD(microseconds=1), lambda: TD.min * 2,
          lambda: TD(seconds="1"), lambda: TD(1) / 0, lambda: TD(1) // TD(0), lambda: TD(1) % TD(0), lambda: TD(1) / TD(0),
          lambda: TD(1) * float("nan"), lambda: TD(seconds=float("inf")), lambda: format(TD(1), "x")]:
    print(show(f))

print("-- date")
d = date(2024, 2, 29)
print(repr(d), d, d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.isocalendar())
print(d.isocalendar().week, d.ctime(), tuple(d.timetuple()), d.timetuple().tm_yday, d.replace(year=2028), d.replace(day=1))
for s in ["2024-02-29", "20240229", "2024-W09-4", "2024W094", "2024-W09", "2024W09", "2020-W53-7", "2024-2-29", "2023-02-29",
          "2024-13-01", "2021-W53-1", "2024-02-29T00", ""]:
    print(repr(s), show(lambda: date.fromisoformat(s)))
for n in [1, 2, 365, 366, 719163, 730120, 3652059]:
    x = date.fromordinal(n)
    print(n, x, x.toordinal(), x.weekday(), tuple(x.isocalendar()), date.fromisocalendar(*x.isocalendar()) == x)
for y, w, wd in [(2004, 1, 1), (2004, 53, 7), (2005, 53, 1), (1, 1, 1), (9999, 52, 5), (0, 1, 1), (2000, 1, 8)]:
    print(y, w, wd, show(lambda: date.fromisocalendar(y, w, wd)))
print(d.strftime("%a %A %b %B %d %j %m %U %W %w %y %Y %G %V %u %C %e %D %F %x | %H %M %S %f %z %Z %p %% %-d %_m %5Y %^a"))
print(date(1, 1, 1).strftime("%Y %c"), date(999, 12, 31).strftime("%Y-%m-%d %j %U"), format(d, ""), format(d, "%d/%m/%Y"), f"{d:%B %d}")
print(d + TD(days=1), d - TD(days=366), TD(days=-60) + d, d - date(2000, 1, 1), d + TD(hours=23), d - TD(seconds=1))
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d > date(1, 1, 1), d == DT(2024, 2, 29), d != DT(2024, 2, 29), date.min, date.max, date.resolution)
for f in [lambda: date(0, 1, 1), lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(2024, 1, 0), lambda: date(2024.0, 1, 1),
          lambda: date(2024, 1), lambda: date.fromordinal(0), lambda: date.fromordinal(3652060), lambda: date.max + TD(1),
          lambda: date.min - TD(1), lambda: d < DT(2024, 2, 29), lambda: DT(2024, 2, 29) > d, lambda: date.fromisoformat(20240229)]:
    print(show(f))

print("-- time and timezone")
utc = timezone.utc
cet = timezone(TD(hours=1), "CET")
ist = timezone(TD(hours=5, minutes=30))
odd = timezone(-TD(hours=3, seconds=15, microseconds=5))
for z in [utc, cet, ist, odd, timezone.min, timezone.max, timezone(TD(0)), timezone(TD(0), "UTC")]:
    print(repr(z), str(z), z.utcoffset(None), z.dst(None), z.tzname(None), z == timezone(z.utcoffset(None)))
print(timezone(TD(0)) is utc, datetime.UTC is utc, cet == timezone(TD(hours=1)), len({utc, timezone(TD(0)), cet, timezone(TD(hours=1))}))
for f in [lambda: timezone(TD(hours=24)), lambda: timezone(3600), lambda: timezone(TD(0), 5), lambda: utc.utcoffset(5),
          lambda: utc.fromutc(DT(2000, 1, 1)), lambda: tzinfo().utcoffset(None)]:
    print(show(f))
t = time(13, 5, 9, 250)
tz_t = time(23, 59, 59, 999999, tzinfo=ist, fold=1)
print(repr(t), repr(tz_t), repr(time()), repr(time(1, 2, 3)), t, tz_t, tz_t.utcoffset(), tz_t.tzname(), tz_t.dst(), bool(time()))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), tz_t.isoformat(timespec=spec), time(7).isoformat(spec))
for s in ["04:23:01", "T04:23:01", "T042301", "04:23:01.000384", "04:23:01,000384", "04:23:01.1234567", "04:23:01+04:00",
          "04:23:01Z", "04:23:01-00:00", "04:23", "0423", "04", "04:23:01.5+05:30:15.25", "24:00", "4:23", "04:23:"]:
    print(repr(s), show(lambda: time.fromisoformat(s)))
print(t.strftime("%H|%I|%M|%S|%f|%p|%z|%Z|%X|%c"), tz_t.strftime("%H:%M %z %Z"), format(t, "%I %p"), t.replace(hour=0, tzinfo=utc))
print(time(12, tzinfo=cet) == time(11, tzinfo=utc), time(12, tzinfo=cet) < time(11, 30, tzinfo=utc), time(12) == time(12, tzinfo=utc),
      show(lambda: time(12) < time(12, tzinfo=utc)), hash(time(12, tzinfo=cet)) == hash(time(11, tzinfo=utc)), time(1, fold=1) == time(1))
for f in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 10 ** 6), lambda: time(1, fold=2),
          lambda: time(1, tzinfo=5), lambda: time(1).isoformat("days")]:
    print(show(f))

print("-- datetime")
x = DT(2023, 3, 26, 1, 30, 15, 123456, tzinfo=cet)
n = DT(2000, 1, 1)
print(repr(x), repr(n), repr(DT(2000, 1, 1, 0, 0, 5)), repr(DT(2000, 1, 1, fold=1, tzinfo=utc)), x, n)
print(x.isoformat(), x.isoformat(" "), x.isoformat("x", "minutes"), n.isoformat(timespec="milliseconds"), x.date(), x.time(), x.timetz())
print(x.utcoffset(), x.tzname(), x.dst(), x.ctime(), tuple(x.timetuple()), x.utctimetuple(), x.timestamp(), x.weekday())
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f%z %Z %j %a %c"), format(x, "%Y"), x.astimezone(utc), x.astimezone(ist), x.astimezone(odd))
print(DT.combine(date(2020, 1, 2), time(3, 4, tzinfo=cet)), DT.combine(date(2020, 1, 2), time(3, 4), tzinfo=utc), x.replace(tzinfo=None), x.replace(year=2024, fold=1))
for ts in [0, 1e9, -1.5, 1234567890.9999996, 2.5e-6, 1.5e-6, -2.5e-6, 253402300799, -62135596800]:
    print(ts, DT.utcfromtimestamp(ts), DT.fromtimestamp(ts, utc), show(lambda: DT.fromtimestamp(ts, ist)))
for f in [lambda: DT.utcfromtimestamp(253402300800), lambda: DT.utcfromtimestamp(1e20), lambda: DT.utcfromtimestamp(float("nan")),
          lambda: DT.fromtimestamp(0, 5), lambda: n - x, lambda: n < x, lambda: DT.max + TD(microseconds=1), lambda: n.isoformat("ab")]:
    print(show(f))
for s in ["2011-11-04", "20111104", "2011-11-04T00:05:23", "2011-11-04T00:05:23Z", "20111104T000523", "2011-W01-2T00:05:23.283",
          "2011-11-04 00:05:23.283", "2011-11-04 00:05:23.283+00:00", "2011-11-04T00:05:23+04:00", "2011-11-04T00:05:23.123456789-03:30",
          "2011-11-04x00", "2011-11-04T0005", "2011-11-04T00:05:23+0530", "2011-11-04T24:00", "2011-11-04T", "2011-11", "2011-11-04T00:05:23+24:00"]:
    print(repr(s), show(lambda: DT.fromisoformat(s)))
for s, f in [("2023-07-15 13:45:10.123 +0530", "%Y-%m-%d %H:%M:%S.%f %z"), ("Sat Jul 15 13:45:10 2023", "%c"), ("15/07/23", "%d/%m/%y"),
             ("07/15/69 3:04 pm", "%x %I:%M %p"), ("12 AM", "%I %p"), ("2023 196", "%Y %j"), ("2023 28 6", "%Y %U %w"), ("2023 28 Sat", "%Y %W %a"),
             ("2023-W28-6", "%G-W%V-%u"), ("Monday 5 june 2023", "%A %d %B %Y"), ("JAN  1", "%b %d"), ("2023-07-15T10:00:00Z", "%Y-%m-%dT%H:%M:%S%z"),
             ("+01:30 CET", "%z %Z"), ("10 -05:00:30.5", "%H %z"), ("100%", "%d%%"), ("Feb 29", "%b %d"), ("2023", "%Y %m"), ("2023x", "%Y"),
             ("5", "%Q"), ("5", "5%"), ("61", "%S"), ("2023 5 1", "%Y %V %u"), ("+05:3000", "%z")]:
    print(repr(s), repr(f), show(lambda: DT.strptime(s, f)))
u1, u2 = DT(2020, 1, 1, 12, tzinfo=utc), DT(2020, 1, 1, 13, tzinfo=cet)
print(u1 == u2, u1 < u2, u1 - u2, u2 - DT(2019, 12, 31, tzinfo=ist), hash(u1) == hash(u2), len({u1, u2, u1.astimezone(odd)}))
print(n == DT(2000, 1, 1, tzinfo=utc), n != DT(2000, 1, 1, tzinfo=utc), n == date(2000, 1, 1), n + TD(days=1, seconds=-1), TD(weeks=1) + n, n - TD(microseconds=1))
print(DT.min, DT.max, DT.resolution, n.replace(fold=1) == n, hash(n.replace(fold=1)) == hash(n), x.replace(tzinfo=None) - n)


class Eastern(tzinfo):
    # US Eastern time with the 2007 rules (DST from the second Sunday of March at 2:00
    # to the first Sunday of November at 2:00), fold-aware
    def utcoffset(self, dt):
        return TD(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def dst(self, dt):
        start = DT(dt.year, 3, 8 + (6 - date(dt.year, 3, 8).weekday()), 2)
        end = DT(dt.year, 11, 1 + (6 - date(dt.year, 11, 1).weekday()), 2)
        w = dt.replace(tzinfo=None)
        if start + TD(hours=1) <= w < end - TD(hours=1):
            return TD(hours=1)
        if end - TD(hours=1) <= w < end:
            return TD(0) if w.fold else TD(hours=1)
        if start <= w < start + TD(hours=1):
            return TD(hours=1) if w.fold else TD(0)
        return TD(0)


east = Eastern()
for h in range(4, 8):
    u = DT(2023, 11, 5, h, 30, tzinfo=utc)
    e = u.astimezone(east)
    print(u, "->", e, e.tzname(), e.fold, e.astimezone(utc) == u, e.utctimetuple()[:6])
for fold in (0, 1):
    amb = DT(2023, 11, 5, 1, 30, tzinfo=east, fold=fold)
    gap = DT(2023, 3, 12, 2, 30, tzinfo=east, fold=fold)
    print(fold, amb.utcoffset(), amb.astimezone(utc), gap.utcoffset(), gap.astimezone(utc), amb == amb.astimezone(utc), amb.timestamp())

print("-- misc")
print(MINYEAR, MAXYEAR, isinstance(DT.now(), DT), isinstance(date.today(), date), DT.now(utc).tzinfo is utc, DT.utcnow().tzinfo, DT.today().tzinfo)
print(isinstance(x, date), issubclass(DT, date), isinstance(utc, tzinfo), sorted(datetime.__all__))
for f in [lambda: setattr(d, "year", 1), lambda: setattr(x, "hour", 1), lambda: setattr(TD(1), "days", 2), lambda: setattr(d, "spam", 1)]:
    print(show(f))
