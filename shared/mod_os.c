/* mod_os.c - the parts of os that experiments use: pids, CPUs, affinity,
 * the environment, removing files, and a small os.path. */
#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "runtime.h"
#include "instr.h"

extern char **environ;

static Value os_getpid(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(getpid()); }
static Value os_getppid(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(getppid()); }
static Value os_cpu_count(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    return c > 0 ? int_from_i64(c) : V_NONE;
}
static Value os_error(void) { return err_oserror(errno, NULL); }
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
/* os.environ, the dict a program may change (set at start-up from the process's) */
static Value environ_dict;

/* os.getenv reads os.environ, as in CPython */
static Value os_getenv(Value *a, int n, Dict *kw) {
    (void)kw;
    if (!IS_STR(a[0])) return err_format(&Exc_TypeError, "str expected, not %s", type_name(a[0]));
    Value v = environ_dict ? dict_get(AS_DICT(environ_dict), a[0]) : V_NULL;
    if (!v) {
        if (err_occurred()) return V_NULL;
        Value d = n > 1 ? a[1] : V_NONE;
        incref(d);
        return d;
    }
    return v;
}
static Value os_exit(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t c = 0;
    val_as_i64(a[0], &c);
    out_flush();
    instr_finish();
    _exit((int)c);
}
static Value os_getcwd(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return os_error();
    return str_from_c(buf);
}
/* A path argument; fn names the system call (NULL: string surgery only,
 * where a NUL does no harm). */
static const char *path_arg(Value v, const char *fn) {
    if (!IS_STR(v)) {
        if (fn) err_format(&Exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fn, type_name(v));
        else err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(v));
        return NULL;
    }
    if (fn && memchr(AS_STR(v)->data, 0, (size_t)AS_STR(v)->len)) {
        err_set_str(&Exc_ValueError, "embedded null byte");
        return NULL;
    }
    return AS_STR(v)->data;
}
static Value remove_path(Value v, const char *fn) {
    const char *p = path_arg(v, fn);
    if (!p) return V_NULL;
    int r, e = 0;
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_IO, "os.remove");
    r = unlink(p);
    if (r < 0) e = errno;
    BLOCKING_END(ts);
    if (r < 0) return err_oserror(e, p);
    return V_NONE;
}
/* os.listdir(path='.'): the names in a directory, without . and .. */
static Value os_listdir(Value *a, int n, Dict *kw) {
    (void)kw;
    Value pv = n ? a[0] : V_NONE;
    const char *p = pv == V_NONE ? "." : path_arg(pv, "listdir");
    if (!p) return V_NULL;
    DIR *d;
    ThreadState *ts = cur_ts;
    ALLOW_THREADS_BEGIN(ts);
    d = opendir(p);
    ALLOW_THREADS_END(ts);
    if (!d) return err_oserror(errno, p);
    Value out = list_new(0);
    struct dirent *e;
    while (out && (errno = 0, e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (!utf8_valid(e->d_name, (int64_t)strlen(e->d_name), NULL)) continue; /* str is UTF-8 only */
        Value s = str_from_c(e->d_name);
        if (!s || list_append(out, s) < 0) { xdecref(s); decref(out); out = V_NULL; }
        else decref(s);
    }
    int err = errno;
    closedir(d);
    if (out && err) { decref(out); return err_oserror(err, p); }
    return out;
}
static Value os_remove(Value *a, int n, Dict *kw) { (void)n; (void)kw; return remove_path(a[0], "remove"); }
static Value os_unlink(Value *a, int n, Dict *kw) { (void)n; (void)kw; return remove_path(a[0], "unlink"); }

/* os.path: stat-based tests (False for a path that cannot be stat'ed), and
 * POSIX string surgery */
static Value path_stat(Value *a, int mode, const char *fn) {
    if (!IS_STR(a[0]))
        return err_format(&Exc_TypeError, "%s: path should be string, bytes, os.PathLike or integer, not %s", fn, type_name(a[0]));
    if (memchr(AS_STR(a[0])->data, 0, (size_t)AS_STR(a[0])->len)) return V_FALSE;
    struct stat st;
    int r;
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_IO, "os.stat");
    r = stat(AS_STR(a[0])->data, &st);
    BLOCKING_END(ts);
    if (r < 0) return V_FALSE;
    return MK_BOOL(!mode || (st.st_mode & S_IFMT) == (mode_t)mode);
}
static Value path_exists(Value *a, int n, Dict *kw) { (void)n; (void)kw; return path_stat(a, 0, "stat"); }
static Value path_isfile(Value *a, int n, Dict *kw) { (void)n; (void)kw; return path_stat(a, S_IFREG, "stat"); }
static Value path_isdir(Value *a, int n, Dict *kw) { (void)n; (void)kw; return path_stat(a, S_IFDIR, "stat"); }
static Value path_join(Value *a, int n, Dict *kw) {
    (void)kw;
    SBuf b;
    sb_init(&b);
    for (int i = 0; i < n; i++) {
        const char *p = path_arg(a[i], NULL);
        if (!p) { sb_free(&b); return V_NULL; }
        Str *s = AS_STR(a[i]);
        if (s->len && p[0] == '/') b.len = 0;  /* an absolute part restarts the path */
        else if (b.len && b.buf[b.len - 1] != '/') sb_addc(&b, '/');
        sb_add_str(&b, s);
    }
    return sb_finish(&b);
}
/* the part after the last '/', or before it (without trailing slashes unless all slashes) */
static Value path_split_part(Value v, bool head) {
    const char *p = path_arg(v, NULL);
    if (!p) return V_NULL;
    int64_t len = AS_STR(v)->len, i = len;
    while (i > 0 && p[i - 1] != '/') i--;
    if (!head) return str_new(p + i, len - i);
    int64_t h = i;
    while (h > 0 && p[h - 1] == '/') h--;
    if (h == 0) h = i;  /* "/" or "//x" keep their slashes */
    return str_new(p, h);
}
static Value path_basename(Value *a, int n, Dict *kw) { (void)n; (void)kw; return path_split_part(a[0], false); }
static Value path_dirname(Value *a, int n, Dict *kw) { (void)n; (void)kw; return path_split_part(a[0], true); }

static Value os_path_module(void) {
    Value mv = module_new("_path_c");
    if (!mv) return V_NULL;
    Module *m = (Module *)AS_OBJ(mv);
    module_add_func(m, "exists", path_exists, 1, 1, false);
    module_add_func(m, "isfile", path_isfile, 1, 1, false);
    module_add_func(m, "isdir", path_isdir, 1, 1, false);
    module_add_func(m, "join", path_join, 1, -1, false);
    module_add_func(m, "basename", path_basename, 1, 1, false);
    module_add_func(m, "dirname", path_dirname, 1, 1, false);
    module_add(m, "sep", str_from_c("/"));
    return mv;
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
    module_add_func(m, "remove", os_remove, 1, 1, false);
    module_add_func(m, "listdir", os_listdir, 0, 1, false);
    module_add_func(m, "unlink", os_unlink, 1, 1, false);
    /* os.path is the library's posixpath (module.c sets it once os is
     * in sys.modules); these are the file tests it calls */
    Value path = os_path_module();
    if (!path) { decref(mv); return V_NULL; }
    incref(path);
    module_add(m, "path", path);
    module_add(m, "_path_c", path);
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
    environ_dict = env; /* the module holds it until exit */
    module_add(m, "environ", env);
    module_add(m, "sep", str_from_c("/"));
    module_add(m, "linesep", str_from_c("\n"));
    module_add(m, "curdir", str_from_c("."));
    module_add(m, "pardir", str_from_c(".."));
    module_add(m, "extsep", str_from_c("."));
    module_add(m, "pathsep", str_from_c(":"));
    module_add(m, "altsep", V_NONE);
    module_add(m, "devnull", str_from_c("/dev/null"));
    module_add(m, "name", str_from_c("posix"));
    return mv;
}
