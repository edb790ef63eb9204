/* main.c - the command line, start-up and shutdown.
 *
 *   interp-gil FILE.py [args]   run a program
 *   interp-gil -c CODE [args]   run CODE
 *   interp-gil - | (no file)    run the program on standard input
 *   interp-gil -X leakcheck ... count live objects after finalizing
 *   interp-gil --version, -h
 * Exit status: 0, 1 for an uncaught exception or a syntax error, the code
 * given to sys.exit(), 2 for a bad command line or an unreadable file. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "runtime.h"

#ifndef TWINPY_ALLOC
#define TWINPY_ALLOC "libc"
#endif
#ifndef TWINPY_CC
#define TWINPY_CC "unknown compiler"
#endif
#ifndef TWINPY_SANITIZER
#define TWINPY_SANITIZER "none"
#endif
const char *const build_allocator = TWINPY_ALLOC;
const char *const build_compiler = TWINPY_CC;

Interp interp;
Names N;
static const char *progname = "interp";

void str_init_methods(void);
void tuple_init_methods(void);
void list_init_methods(void);
void dict_init_methods(void);
void set_init_methods(void);
void module_init_type(void);
void vm_init_types(void);
void ops_init(void);
void th_register_main(ThreadState *ts);
void th_set_main_ident(int64_t id);
void th_set_finalizing(void);
void str_free_interned(void);
void tuple_free_empty(void);
char *read_source_file(const char *path, int64_t *len);
int run_source_in_module(const char *src, int64_t len, Str *filename, Module *m);

static void usage(FILE *out) {
    fprintf(out,
            "usage: %s [option] ... [-c cmd | file | -] [arg] ...\n"
            "Runs a Python 3 program on twinpy's %s build (%s, %s refcounts).\n"
            "\n"
            "Options:\n"
            "  -c cmd         program passed in as a string\n"
            "  -              read the program from standard input (also the default)\n"
            "  -X leakcheck   after the program ends, free everything and report\n"
            "                 objects still alive (reference cycles are never collected)\n"
            "  -u             accepted for compatibility (output is already flushed at exit)\n"
            "  -h, --help     this message\n"
            "  --version      build name, locking, refcounts, allocator, compiler\n"
            "\n"
            "Exit status: 0 on success, 1 on an uncaught exception or syntax error,\n"
            "the code given to sys.exit(), 2 for a bad command line.\n",
            progname, POL_BUILD_NAME, POL_LOCK_KIND, POL_REFCOUNT_KIND);
}

static void version(void) {
    printf("twinpy %s (%s)\n", TWINPY_VERSION, POL_BUILD_NAME);
    printf("build: %s\n", POL_GIL_ENABLED ? "GIL" : "free-threaded");
    printf("locks: %s\n", POL_LOCK_KIND);
    printf("refcounts: %s\n", POL_REFCOUNT_KIND);
    printf("object header: %zu bytes\n", sizeof(Obj));
    printf("allocator: %s\n", build_allocator);
    printf("sanitizer: %s\n", TWINPY_SANITIZER);
    printf("compiler: %s\n", build_compiler);
    printf("language: Python 3.11 subset\n");
}

void runtime_init(int argc, char **argv, int script_index) {
    ThreadState *ts = th_new_state();
    if (!ts) {
        fprintf(stderr, "%s: out of memory at start-up\n", progname);
        exit(1);
    }
    cur_ts = ts;
    ts->is_main = true;
    ts->ident = (int64_t)pthread_self();
    ts->native_id = (int64_t)syscall(SYS_gettid);
    th_set_main_ident(ts->ident);
    th_register_main(ts);
    pol_init_main(ts);
    pol_attach(ts);

    str_init_type();
#define X(n) N.n = str_intern_c(#n);
    NAME_LIST(X)
#undef X
    tuple_init_type();
    list_init_type();
    dict_init_type();
    set_init_type();
    type_init();
    str_init_methods();
    tuple_init_methods();
    list_init_methods();
    dict_init_methods();
    set_init_methods();
    num_init_types();
    iter_init_types();
    func_init_types();
    exc_init_types();
    module_init_type();
    vm_init_types();
    ops_init();

    Value mods = dict_new();
    immortal_track(AS_OBJ(mods));
    interp.modules = AS_DICT(mods);
    builtins_init();
    Value argl = list_new(0);
    for (int i = script_index; i < argc; i++) {
        Value s = str_from_c(argv[i]);
        list_append(argl, s);
        decref(s);
    }
    if (script_index >= argc) {
        Value s = str_from_c("");
        list_append(argl, s);
        decref(s);
    }
    interp.argv = argl;
    Value mm = module_new("__main__");
    interp.main_module = (Module *)AS_OBJ(mm);
    dict_set_str(interp.main_module->dict, N.__builtins__, OBJ_VAL(interp.builtins));
    dict_set_str(interp.modules, N.__main__, mm);
    Value bm = dict_get_str(interp.modules, str_intern_c("builtins"));
    xdecref(bm);
}

/* The exit status for an uncaught SystemExit (and print its message). */
static int system_exit_status(Value exc) {
    Exc *e = (Exc *)AS_OBJ(exc);
    Value args = e->args;
    if (!args || !IS_TUPLE(args) || AS_TUPLE(args)->len == 0) return 0;
    Value code = AS_TUPLE(args)->len == 1 ? AS_TUPLE(args)->items[0] : args;
    if (code == V_NONE) return 0;
    int64_t i;
    if (val_as_i64(code, &i)) return (int)(i & 0xff);
    Value s = obj_str(code);
    if (s) {
        out_flush();
        fprintf(stderr, "%s\n", AS_STR(s)->data);
        decref(s);
    } else err_clear();
    return 1;
}

/* The status for the exception the program ended with (prints it). */
static int report_exception(void) {
    Value exc = err_fetch();
    if (!exc) return 1;
    int status;
    if (exc_is_instance(exc, &Exc_SystemExit)) status = system_exit_status(exc);
    else {
        exc_print(exc, stderr);
        status = 1;
    }
    decref(exc);
    return status;
}

/* Wait for non-daemon threads (threading._shutdown), as CPython does. */
static void shutdown_threads(void) {
    Value th = dict_get_str(interp.modules, str_intern_c("threading"));
    if (th) {
        Value r = call_method(th, N._shutdown, NULL, 0);
        if (!r) {
            Value e = err_fetch();
            if (e && !exc_is_instance(e, &Exc_SystemExit)) exc_print(e, stderr);
            xdecref(e);
        } else decref(r);
        decref(th);
    }
    th_wait_for_nondaemon();
}

int runtime_finalize(int status) {
    shutdown_threads();
    out_flush();
    fflush(stderr);
    if (!interp.leakcheck) return status;
    ThreadState *ts = cur_ts;
    th_set_finalizing();
    if (th_count_alive() > 0) {
        fprintf(stderr, "%s: leakcheck skipped: daemon threads are still running\n", progname);
        return status;
    }
    /* free everything: what the thread holds, then the immortals, then
     * the strings and singletons the runtime made at start-up */
    if (ts->handled) { Value h = ts->handled; ts->handled = V_NULL; decref(h); }
    if (ts->locals_map) { Value m = OBJ_VAL(ts->locals_map); ts->locals_map = NULL; decref(m); }
    xdecref(interp.argv);
    interp.argv = V_NULL;
    immortals_finalize();
    str_free_interned();
    tuple_free_empty();
    int64_t live = mem_live_objects();
    if (live != 0) {
        fprintf(stderr, "%s: leakcheck: %lld objects still alive after finalization\n", progname, (long long)live);
        if (status == 0) status = 70;
    }
    return status;
}

int main(int argc, char **argv) {
    const char *slash = strrchr(argv[0], '/');
    progname = slash ? slash + 1 : argv[0];
    const char *code = NULL, *file = NULL;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) { usage(stdout); return 0; }
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) { version(); return 0; }
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "%s: Argument expected for the -c option\n", progname);
                usage(stderr);
                return 2;
            }
            code = argv[++i];
            i++;
            break;
        }
        if (strcmp(a, "-X") == 0) {
            if (i + 1 >= argc) { fprintf(stderr, "%s: Argument expected for the -X option\n", progname); return 2; }
            const char *x = argv[++i];
            if (strcmp(x, "leakcheck") == 0) interp.leakcheck = true;
            else { fprintf(stderr, "%s: unknown -X option '%s' (known: leakcheck)\n", progname, x); return 2; }
            continue;
        }
        if (strcmp(a, "-Xleakcheck") == 0) { interp.leakcheck = true; continue; }
        if (strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 || strcmp(a, "-s") == 0) continue;
        if (strcmp(a, "-") == 0) { i++; break; }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "%s: unknown option %s\n", progname, a);
            usage(stderr);
            return 2;
        }
        file = a;
        break;
    }
    int script_index = code ? i - 1 : file ? i : i;
    if (code) {
        /* sys.argv[0] is "-c" */
        argv[i - 1] = "-c";
    }
    runtime_init(argc, argv, code ? i - 1 : file ? i : (i < argc ? i : argc));
    (void)script_index;

    char *src = NULL;
    int64_t len = 0;
    Str *fname;
    if (code) {
        src = strdup(code);
        len = (int64_t)strlen(code);
        fname = str_intern_c("<string>");
        interp.script_dir = str_intern_c("");
    } else if (file) {
        struct stat st;
        if (stat(file, &st) == 0 && S_ISDIR(st.st_mode)) {
            fprintf(stderr, "%s: can't run '%s': it is a directory\n", progname, file);
            return 1;
        }
        src = read_source_file(file, &len);
        if (!src) {
            Value e = err_fetch();
            Value s = e ? obj_str(e) : V_NULL;
            fprintf(stderr, "%s: can't open file '%s': %s\n", progname, file, s ? AS_STR(s)->data : "error");
            xdecref(s);
            xdecref(e);
            return 2;
        }
        Value fv = str_from_c(file);
        fname = str_intern(AS_STR(fv));
        const char *sl = strrchr(file, '/');
        Value dir = sl ? str_new(file, sl == file ? 1 : sl - file) : str_from_c("");
        interp.script_dir = str_intern(AS_STR(dir));
        dict_set_str(interp.main_module->dict, N.__file__, OBJ_VAL(fname));
    } else {
        SBuf b;
        sb_init(&b);
        char chunk[65536];
        ssize_t n;
        while ((n = read(0, chunk, sizeof chunk)) > 0 || (n < 0 && errno == EINTR))
            if (n > 0) sb_add(&b, chunk, n);
        sb_addc(&b, 0);
        src = b.buf;
        len = b.len - 1;
        fname = str_intern_c("<stdin>");
        interp.script_dir = str_intern_c("");
    }
    int status = 0;
    if (run_source_in_module(src, len, fname, interp.main_module) < 0) status = report_exception();
    free(src);
    if (interp.is_child) {
        /* a forked child that returned here (not through exit_child) */
        out_flush();
        _exit(status);
    }
    status = runtime_finalize(status);
    out_flush();
    return status;
}
