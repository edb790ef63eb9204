# _sysinfo - the struct sequences of sys: version_info, a five-item
# sequence that compares as the tuple (3, 11, 0, 'final', 0) does and names
# its items, and float_info, hash_info and int_info (CPython's are tuple
# subclasses; twinpy's built-in types cannot be subclassed, so these are not).


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


class _structseq:
    # a fixed sequence with named items, printed as CPython prints its
    # struct sequences: sys.float_info(max=..., ...)
    def __init__(self, name, fields, values):
        self._name = name
        self._fields = tuple(fields)
        self._t = tuple(values)
        self.n_fields = self.n_sequence_fields = len(self._t)
        self.n_unnamed_fields = 0
        for k, v in zip(self._fields, self._t):
            setattr(self, k, v)

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, o):
        return self._t == (o._t if isinstance(o, _structseq) else o)

    def __ne__(self, o):
        return not self == o

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "%s(%s)" % (self._name, ", ".join("%s=%r" % kv for kv in zip(self._fields, self._t)))


float_info = _structseq("sys.float_info",
                        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                         "dig", "mant_dig", "epsilon", "radix", "rounds"],
                        [1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                         15, 53, 2.220446049250313e-16, 2, 1])
# numbers hash as CPython's (modulo 2**61 - 1); str hashes are FNV-1a, unseeded
hash_info = _structseq("sys.hash_info",
                       ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                        "seed_bits", "cutoff"],
                       [64, 2305843009213693951, 314159, 0, 1000003, "fnv", 64, 0, 0])
# big ints are held in 32-bit digits
int_info = _structseq("sys.int_info",
                      ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
                       "str_digits_check_threshold"],
                      [32, 4, 4300, 640])
# the command-line flags, at CPython's defaults (twinpy takes none of these
# options); hash_randomization is 0 because str hashes are not seeded
flags = _structseq("sys.flags",
                   ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                    "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                    "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                    "warn_default_encoding", "safe_path", "int_max_str_digits"],
                   [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1])
