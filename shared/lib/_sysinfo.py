# _sysinfo - sys.version_info: a five-item sequence that compares as the
# tuple (3, 11, 0, 'final', 0) does and names its items, as CPython's
# struct sequence (which is a tuple subclass; twinpy's built-in types
# cannot be subclassed, so this one is not a tuple).


class version_info:
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0

    def __init__(self, t):
        self._t = tuple(t)
        self.major, self.minor, self.micro, self.releaselevel, self.serial = self._t

    def _other(self, o):
        return o._t if isinstance(o, version_info) else o

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._t)

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, o):
        return self._t == self._other(o)

    def __ne__(self, o):
        return self._t != self._other(o)

    def __lt__(self, o):
        return self._t < self._other(o)

    def __le__(self, o):
        return self._t <= self._other(o)

    def __gt__(self, o):
        return self._t > self._other(o)

    def __ge__(self, o):
        return self._t >= self._other(o)

    def __repr__(self):
        return ("sys.version_info(major=%d, minor=%d, micro=%d, releaselevel=%r, serial=%d)"
                % self._t)

    def __reduce__(self):
        return (tuple, (self._t,))
