/* mod_os.c - the parts of os that experiments use: pids, CPUs, affinity,
 * the environment, files and directories (the system calls; stat_result,
 * scandir, walk and makedirs are written over them in lib/_osextra.py), and
 * the file tests of os.path (the rest of os.path is lib/posixpath.py). */
#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>
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
/* ---- the calls lib/_osextra.py builds on -------------------------------------------- */
static int64_t mode_arg(Value *a, int n, int i, int64_t dflt) {
    int64_t m = dflt;
    if (n > i && !val_as_i64(a[i], &m)) { int_arg_error(a[i]); return -1; }
    return m;
}

/* os._stat(path, follow): (mode, ino, dev, nlink, uid, gid, size, atime_ns,
 * mtime_ns, ctime_ns, blksize, blocks, rdev) */
static Value os_stat_raw(Value *a, int n, Dict *kw) {
    (void)kw;
    const char *p = path_arg(a[0], "stat");
    if (!p) return V_NULL;
    bool follow = n < 2 || obj_truth(a[1]) > 0;
    struct stat st;
    int r, e = 0;
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_IO, "os.stat");
    r = follow ? stat(p, &st) : lstat(p, &st);
    if (r < 0) e = errno;
    BLOCKING_END(ts);
    if (r < 0) return err_oserror(e, p);
    int64_t f[13] = {st.st_mode, (int64_t)st.st_ino, (int64_t)st.st_dev, (int64_t)st.st_nlink, st.st_uid, st.st_gid,
                     st.st_size, st.st_atim.tv_sec * INT64_C(1000000000) + st.st_atim.tv_nsec,
                     st.st_mtim.tv_sec * INT64_C(1000000000) + st.st_mtim.tv_nsec,
                     st.st_ctim.tv_sec * INT64_C(1000000000) + st.st_ctim.tv_nsec, st.st_blksize, st.st_blocks,
                     (int64_t)st.st_rdev};
    Value t = tuple_new(13);
    for (int i = 0; t && i < 13; i++) {
        Value v = int_from_i64(f[i]);
        if (!v) { decref(t); return V_NULL; }
        AS_TUPLE(t)->items[i] = v;
    }
    return t;
}

/* one system call on one or two paths, the thread detached while it runs */
enum { PC_MKDIR, PC_RMDIR, PC_RENAME, PC_CHMOD, PC_SYMLINK };
static Value path_call(int which, Value *a, int n, const char *fn) {
    const char *p = path_arg(a[0], fn), *q = NULL;
    if (!p) return V_NULL;
    if ((which == PC_RENAME || which == PC_SYMLINK) && !(q = path_arg(a[1], fn))) return V_NULL;
    int64_t mode = which == PC_MKDIR ? mode_arg(a, n, 1, 0777) : which == PC_CHMOD ? mode_arg(a, n, 1, 0) : 0;
    if (mode < 0 && err_occurred()) return V_NULL;
    int r = 0, e = 0;
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_IO, "os path call");
    switch (which) {
    case PC_MKDIR: r = mkdir(p, (mode_t)mode); break;
    case PC_RMDIR: r = rmdir(p); break;
    case PC_RENAME: r = rename(p, q); break;
    case PC_CHMOD: r = chmod(p, (mode_t)mode); break;
    default: r = symlink(p, q); break;
    }
    if (r < 0) e = errno;
    BLOCKING_END(ts);
    if (r < 0) return err_oserror(e, p);
    return V_NONE;
}
static Value os_mkdir(Value *a, int n, Dict *kw) { (void)kw; return path_call(PC_MKDIR, a, n, "mkdir"); }
static Value os_rmdir(Value *a, int n, Dict *kw) { (void)kw; return path_call(PC_RMDIR, a, n, "rmdir"); }
static Value os_rename(Value *a, int n, Dict *kw) { (void)kw; return path_call(PC_RENAME, a, n, "rename"); }
static Value os_replace(Value *a, int n, Dict *kw) { (void)kw; return path_call(PC_RENAME, a, n, "replace"); }
static Value os_chmod(Value *a, int n, Dict *kw) { (void)kw; return path_call(PC_CHMOD, a, n, "chmod"); }
static Value os_symlink(Value *a, int n, Dict *kw) { (void)kw; return path_call(PC_SYMLINK, a, n, "symlink"); }

static Value os_readlink(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    const char *p = path_arg(a[0], "readlink");
    if (!p) return V_NULL;
    char buf[4096];
    ssize_t r = readlink(p, buf, sizeof buf - 1);
    if (r < 0) return err_oserror(errno, p);
    return str_new(buf, r);
}

/* os.urandom(n): n bytes from the kernel */
static Value os_urandom(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t want;
    if (!val_as_i64(a[0], &want)) return int_arg_error(a[0]);
    if (want < 0) return err_set_str(&Exc_ValueError, "negative argument not allowed");
    char *buf = mem_alloc((size_t)want + 1);
    if (!buf) return V_NULL;
    for (int64_t got = 0; got < want;) {
        ssize_t r = getrandom(buf + got, (size_t)(want - got), 0);
        if (r < 0 && errno != EINTR) { int e = errno; mem_free(buf); return err_oserror(e, NULL); }
        if (r > 0) got += r;
    }
    Value b = bytes_new(buf, want);
    mem_free(buf);
    return b;
}

/* os._scandir(path): [(name, kind)], kind 1 directory, 2 file, 3 link, 0 unknown */
static Value os_scandir_raw(Value *a, int n, Dict *kw) {
    (void)kw;
    const char *p = n && a[0] != V_NONE ? path_arg(a[0], "scandir") : ".";
    if (!p) return V_NULL;
    DIR *d = opendir(p);
    if (!d) return err_oserror(errno, p);
    Value out = list_new(0);
    struct dirent *e;
    while (out && (errno = 0, e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (!utf8_valid(e->d_name, (int64_t)strlen(e->d_name), NULL)) continue;
        int kind = e->d_type == DT_DIR ? 1 : e->d_type == DT_REG ? 2 : e->d_type == DT_LNK ? 3 : 0;
        Value t = tuple_pack(2, str_from_c(e->d_name), MK_SMALL(kind));
        if (!t || list_append(out, t) < 0) { xdecref(t); decref(out); out = V_NULL; }
        else decref(t);
    }
    int err = errno;
    closedir(d);
    if (out && err) { decref(out); return err_oserror(err, p); }
    return out;
}

/* os.uname(): (sysname, nodename, release, version, machine) */
static Value os_uname_raw(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    struct utsname u;
    if (uname(&u) < 0) return os_error();
    return tuple_pack(5, str_from_c(u.sysname), str_from_c(u.nodename), str_from_c(u.release), str_from_c(u.version),
                      str_from_c(u.machine));
}

/* os._winsize(fd): (columns, lines) of a terminal */
static Value os_winsize(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t fd = 1;
    if (n > 0 && !val_as_i64(a[0], &fd)) return int_arg_error(a[0]);
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) < 0) return os_error();
    return tuple_pack(2, MK_SMALL(w.ws_col), MK_SMALL(w.ws_row));
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
    module_add_func(m, "_stat", os_stat_raw, 1, 2, false);
    module_add_func(m, "mkdir", os_mkdir, 1, 2, false);
    module_add_func(m, "rmdir", os_rmdir, 1, 1, false);
    module_add_func(m, "rename", os_rename, 2, 2, false);
    module_add_func(m, "replace", os_replace, 2, 2, false);
    module_add_func(m, "chmod", os_chmod, 2, 2, false);
    module_add_func(m, "symlink", os_symlink, 2, 2, false);
    module_add_func(m, "readlink", os_readlink, 1, 1, false);
    module_add_func(m, "urandom", os_urandom, 1, 1, false);
    module_add_func(m, "_scandir", os_scandir_raw, 0, 1, false);
    module_add_func(m, "_uname", os_uname_raw, 0, 0, false);
    module_add_func(m, "_winsize", os_winsize, 0, 1, false);
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
