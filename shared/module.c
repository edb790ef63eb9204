/* module.c - module objects and import.
 *
 * `import m` looks in sys.modules, then the built-in modules written in C
 * (sys, time, math, os, _thread, _twinpy_mp), then the modules written in
 * Python that are compiled into the binary (threading, queue,
 * multiprocessing; shared/lib/), then each directory of sys.path (the
 * script's, then PYTHONPATH's): a package m/__init__.py, then m.py.  A
 * package's submodules come from its __path__; relative imports resolve
 * against the importing module's __package__.  A
 * module is entered in sys.modules before its body runs, and one import
 * lock makes every module run exactly once even when threads race. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "runtime.h"
#include "instr.h"

Type ModuleType = {.ob = OBJ_HEAD_INIT(&TypeType)};

Value module_new(const char *name) {
    Module *m = (Module *)obj_new(&ModuleType, sizeof(Module));
    if (!m) return V_NULL;
    Value d = dict_new();
    if (!d) { obj_free(&m->ob); return V_NULL; }
    m->dict = AS_DICT(d);
    m->name = str_intern_c(name);
    /* modules and their globals live until exit (see immortal_track) */
    immortal_track(AS_OBJ(d));
    immortal_track(&m->ob);
    dict_set_str(m->dict, N.__name__, OBJ_VAL(m->name));
    dict_set_str(m->dict, N.__doc__, V_NONE);
    return OBJ_VAL(m);
}

int module_add(Module *m, const char *name, Value v) {
    if (!v) return -1;
    int r = dict_set_str(m->dict, str_intern_c(name), v);
    decref(v);
    return r;
}

int module_add_func(Module *m, const char *name, NativeFn fn, int min, int max, bool kw) {
    Value f = native_new(name, fn, min, max, kw, V_NULL);
    if (!f) return -1;
    immortal_track(AS_OBJ(f));
    return module_add(m, name, f);
}

static Value module_getattr(Value self, Str *name) {
    Module *m = (Module *)AS_OBJ(self);
    Value v = dict_get_str(m->dict, name);
    if (v) return v;
    if (name == N.__dict__) { incref(OBJ_VAL(m->dict)); return OBJ_VAL(m->dict); }
    if (name == N.__class__) { incref(OBJ_VAL(&ModuleType)); return OBJ_VAL(&ModuleType); }
    err_format(&Exc_AttributeError, "module '%s' has no attribute '%s'", m->name->data, name->data);
    err_attr_context(self, name);
    return V_NULL;
}
static int module_setattr(Value self, Str *name, Value v) {
    Module *m = (Module *)AS_OBJ(self);
    if (v) return dict_set_str(m->dict, name, v);
    int r = dict_del(m->dict, OBJ_VAL(name));
    if (r == 0) {
        err_format(&Exc_AttributeError, "module '%s' has no attribute '%s'", m->name->data, name->data);
        return -1;
    }
    return r < 0 ? -1 : 0;
}
static Value module_repr(Value self) {
    Module *m = (Module *)AS_OBJ(self);
    Value file = dict_get_str(m->dict, N.__file__);
    SBuf b;
    sb_init(&b);
    /* as CPython: a module made by ModuleType() has a None loader and no
     * file, and its repr is the name alone */
    Value loader = file ? V_NULL : dict_get_str(m->dict, str_intern_c("__loader__"));
    if (file && IS_STR(file)) sb_addf(&b, "<module '%s' from '%s'>", m->name->data, AS_STR(file)->data);
    else if (loader == V_NONE) sb_addf(&b, "<module '%s'>", m->name->data);
    else sb_addf(&b, "<module '%s' (built-in)>", m->name->data);
    xdecref(file);
    xdecref(loader);
    return sb_finish(&b);
}
static void module_dealloc(Obj *o) { obj_free(o); }
/* types.ModuleType(name, doc=None): a new, empty module (not in sys.modules;
 * like every module it lives until exit) */
static Value module_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    Value name = nargs > 0 ? args[0] : kw ? dict_get_str(kw, str_intern_c("name")) : V_NULL;
    Value doc = nargs > 1 ? args[1] : kw ? dict_get_str(kw, str_intern_c("doc")) : V_NULL;
    if (nargs > 0 && name) incref(name);
    if (nargs > 1 && doc) incref(doc);
    int64_t nkw = kw ? dict_len(kw) : 0;
    Value r = V_NULL;
    if (nargs > 2 || nargs + nkw > 2 || (nkw && !(name || doc)))
        err_format(&Exc_TypeError, "module() takes at most 2 arguments (%lld given)", (long long)(nargs + nkw));
    else if (!name) err_set_str(&Exc_TypeError, "module() missing required argument 'name' (pos 1)");
    else if (!IS_STR(name)) err_format(&Exc_TypeError, "module() argument 'name' must be str, not %s", type_name(name));
    else if ((r = module_new(AS_STR(name)->data))) {
        Module *m = (Module *)AS_OBJ(r);
        dict_set_str(m->dict, N.__doc__, doc ? doc : V_NONE);
        const char *none[] = {"__package__", "__loader__", "__spec__"};
        for (int i = 0; i < 3; i++) dict_set_str(m->dict, str_intern_c(none[i]), V_NONE);
    }
    xdecref(name);
    xdecref(doc);
    return r;
}

void module_init_type(void) {
    ModuleType.dealloc = module_dealloc;
    ModuleType.getattr = module_getattr;
    ModuleType.setattr = module_setattr;
    ModuleType.repr = module_repr;
    ModuleType.newobj = module_newobj;
    type_ready(&ModuleType, "module", &ObjectType);
}

/* ---- the import lock --------------------------------------------------------------- */
static pthread_mutex_t import_mu;
static pthread_once_t import_once = PTHREAD_ONCE_INIT;
static void import_mu_init(void) {
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&import_mu, &a);
    pthread_mutexattr_destroy(&a);
}
static void import_lock(void) {
    pthread_once(&import_once, import_mu_init);
    if (pthread_mutex_trylock(&import_mu) == 0) return;
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_RUNTIME, "import lock");
    pthread_mutex_lock(&import_mu);
    BLOCKING_END(ts);
}
static void import_unlock(void) { pthread_mutex_unlock(&import_mu); }
void import_atfork_prepare(void) { pthread_once(&import_once, import_mu_init); pthread_mutex_lock(&import_mu); }
void import_atfork_parent(void) { pthread_mutex_unlock(&import_mu); }
void import_atfork_child(void) { import_mu_init(); }

/* ---- reading source ---------------------------------------------------------------------- */
/* Reads a whole file; NULL with an exception (OSError family) on failure. */
char *read_source_file(const char *path, int64_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        err_oserror(e, path);
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        err_oserror(EISDIR, path);
        return NULL;
    }
    SBuf b;
    sb_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) sb_add(&b, chunk, (int64_t)n);
    bool bad = ferror(f);
    int e = errno;
    fclose(f);
    if (bad) {
        sb_free(&b);
        err_oserror(e, path);
        return NULL;
    }
    if (b.failed) { sb_free(&b); err_no_memory(); return NULL; }
    sb_addc(&b, 0);
    *len = b.len - 1;
    return b.buf;
}

/* Checks that source text can be compiled: no NUL, valid UTF-8. */
int check_source(const char *src, int64_t len, Str *filename) {
    if (memchr(src, 0, (size_t)len)) {
        exc_syntax_error(&Exc_SyntaxError, "source code cannot contain null bytes", filename, 0, 0, NULL);
        return -1;
    }
    if (!utf8_valid(src, len, NULL)) {
        int64_t line = 1, i = 0;
        const unsigned char *p = (const unsigned char *)src;
        int64_t nchars;
        /* find the first bad byte */
        for (i = 0; i < len; i++) {
            if (p[i] == '\n') line++;
            if (p[i] >= 0x80) {
                int k = (p[i] & 0xE0) == 0xC0 ? 2 : (p[i] & 0xF0) == 0xE0 ? 3 : (p[i] & 0xF8) == 0xF0 ? 4 : 1;
                if (k == 1 || i + k > len || !utf8_valid(src + i, k, &nchars)) break;
                i += k - 1;
            }
        }
        char msg[256];
        snprintf(msg, sizeof msg,
                 "Non-UTF-8 code starting with '\\x%02x' in file %s on line %lld, but no encoding declared; see "
                 "https://peps.python.org/pep-0263/ for details",
                 i < len ? p[i] : 0, filename->data, (long long)line);
        exc_syntax_error(&Exc_SyntaxError, msg, filename, (int)line, 0, NULL);
        return -1;
    }
    return 0;
}

/* Compile src and run it as the body of module m. */
int run_source_in_module(const char *src, int64_t len, Str *filename, Module *m) {
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) { src += 3; len -= 3; }
    if (check_source(src, len, filename) < 0) return -1;
    Code *co = compile_module(src, len, filename);
    if (!co) return -1;
    Value r = vm_run_module(co, m->dict);
    if (!r) return -1;
    decref(r);
    return 0;
}

/* ---- built-in modules ---------------------------------------------------------------- */
typedef struct { const char *name; Value (*init)(void); } BuiltinMod;
static const BuiltinMod builtin_mods[] = {
    {"sys", mod_sys_init}, {"time", mod_time_init}, {"math", mod_math_init}, {"cmath", mod_cmath_init}, {"os", mod_os_init},
    {"_thread", mod_thread_init}, {"_twinpy_mp", mod_mp_init},
};

/* Run the module `fullname` from the file at path as a new module; pkgdir
 * is the directory of a package (path is its __init__.py), else NULL. */
static Value load_file(Str *fullname, const char *path, const char *pkgdir) {
    int64_t len = 0;
    char *src = read_source_file(path, &len);
    if (!src) return V_NULL;
    Value m = module_new(fullname->data);
    Value file = str_from_c(path);
    if (!m || !file) { mem_free(src); xdecref(m); xdecref(file); return V_NULL; }
    Module *mod = (Module *)AS_OBJ(m);
    dict_set_str(mod->dict, N.__file__, file);
    dict_set_str(mod->dict, N.__builtins__, OBJ_VAL(interp.builtins));
    const char *dot = strrchr(fullname->data, '.');
    Value pkg = pkgdir ? OBJ_VAL(fullname) : str_new(fullname->data, dot ? dot - fullname->data : 0);
    if (pkg) { dict_set_str(mod->dict, N.__package__, pkg); if (!pkgdir) decref(pkg); }
    if (pkgdir) {
        Value d = str_from_c(pkgdir);
        Value l = d ? list_new(0) : V_NULL;
        if (l) { list_append(l, d); dict_set_str(mod->dict, N.__path__, l); decref(l); }
        xdecref(d);
    }
    dict_set_str(interp.modules, fullname, m);
    int r = run_source_in_module(src, len, AS_STR(file), mod);
    immortal_track(AS_OBJ(file));
    mem_free(src);
    if (r < 0) {
        dict_del(interp.modules, OBJ_VAL(fullname));
        decref(m);
        return V_NULL;
    }
    return m;
}

/* Look for leaf in the directories of the list dirs (sys.path or a
 * package's __path__): a package dir/leaf/__init__.py first, then
 * dir/leaf.py; "" is the current directory.  V_NULL with no error: none. */
static Value load_from_dirs(Str *fullname, const char *leaf, Value dirs) {
    if (!dirs || !IS_LIST(dirs)) return V_NULL;
    Value snap = list_snapshot(dirs);
    if (!snap) return V_NULL;
    Value m = V_NULL;
    for (int64_t i = 0; i < AS_TUPLE(snap)->len && !m; i++) {
        Value d = AS_TUPLE(snap)->items[i];
        if (!IS_STR(d)) continue;
        const char *dir = AS_STR(d)->data, *sep = *dir ? "/" : "";
        char path[4200], pkgdir[4096];
        struct stat st;
        snprintf(pkgdir, sizeof pkgdir, "%s%s%s", dir, sep, leaf);
        snprintf(path, sizeof path, "%s/__init__.py", pkgdir);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) { m = load_file(fullname, path, pkgdir); break; }
        snprintf(path, sizeof path, "%s%s%s.py", dir, sep, leaf);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) { m = load_file(fullname, path, NULL); break; }
    }
    decref(snap);
    return m;
}

static Value find_module(Str *name);

/* The library module `name` compiled into the binary, run as a new module;
 * V_NULL without an error when there is none.  A package gets an empty
 * __path__: its submodules are found here too (find_child). */
static Value load_embedded(Str *name) {
    int is_package = 0;
    const char *src = embedded_source(name->data, &is_package);
    if (!src) return V_NULL;
    char pathbuf[256];
    snprintf(pathbuf, sizeof pathbuf, "<twinpy %s>", name->data);
    Value m = module_new(name->data);
    if (!m) return V_NULL;
    Module *mod = (Module *)AS_OBJ(m);
    dict_set_str(mod->dict, N.__builtins__, OBJ_VAL(interp.builtins));
    /* __package__: the package itself, or the one the module is in */
    const char *dot = strrchr(name->data, '.');
    Value pkg = is_package ? (incref(OBJ_VAL(name)), OBJ_VAL(name))
              : dot ? str_new(name->data, dot - name->data) : (incref(OBJ_VAL(str_intern_c(""))), OBJ_VAL(str_intern_c("")));
    if (pkg) { dict_set_str(mod->dict, N.__package__, pkg); decref(pkg); }
    if (is_package) {
        Value path = list_new(0);
        if (path) { dict_set_str(mod->dict, N.__path__, path); decref(path); }
    }
    dict_set_str(interp.modules, name, m);
    Value fname = str_from_c(pathbuf);
    int r = fname ? run_source_in_module(src, (int64_t)strlen(src), AS_STR(fname), mod) : -1;
    if (fname) immortal_track(AS_OBJ(fname));
    if (r < 0) {
        dict_del(interp.modules, OBJ_VAL(name));
        decref(m);
        return V_NULL;
    }
    return m;
}

/* sys.path as the program left it (the script's directory, then
 * PYTHONPATH, at start-up) */
static Value sys_path(void) {
    Value sys = find_module(str_intern_c("sys"));
    if (!sys) return V_NULL;
    Value p = obj_getattr_opt(sys, str_intern_c("path"));
    decref(sys);
    err_clear();
    return p;
}

static Value find_module(Str *name) {
    Value m = dict_get_str(interp.modules, name);
    if (m) return m;
    for (size_t i = 0; i < sizeof builtin_mods / sizeof builtin_mods[0]; i++) {
        if (!str_eq_c(name, builtin_mods[i].name)) continue;
        m = builtin_mods[i].init();
        if (!m) return V_NULL;
        if (dict_set_str(interp.modules, name, m) < 0) { decref(m); return V_NULL; }
        if (str_eq_c(name, "os")) {
            /* the parts of os written in Python (they import os, now there) */
            Value extra = import_module(str_intern_c("_osextra"), true);
            if (extra) decref(extra);
            else err_clear(); /* os keeps its C calls */
            /* os.path: the library's posixpath */
            Value pp = import_module(str_intern_c("posixpath"), true);
            if (pp) {
                obj_setattr(m, str_intern_c("path"), pp);
                dict_set_str(interp.modules, str_intern_c("os.path"), pp);
                decref(pp);
            } else err_clear(); /* the C file tests stay os.path */
        }
        return m;
    }
    m = load_embedded(name);
    if (m || err_occurred()) return m;
    Value path = sys_path();
    m = load_from_dirs(name, name->data, path);
    xdecref(path);
    if (!m && !err_occurred()) err_format(&Exc_ModuleNotFoundError, "No module named '%s'", name->data);
    return m;
}

/* parent.leaf: in sys.modules, from the parent package's __path__, or (for
 * a module that is not a package, as os.path) an attribute of it */
/* m, just loaded as parent.leaf: the package knows its submodule */
static Value adopt_child(Value parent, const char *leaf, Value m) {
    Value ln = str_from_c(leaf);
    Str *ls = ln ? str_intern(AS_STR(ln)) : NULL;
    if (ls) obj_setattr(parent, ls, m);
    err_clear();
    return m;
}

static Value find_child(Value parent, Str *fullname, const char *leaf) {
    Value m = dict_get_str(interp.modules, fullname);
    if (m) return m;
    if ((m = load_embedded(fullname))) return adopt_child(parent, leaf, m);
    if (err_occurred()) return V_NULL;
    Value dirs = obj_getattr_opt(parent, N.__path__);
    if (!dirs && err_occurred()) return V_NULL;
    if (dirs) {
        m = load_from_dirs(fullname, leaf, dirs);
        decref(dirs);
        if (m) return adopt_child(parent, leaf, m);
        if (err_occurred()) return V_NULL;
    } else {
        Value ln = str_from_c(leaf);
        Str *ls = ln ? str_intern(AS_STR(ln)) : NULL;
        m = ls ? obj_getattr_opt(parent, ls) : V_NULL;
        if (m || err_occurred()) return m;
        return err_format(&Exc_ModuleNotFoundError, "No module named '%s'; '%.*s' is not a package", fullname->data,
                          (int)(fullname->len - (int64_t)strlen(leaf) - 1), fullname->data);
    }
    return err_format(&Exc_ModuleNotFoundError, "No module named '%s'", fullname->data);
}

Value import_submodule_opt(Value pkg, Str *name) {
    Value dirs = obj_getattr_opt(pkg, N.__path__);
    if (!dirs) return V_NULL;
    decref(dirs);
    Value pn = obj_getattr_opt(pkg, N.__name__);
    if (!pn || !IS_STR(pn)) { xdecref(pn); err_clear(); return V_NULL; }
    SBuf b;
    sb_init(&b);
    sb_add_str(&b, AS_STR(pn));
    sb_addc(&b, '.');
    sb_add_str(&b, name);
    decref(pn);
    Value full = sb_finish(&b);
    if (!full) return V_NULL;
    Value m = import_module(str_intern(AS_STR(full)), true);
    if (!m && err_matches(&Exc_ModuleNotFoundError)) err_clear();
    return m;
}

Value import_module(Str *name, bool leaf) {
    import_lock();
    Value m;
    const char *dot = strchr(name->data, '.');
    if (dot) {
        /* a.b.c: a, then a.b, then a.b.c, each from its package */
        Value top = str_new(name->data, dot - name->data);
        Str *ts = top ? str_intern(AS_STR(top)) : NULL;
        m = ts ? find_module(ts) : V_NULL;
        const char *p = dot + 1;
        while (m && p) {
            const char *q = strchr(p, '.');
            Value full = str_new(name->data, q ? q - name->data : (int64_t)name->len);
            Value part = q ? str_new(p, q - p) : str_from_c(p);
            Value sub = full && part ? find_child(m, str_intern(AS_STR(full)), AS_STR(part)->data) : V_NULL;
            xdecref(part);
            decref(m);
            m = sub;
            p = q ? q + 1 : NULL;
        }
        if (m && !leaf) {
            /* `import a.b` binds a */
            decref(m);
            m = find_module(ts);
        }
    } else m = find_module(name);
    import_unlock();
    return m;
}

/* The absolute name of a relative import: the importing module's package
 * (__package__, or its __name__ when it is a package, or the part of
 * __name__ before the last dot), less level - 1 trailing parts, then name. */
Value import_module_level(Str *name, bool leaf, int level, Dict *g) {
    if (level <= 0) return import_module(name, leaf);
    Value pkg = dict_get_str(g, N.__package__);
    if (pkg && !IS_STR(pkg)) { decref(pkg); pkg = V_NULL; }
    if (!pkg) {
        Value nm = dict_get_str(g, N.__name__);
        Value path = dict_get_str(g, N.__path__);
        if (nm && IS_STR(nm)) {
            const char *d = strrchr(AS_STR(nm)->data, '.');
            pkg = path ? (incref(nm), nm) : str_new(AS_STR(nm)->data, d ? d - AS_STR(nm)->data : 0);
        }
        xdecref(nm);
        xdecref(path);
    }
    if (!pkg || AS_STR(pkg)->len == 0) {
        xdecref(pkg);
        return err_set_str(&Exc_ImportError, "attempted relative import with no known parent package");
    }
    int64_t end = AS_STR(pkg)->len;
    for (int k = 1; k < level; k++) {
        while (end > 0 && AS_STR(pkg)->data[end - 1] != '.') end--;
        if (end == 0) {
            decref(pkg);
            return err_set_str(&Exc_ImportError, "attempted relative import beyond top-level package");
        }
        end--;
    }
    SBuf b;
    sb_init(&b);
    sb_add(&b, AS_STR(pkg)->data, end);
    if (name->len) { sb_addc(&b, '.'); sb_add_str(&b, name); }
    decref(pkg);
    Value full = sb_finish(&b);
    if (!full) return V_NULL;
    return import_module(str_intern(AS_STR(full)), leaf);
}
