/* mod_time.c - the time module.  sleep() releases the GIL. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "runtime.h"

static double clock_s(clockid_t c) {
    struct timespec t;
    clock_gettime(c, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}
static int64_t clock_ns(clockid_t c) {
    struct timespec t;
    clock_gettime(c, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}
static Value t_time(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return float_new(clock_s(CLOCK_REALTIME)); }
static Value t_time_ns(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(clock_ns(CLOCK_REALTIME)); }
static Value t_monotonic(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return float_new(clock_s(CLOCK_MONOTONIC)); }
static Value t_monotonic_ns(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(clock_ns(CLOCK_MONOTONIC)); }
static Value t_process_time(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return float_new(clock_s(CLOCK_PROCESS_CPUTIME_ID)); }
static Value t_thread_time(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return float_new(clock_s(CLOCK_THREAD_CPUTIME_ID)); }
static Value t_process_time_ns(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }
static Value t_thread_time_ns(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(clock_ns(CLOCK_THREAD_CPUTIME_ID)); }
/* clock_gettime(clk_id) and clock_gettime_ns(clk_id): any clock the system has */
static bool clock_arg(Value v, clockid_t *c) {
    int64_t id;
    if (!val_as_i64(v, &id)) { int_arg_error(v); return false; }
    struct timespec t;
    if (id < INT32_MIN || id > INT32_MAX || clock_gettime((clockid_t)id, &t) != 0) {
        err_oserror(EINVAL, NULL);
        return false;
    }
    *c = (clockid_t)id;
    return true;
}
static Value t_clock_gettime(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    clockid_t c;
    return clock_arg(a[0], &c) ? float_new(clock_s(c)) : V_NULL;
}
static Value t_clock_gettime_ns(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    clockid_t c;
    return clock_arg(a[0], &c) ? int_from_i64(clock_ns(c)) : V_NULL;
}
static Value t_sleep(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double d;
    if (!val_as_double(a[0], &d)) return int_arg_error(a[0]);
    if (sleep_seconds(d) < 0) return V_NULL;
    return V_NONE;
}
static Value t_ctime(Value *a, int n, Dict *kw) {
    (void)kw;
    time_t t;
    double d = 0;
    if (n && a[0] != V_NONE && val_as_double(a[0], &d)) t = (time_t)d;
    else t = time(NULL);
    char buf[64];
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &tm);
    return str_from_c(buf);
}

/* ---- struct_time: the nine fields of a broken-down time, a sequence with
 * names (tm_year ...), plus tm_zone and tm_gmtoff as attributes --------- */
Value seqiter_new(Value seq);
static Type StructTimeType = {.ob = OBJ_HEAD_INIT(&TypeType)};
typedef struct {
    Obj ob;
    int64_t f[9];
    char zone[16];
    int64_t gmtoff;
} StructTime;
static const char *const st_names[9] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

static Value st_new(const struct tm *tm) {
    StructTime *st = (StructTime *)obj_new(&StructTimeType, sizeof(StructTime));
    if (!st) return V_NULL;
    int64_t v[9] = {tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
                    (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst}; /* Monday is 0, Jan 1 is day 1 */
    memcpy(st->f, v, sizeof v);
    snprintf(st->zone, sizeof st->zone, "%s", tm->tm_zone ? tm->tm_zone : "");
    st->gmtoff = tm->tm_gmtoff;
    return OBJ_VAL(st);
}
static void st_dealloc(Obj *o) { obj_free(o); }
static int64_t st_len(Value v) { (void)v; return 9; }
static Value st_getitem(Value v, Value key) {
    if (IS_TYPE(key, SliceType)) { /* as the tuple of the nine fields */
        StructTime *st = (StructTime *)AS_OBJ(v);
        Value t = tuple_new(9);
        if (!t) return V_NULL;
        for (int k = 0; k < 9; k++) AS_TUPLE(t)->items[k] = int_from_i64(st->f[k]);
        Value r = obj_getitem(t, key);
        decref(t);
        return r;
    }
    int64_t i;
    if (!val_as_i64(key, &i)) return err_format(&Exc_TypeError, "tuple indices must be integers or slices, not %s", type_name(key));
    if (i < 0) i += 9;
    if (i < 0 || i >= 9) return err_set_str(&Exc_IndexError, "tuple index out of range");
    return int_from_i64(((StructTime *)AS_OBJ(v))->f[i]);
}
static Value st_iter(Value v) { return seqiter_new(v); }
static Value st_repr(Value v) {
    StructTime *st = (StructTime *)AS_OBJ(v);
    SBuf b;
    sb_init(&b);
    sb_adds(&b, "time.struct_time(");
    for (int i = 0; i < 9; i++) sb_addf(&b, "%s%s=%lld", i ? ", " : "", st_names[i], (long long)st->f[i]);
    sb_addc(&b, ')');
    return sb_finish(&b);
}
static Value st_getattr(Value self, Str *name) {
    StructTime *st = (StructTime *)AS_OBJ(self);
    for (int i = 0; i < 9; i++)
        if (str_eq_c(name, st_names[i])) return int_from_i64(st->f[i]);
    if (str_eq_c(name, "tm_zone")) return str_from_c(st->zone);
    if (str_eq_c(name, "tm_gmtoff")) return int_from_i64(st->gmtoff);
    return generic_getattr(self, name, true);
}
static Value st_richcmp(Value a, Value b, int op) {
    if (!IS_TYPE(b, StructTimeType) || (op != CMP_EQ && op != CMP_NE)) return V_NOTIMPL;
    bool eq = memcmp(((StructTime *)AS_OBJ(a))->f, ((StructTime *)AS_OBJ(b))->f, sizeof(int64_t) * 9) == 0;
    return MK_BOOL(op == CMP_EQ ? eq : !eq);
}

/* The seconds argument of localtime/gmtime/ctime: now when absent or None. */
static bool secs_arg(Value *a, int n, const char *fname, time_t *t) {
    if (n == 0 || a[0] == V_NONE) { *t = time(NULL); return true; }
    double d;
    if (!val_as_double(a[0], &d)) {
        int_arg_error(a[0]);
        return false;
    }
    if (!(d > -1e17 && d < 1e17)) { err_format(&Exc_OverflowError, "timestamp out of range for platform time_t (%s)", fname); return false; }
    *t = (time_t)floor(d);
    return true;
}
/* A struct_time or any 9-item sequence as a struct tm. */
static bool tm_arg(Value v, struct tm *tm, const char *fname) {
    int64_t f[9];
    if (IS_TYPE(v, StructTimeType)) memcpy(f, ((StructTime *)AS_OBJ(v))->f, sizeof f);
    else {
        Value t = seq_to_tuple(v);
        if (!t) {
            err_clear();
            err_format(&Exc_TypeError, "Tuple or struct_time argument required");
            return false;
        }
        bool ok = AS_TUPLE(t)->len == 9;
        for (int i = 0; ok && i < 9; i++) ok = val_as_i64(AS_TUPLE(t)->items[i], &f[i]);
        decref(t);
        if (!ok) { err_format(&Exc_TypeError, "%s(): illegal time tuple argument", fname); return false; }
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)(f[1] - 1);
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)(f[7] - 1);
    tm->tm_isdst = (int)f[8];
    return true;
}
static Value t_localtime(Value *a, int n, Dict *kw) {
    (void)kw;
    time_t t;
    struct tm tm;
    if (!secs_arg(a, n, "localtime", &t)) return V_NULL;
    if (!localtime_r(&t, &tm)) return err_oserror(errno, NULL);
    return st_new(&tm);
}
static Value t_gmtime(Value *a, int n, Dict *kw) {
    (void)kw;
    time_t t;
    struct tm tm;
    if (!secs_arg(a, n, "gmtime", &t)) return V_NULL;
    if (!gmtime_r(&t, &tm)) return err_oserror(errno, NULL);
    return st_new(&tm);
}
static Value t_mktime(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    struct tm tm;
    if (!tm_arg(a[0], &tm, "mktime")) return V_NULL;
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) return err_set_str(&Exc_OverflowError, "mktime argument out of range");
    return float_new((double)t);
}
static Value t_strftime(Value *a, int n, Dict *kw) {
    (void)kw;
    if (!IS_STR(a[0])) return err_format(&Exc_TypeError, "strftime() argument 1 must be str, not %s", type_name(a[0]));
    struct tm tm;
    if (n > 1) {
        if (!tm_arg(a[1], &tm, "strftime")) return V_NULL;
        if (tm.tm_mon < 0 || tm.tm_mon > 11) return err_set_str(&Exc_ValueError, "month out of range");
        if (tm.tm_mday < 1 || tm.tm_mday > 31) return err_set_str(&Exc_ValueError, "day of month out of range");
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    Str *fmt = AS_STR(a[0]);
    if (fmt->len == 0) return str_new("", 0);
    /* grow until the result fits (strftime returns 0 when it does not) */
    for (size_t cap = (size_t)fmt->len * 4 + 64; cap < ((size_t)1 << 24); cap *= 2) {
        char *buf = malloc(cap);
        if (!buf) return err_no_memory();
        size_t k = strftime(buf, cap, fmt->data, &tm);
        if (k > 0) {
            Value r = str_new(buf, (int64_t)k);
            free(buf);
            return r;
        }
        free(buf);
    }
    return str_new("", 0);
}
/* strptime(string[, format]): the parsing is datetime's (_time_strptime
 * gives the nine fields), the result a struct_time as time's others. */
static Value t_strptime(Value *a, int n, Dict *kw) {
    (void)kw;
    Value mod = import_module(str_intern_c("datetime"), true);
    if (!mod) return V_NULL;
    Value args[2] = {a[0], n > 1 ? a[1] : V_NULL};
    if (!args[1]) args[1] = str_from_c("%a %b %d %H:%M:%S %Y");
    else incref(args[1]);
    Value fields = args[1] ? call_method(mod, str_intern_c("_time_strptime"), args, 2) : V_NULL;
    xdecref(args[1]);
    decref(mod);
    if (!fields) return V_NULL;
    struct tm tm;
    bool ok = tm_arg(fields, &tm, "strptime");
    decref(fields);
    return ok ? st_new(&tm) : V_NULL;
}
/* time.struct_time(sequence): nine fields (a tenth and eleventh, the zone
 * and offset, are accepted and left out) */
static Value st_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (kw_none("struct_time", kw) < 0) return V_NULL;
    if (nargs != 1) return err_format(&Exc_TypeError, "struct_time() takes exactly 1 argument (%d given)", nargs);
    Value tup = seq_to_tuple(args[0]);
    if (!tup) return V_NULL;
    int64_t len = AS_TUPLE(tup)->len;
    if (len < 9 || len > 11) {
        decref(tup);
        return err_format(&Exc_TypeError, "time.struct_time() takes an %s-sequence (%lld-sequence given)",
                          len < 9 ? "at least 9" : "at most 11", (long long)len);
    }
    Value nine = tuple_from_array(AS_TUPLE(tup)->items, 9);
    decref(tup);
    struct tm tm;
    bool ok = nine && tm_arg(nine, &tm, "struct_time");
    xdecref(nine);
    return ok ? st_new(&tm) : V_NULL;
}
static Value t_asctime(Value *a, int n, Dict *kw) {
    (void)kw;
    struct tm tm;
    if (n > 0) {
        if (!tm_arg(a[0], &tm, "asctime")) return V_NULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[((tm.tm_wday % 7) + 7) % 7], months[((tm.tm_mon % 12) + 12) % 12],
             tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900);
    return str_from_c(buf);
}

/* timezone, altzone, daylight and tzname from the C library's tzset() */
static void set_zone_names(Module *m) {
    tzset();
    module_add(m, "timezone", int_from_i64(timezone));
    module_add(m, "altzone", int_from_i64(daylight ? timezone - 3600 : timezone));
    module_add(m, "daylight", int_from_i64(daylight));
    module_add(m, "tzname", tuple_pack(2, str_from_c(tzname[0]), str_from_c(tzname[1])));
}
static Value time_module; /* for tzset(), which sets the names again */
static Value t_tzset(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    if (time_module) set_zone_names((Module *)AS_OBJ(time_module));
    return V_NONE;
}

Value mod_time_init(void) {
    static bool ready;
    if (!ready) {
        StructTimeType.dealloc = st_dealloc;
        StructTimeType.len = st_len;
        StructTimeType.getitem = st_getitem;
        StructTimeType.iter = st_iter;
        StructTimeType.repr = st_repr;
        StructTimeType.getattr = st_getattr;
        StructTimeType.richcmp = st_richcmp;
        StructTimeType.newobj = st_newobj;
        type_ready(&StructTimeType, "struct_time", &ObjectType);
        ready = true;
    }
    Value mv = module_new("time");
    if (!mv) return V_NULL;
    time_module = mv;
    Module *m = (Module *)AS_OBJ(mv);
    module_add_func(m, "time", t_time, 0, 0, false);
    module_add_func(m, "time_ns", t_time_ns, 0, 0, false);
    module_add_func(m, "perf_counter", t_monotonic, 0, 0, false);
    module_add_func(m, "perf_counter_ns", t_monotonic_ns, 0, 0, false);
    module_add_func(m, "monotonic", t_monotonic, 0, 0, false);
    module_add_func(m, "monotonic_ns", t_monotonic_ns, 0, 0, false);
    module_add_func(m, "process_time", t_process_time, 0, 0, false);
    module_add_func(m, "thread_time", t_thread_time, 0, 0, false);
    module_add_func(m, "sleep", t_sleep, 1, 1, false);
    module_add_func(m, "ctime", t_ctime, 0, 1, false);
    module_add_func(m, "localtime", t_localtime, 0, 1, false);
    module_add_func(m, "gmtime", t_gmtime, 0, 1, false);
    module_add_func(m, "mktime", t_mktime, 1, 1, false);
    module_add_func(m, "strftime", t_strftime, 1, 2, false);
    module_add_func(m, "asctime", t_asctime, 0, 1, false);
    module_add_func(m, "strptime", t_strptime, 1, 2, false);
    module_add_func(m, "process_time_ns", t_process_time_ns, 0, 0, false);
    module_add_func(m, "thread_time_ns", t_thread_time_ns, 0, 0, false);
    module_add_func(m, "clock_gettime", t_clock_gettime, 1, 1, false);
    module_add_func(m, "clock_gettime_ns", t_clock_gettime_ns, 1, 1, false);
    module_add_func(m, "tzset", t_tzset, 0, 0, false);
    const struct { const char *n; clockid_t c; } clocks[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID}, {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
    };
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) module_add(m, clocks[i].n, int_from_i64(clocks[i].c));
    set_zone_names(m);
    incref(OBJ_VAL(&StructTimeType));
    module_add(m, "struct_time", OBJ_VAL(&StructTimeType));
    return mv;
}
