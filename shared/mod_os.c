/* mod_os.c - the parts of os that experiments use: pids, CPUs, affinity,
 * the environment. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "runtime.h"

extern char **environ;

static Value os_getpid(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(getpid()); }
static Value os_getppid(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(getppid()); }
static Value os_cpu_count(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    return c > 0 ? int_from_i64(c) : V_NONE;
}
static Value os_error(void) { return err_format(&Exc_OSError, "[Errno %d] %s", errno, strerror(errno)); }
static Value os_sched_getaffinity(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t pid;
    if (!val_as_i64(a[0], &pid)) return err_set_str(&Exc_TypeError, "pid must be an int");
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity((pid_t)pid, sizeof set, &set) < 0) return os_error();
    Value s = set_new();
    for (int i = 0; s && i < CPU_SETSIZE; i++)
        if (CPU_ISSET(i, &set) && set_add(s, MK_SMALL(i)) < 0) { decref(s); return V_NULL; }
    return s;
}
static Value os_sched_setaffinity(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t pid;
    if (!val_as_i64(a[0], &pid)) return err_set_str(&Exc_TypeError, "pid must be an int");
    cpu_set_t set;
    CPU_ZERO(&set);
    Value it = obj_iter(a[1]);
    if (!it) return V_NULL;
    Value v;
    while ((v = obj_next(it))) {
        int64_t c;
        bool ok = val_as_i64(v, &c);
        decref(v);
        if (!ok) { decref(it); return err_set_str(&Exc_TypeError, "expected an int"); }
        if (c < 0 || c >= CPU_SETSIZE) { decref(it); return err_set_str(&Exc_ValueError, "invalid CPU number"); }
        CPU_SET((int)c, &set);
    }
    decref(it);
    if (err_occurred()) return V_NULL;
    if (sched_setaffinity((pid_t)pid, sizeof set, &set) < 0) return os_error();
    return V_NONE;
}
static Value os_getenv(Value *a, int n, Dict *kw) {
    (void)kw;
    if (!IS_STR(a[0])) return err_format(&Exc_TypeError, "str expected, not %s", type_name(a[0]));
    const char *v = getenv(AS_STR(a[0])->data);
    if (!v) {
        Value d = n > 1 ? a[1] : V_NONE;
        incref(d);
        return d;
    }
    return str_from_c(v);
}
static Value os_exit(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t c = 0;
    val_as_i64(a[0], &c);
    out_flush();
    _exit((int)c);
}
static Value os_getcwd(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return os_error();
    return str_from_c(buf);
}

Value mod_os_init(void) {
    Value mv = module_new("os");
    if (!mv) return V_NULL;
    Module *m = (Module *)AS_OBJ(mv);
    module_add_func(m, "getpid", os_getpid, 0, 0, false);
    module_add_func(m, "getppid", os_getppid, 0, 0, false);
    module_add_func(m, "cpu_count", os_cpu_count, 0, 0, false);
    module_add_func(m, "sched_getaffinity", os_sched_getaffinity, 1, 1, false);
    module_add_func(m, "sched_setaffinity", os_sched_setaffinity, 2, 2, false);
    module_add_func(m, "getenv", os_getenv, 1, 2, false);
    module_add_func(m, "_exit", os_exit, 1, 1, false);
    module_add_func(m, "getcwd", os_getcwd, 0, 0, false);
    Value env = dict_new();
    for (char **e = environ; env && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        if (!utf8_valid(*e, (int64_t)strlen(*e), NULL)) continue;
        Value k = str_new(*e, eq - *e), v = str_from_c(eq + 1);
        if (k && v) dict_set(AS_DICT(env), k, v);
        xdecref(k);
        xdecref(v);
    }
    module_add(m, "environ", env);
    module_add(m, "sep", str_from_c("/"));
    module_add(m, "linesep", str_from_c("\n"));
    module_add(m, "name", str_from_c("posix"));
    return mv;
}
