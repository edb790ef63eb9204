/* mod_sys.c - the sys module. */
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

Value builtin_stdout(void);
Value builtin_stderr(void);

static Value sys_exit(Value *a, int n, Dict *kw) {
    (void)kw;
    if (n == 0) return err_set_value(&Exc_SystemExit, V_NULL);
    incref(a[0]);
    return err_set_value(&Exc_SystemExit, a[0]);
}
static Value sys_setswitchinterval(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double d;
    if (!val_as_double(a[0], &d)) return err_format(&Exc_TypeError, "must be real number, not %s", type_name(a[0]));
    if (d <= 0) return err_set_str(&Exc_ValueError, "switch interval must be strictly positive");
    pol_set_switch_interval(d);
    return V_NONE;
}
static Value sys_getswitchinterval(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    return float_new(pol_get_switch_interval());
}
static Value sys_is_gil_enabled(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    return MK_BOOL(POL_GIL_ENABLED);
}
static Value sys_getrecursionlimit(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    return MK_SMALL(RECURSION_LIMIT);
}
static Value sys_setrecursionlimit(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t v;
    if (!val_as_i64(a[0], &v)) return err_set_str(&Exc_TypeError, "an integer is required");
    if (v < 1) return err_set_str(&Exc_ValueError, "recursion limit must be greater or equal than 1");
    /* the limit is fixed by the frame arena; accepting the call keeps programs running */
    return V_NONE;
}
static Value sys_set_int_max_str_digits(Value *a, int n, Dict *kw) {
    Value v = n > 0 ? a[0] : V_NULL;
    if (kw) {
        Value t = kw_take(kw, str_intern_c("maxdigits"));
        if (t) { v = t; decref(t); }
        if (kw_done("set_int_max_str_digits", kw) < 0) return V_NULL;
    }
    if (!v) return err_set_str(&Exc_TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    int64_t d = obj_index(v, NULL);
    if (d == -1 && err_occurred()) return V_NULL;
    if (d != 0 && d < 640) return err_set_str(&Exc_ValueError, "maxdigits must be 0 or larger than 640");
    STORE_RELAXED(&int_max_str_digits, d);
    return V_NONE;
}
static Value sys_get_int_max_str_digits(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    return int_from_i64(LOAD_RELAXED(&int_max_str_digits));
}
static Value sys_getframe(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t depth = 0;
    if (n > 0 && !val_as_i64(a[0], &depth)) return int_arg_error(a[0]);
    return frame_snapshot(depth < 0 ? 0 : depth);
}
static Value sys_intern(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_STR(a[0])) return err_format(&Exc_TypeError, "intern() argument must be str, not %s", type_name(a[0]));
    incref(a[0]);
    Str *s = str_intern(AS_STR(a[0]));
    return OBJ_VAL(s);
}
static Value sys_exc_info(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    Value h = cur_ts->handled;
    if (!h) return tuple_pack(3, V_NONE, V_NONE, V_NONE);
    Value tb = exc_get(h, EXC_TRACEBACK);
    if (!tb) tb = V_NONE;
    incref(OBJ_VAL(TYPE(h)));
    incref(h);
    return tuple_pack(3, OBJ_VAL(TYPE(h)), h, tb);
}
static Value sys_getrefcount(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (IS_SMALL(a[0])) return MK_SMALL(1000000000);
    return int_from_i64(LOAD_RELAXED(&AS_OBJ(a[0])->rc) & ~RC_IMMORTAL);
}

/* sys.getsizeof(obj[, default]): obj.__sizeof__(), as CPython (which also
 * adds its garbage collector's header; twinpy has none to add).  With a
 * default, an object whose __sizeof__ raises TypeError gets the default. */
static Value sys_getsizeof(Value *a, int n, Dict *kw) {
    (void)kw;
    /* looked up on the type, so that getsizeof(int) measures the class */
    Value m = type_lookup(TYPE(a[0]), str_intern_c("__sizeof__"));
    Value r = m ? call_with_self(m, a[0], NULL, 0, NULL) : V_NULL;
    xdecref(m);
    if (!r) {
        if (n > 1 && err_matches(&Exc_TypeError)) { err_clear(); incref(a[1]); return a[1]; }
        return V_NULL;
    }
    if (!IS_INT(r)) {
        decref(r);
        return err_set_str(&Exc_TypeError, "an integer is required");
    }
    int64_t size;
    if (!val_as_i64(r, &size) || size < 0) {
        decref(r);
        return err_set_str(&Exc_ValueError, "__sizeof__() should return >= 0");
    }
    return r;
}

/* sys.path at start-up: the script's directory ("" for -c and stdin: the
 * current one), then the directories of PYTHONPATH */
static Value initial_path(void) {
    Value l = list_new(0);
    if (!l) return V_NULL;
    Value d = OBJ_VAL(interp.script_dir ? interp.script_dir : str_intern_c(""));
    list_append(l, d);
    const char *pp = getenv("PYTHONPATH");
    while (pp && *pp) {
        const char *q = strchr(pp, ':');
        int64_t n = q ? q - pp : (int64_t)strlen(pp);
        if (n > 0) {
            Value e = str_new(pp, n);
            if (e) { list_append(l, e); decref(e); }
        }
        pp = q ? q + 1 : NULL;
    }
    return l;
}

/* sys.version_info: (3, 11, 0, 'final', 0) with its items named (_sysinfo.py) */
static Value version_info(void) {
    Value t = tuple_pack(5, MK_SMALL(3), MK_SMALL(11), MK_SMALL(0), str_from_c("final"), MK_SMALL(0));
    Value mod = t ? import_module(str_intern_c("_sysinfo"), true) : V_NULL;
    Value cls = mod ? obj_getattr(mod, str_intern_c("version_info")) : V_NULL;
    Value v = cls ? call1(cls, t) : V_NULL;
    xdecref(cls);
    xdecref(mod);
    if (!v && t) { err_clear(); return t; } /* a plain tuple, then */
    xdecref(t);
    return v;
}

Value mod_sys_init(void) {
    Value mv = module_new("sys");
    if (!mv) return V_NULL;
    Module *m = (Module *)AS_OBJ(mv);
    module_add_func(m, "exit", sys_exit, 0, 1, false);
    module_add_func(m, "setswitchinterval", sys_setswitchinterval, 1, 1, false);
    module_add_func(m, "getswitchinterval", sys_getswitchinterval, 0, 0, false);
    module_add_func(m, "_is_gil_enabled", sys_is_gil_enabled, 0, 0, false);
    module_add_func(m, "getrecursionlimit", sys_getrecursionlimit, 0, 0, false);
    module_add_func(m, "setrecursionlimit", sys_setrecursionlimit, 1, 1, false);
    module_add_func(m, "set_int_max_str_digits", sys_set_int_max_str_digits, 0, 1, true);
    module_add_func(m, "get_int_max_str_digits", sys_get_int_max_str_digits, 0, 0, false);
    module_add_func(m, "_getframe", sys_getframe, 0, 1, false);
    module_add_func(m, "intern", sys_intern, 1, 1, false);
    module_add_func(m, "exc_info", sys_exc_info, 0, 0, false);
    module_add_func(m, "getrefcount", sys_getrefcount, 1, 1, false);
    module_add_func(m, "getsizeof", sys_getsizeof, 1, 2, false);
    incref(interp.argv);
    module_add(m, "argv", interp.argv);
    incref(OBJ_VAL(interp.modules));
    module_add(m, "modules", OBJ_VAL(interp.modules));
    Value in = file_stdin();
    incref(in);
    module_add(m, "stdin", in);
    incref(in);
    module_add(m, "__stdin__", in);
    module_add(m, "stdout", builtin_stdout());
    module_add(m, "stderr", builtin_stderr());
    module_add(m, "__stdout__", builtin_stdout());
    module_add(m, "__stderr__", builtin_stderr());
    module_add(m, "maxsize", int_from_i64(INT64_MAX));
    module_add(m, "byteorder", str_from_c("little"));
    module_add(m, "platform", str_from_c("linux"));
    module_add(m, "version", str_from_c("3.11.0 (twinpy " TWINPY_VERSION ", " POL_BUILD_NAME ")"));
    module_add(m, "version_info", version_info());
    /* float_info, hash_info, int_info and flags: struct sequences of constants (_sysinfo.py) */
    Value info = import_module(str_intern_c("_sysinfo"), true);
    const char *names[] = {"float_info", "hash_info", "int_info", "flags"};
    for (int i = 0; info && i < 4; i++) {
        Value v = obj_getattr(info, str_intern_c(names[i]));
        if (v) module_add(m, names[i], v);
        else err_clear();
    }
    if (!info) err_clear();
    xdecref(info);
    module_add(m, "implementation_name", str_from_c("twinpy"));
    module_add(m, "path", initial_path());
    module_add(m, "executable", str_from_c(POL_BUILD_NAME));
    return mv;
}
