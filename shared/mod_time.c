/* mod_time.c - the time module.  sleep() releases the GIL. */
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
static Value t_sleep(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double d;
    if (!val_as_double(a[0], &d)) return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(a[0]));
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

Value mod_time_init(void) {
    Value mv = module_new("time");
    if (!mv) return V_NULL;
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
    return mv;
}
