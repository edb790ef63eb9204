/* main.c - the command line.
 *
 *   interp-gil FILE.py [args]   run a program
 *   interp-gil -c CODE [args]   run CODE
 *   interp-gil -m MODULE [args] run a library module (or MODULE.py on the path) as __main__
 *   interp-gil - | (no file)    run the program on standard input
 *   interp-gil -X leakcheck ... count live objects after finalizing
 *   interp-gil -X trace=FILE    a timeline of every thread (instr.c)
 *   interp-gil -X lockstats[=FILE]  where threads waited, at exit (lockstats.c)
 *   TWINPY_TRACE=FILE, TWINPY_LOCKSTATS=FILE (or 1: stderr) do the same
 *   interp-gil --version, -h
 * Exit status: 0, 1 for an uncaught exception or a syntax error, the code
 * given to sys.exit(), 2 for a bad command line or an unreadable file. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "runtime.h"
#include "instr.h"

#ifndef TWINPY_SANITIZER
#define TWINPY_SANITIZER "none"
#endif

extern const char *progname;
int report_exception(void);
char *read_source_file(const char *path, int64_t *len);
int run_source_in_module(const char *src, int64_t len, Str *filename, Module *m);

static void usage(FILE *out) {
    fprintf(out,
            "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Runs a Python 3 program on twinpy's %s build (%s, %s refcounts).\n"
            "\n"
            "Options:\n"
            "  -c cmd         program passed in as a string\n"
            "  -m mod         run library module mod as a script (a package: mod.__main__;\n"
            "                 also mod.py or mod/__main__.py in the current directory or PYTHONPATH)\n"
            "  -              read the program from standard input (also the default)\n"
            "  -X leakcheck   after the program ends, free everything and report\n"
            "                 objects still alive (reference cycles are never collected)\n"
            "  -X trace=FILE  write a timeline of every thread to FILE (Chrome trace\n"
            "                 JSON: Perfetto, chrome://tracing, tools/timeline.sh)\n"
            "  -X lockstats[=FILE]  at exit, where threads waited: contended locks,\n"
            "                 blocking calls, the GIL (stderr, or FILE and FILE.csv)\n"
            "  -u             accepted for compatibility (output is already flushed at exit)\n"
            "  -h, --help     this message\n"
            "  --version      build name, locking, refcounts, allocator, compiler\n"
            "\n"
            "Environment: TWINPY_TRACE=FILE, TWINPY_LOCKSTATS=FILE (or 1 for stderr).\n"
            "\n"
            "Exit status: 0 on success, 1 on an uncaught exception or syntax error,\n"
            "the code given to sys.exit(), 2 for a bad command line.\n",
            progname, POL_BUILD_NAME, POL_LOCK_KIND, POL_REFCOUNT_KIND);
}

/* After a bad command line: the error, the usage line, a pointer to -h. */
static int bad_command_line(void) {
    fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", progname);
    fprintf(stderr, "Try `%s -h' for more information.\n", progname);
    return 2;
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

/* -X NAME or -X NAME=VALUE: 1 known, 0 unknown, -1 bad (message printed). */
static const char *trace_path, *stats_path;
static bool stats_on;
static int x_option(const char *x) {
    if (strcmp(x, "leakcheck") == 0) { interp.leakcheck = true; return 1; }
    if (strncmp(x, "trace", 5) == 0 && (x[5] == 0 || x[5] == '=')) {
        if (x[5] == 0 || x[6] == 0) {
            fprintf(stderr, "%s: -X trace needs a file: -X trace=FILE\n", progname);
            return -1;
        }
        trace_path = x + 6;
        return 1;
    }
    if (strncmp(x, "lockstats", 9) == 0 && (x[9] == 0 || x[9] == '=')) {
        stats_on = true;
        stats_path = x[9] && x[10] ? x + 10 : NULL;
        return 1;
    }
    return 0;
}

/* -m NAME: the library module's source (a package: its __main__), or a file
 * NAME.py or NAME/__main__.py (dots as directories) in the current
 * directory or a PYTHONPATH entry.  *path is the file, or NULL for a
 * module compiled in (its source is returned). */
static char pathbuf[4200];
static const char *find_main_module(const char *name, const char **path) {
    int is_package = 0;
    const char *src = embedded_source(name, &is_package);
    if (src && is_package) {
        char sub[512];
        snprintf(sub, sizeof sub, "%s.__main__", name);
        src = embedded_source(sub, &is_package);
    }
    *path = NULL;
    if (src) return src;
    char rel[1024];
    snprintf(rel, sizeof rel, "%s", name);
    for (char *p = rel; *p; p++)
        if (*p == '.') *p = '/';
    const char *pp = getenv("PYTHONPATH");
    char dirs[4096];
    snprintf(dirs, sizeof dirs, ".:%s", pp ? pp : "");
    for (char *dir = strtok(dirs, ":"); dir; dir = strtok(NULL, ":")) {
        struct stat st;
        const char *forms[] = {"%s/%s.py", "%s/%s/__main__.py"};
        for (int k = 0; k < 2; k++) {
            snprintf(pathbuf, sizeof pathbuf, forms[k], dir, rel);
            if (stat(pathbuf, &st) == 0 && S_ISREG(st.st_mode)) { *path = pathbuf; return NULL; }
        }
    }
    return NULL;
}

int main(int argc, char **argv) {
    const char *slash = strrchr(argv[0], '/');
    progname = slash ? slash + 1 : argv[0];
    const char *code = NULL, *file = NULL, *module_src = NULL, *module_name = NULL;
    const char *env = getenv("TWINPY_TRACE");
    if (env && *env) trace_path = env;
    env = getenv("TWINPY_LOCKSTATS");
    if (env && *env && strcmp(env, "0") != 0) {
        stats_on = true;
        stats_path = strcmp(env, "1") == 0 || strcmp(env, "-") == 0 ? NULL : env;
    }
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) { usage(stdout); return 0; }
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) { version(); return 0; }
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "%s: Argument expected for the -c option\n", progname);
                return bad_command_line();
            }
            code = argv[++i];
            i++;
            break;
        }
        if (strcmp(a, "-m") == 0 || (strncmp(a, "-m", 2) == 0 && a[2])) {
            if (!a[2] && i + 1 >= argc) {
                fprintf(stderr, "%s: Argument expected for the -m option\n", progname);
                return bad_command_line();
            }
            module_name = a[2] ? a + 2 : argv[++i];
            const char *path;
            module_src = find_main_module(module_name, &path);
            if (!module_src && !path) {
                fprintf(stderr, "%s: No module named %s\n", progname, module_name);
                return 1;
            }
            i++;
            if (path) file = path;
            else code = module_src; /* run as a string, with the module's own name for tracebacks */
            argv[i - 1] = path ? (char *)path : (char *)module_name; /* sys.argv[0] */
            break;
        }
        if (strcmp(a, "-X") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "%s: Argument expected for the -X option\n", progname);
                return bad_command_line();
            }
            const char *x = argv[++i];
            int r = x_option(x);
            if (r < 0) return bad_command_line();
            if (r == 0) {
                fprintf(stderr, "%s: unknown -X option '%s' (known: leakcheck, trace=FILE, lockstats[=FILE])\n", progname, x);
                return bad_command_line();
            }
            continue;
        }
        if (strncmp(a, "-X", 2) == 0 && a[2]) {
            int r = x_option(a + 2);
            if (r < 0) return bad_command_line();
            if (r == 0) {
                fprintf(stderr, "%s: unknown -X option '%s' (known: leakcheck, trace=FILE, lockstats[=FILE])\n", progname, a + 2);
                return bad_command_line();
            }
            continue;
        }
        if (strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 || strcmp(a, "-s") == 0) continue;
        if (strcmp(a, "-") == 0) { i++; break; }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "%s: unknown option %s\n", progname, a);
            return bad_command_line();
        }
        file = a;
        break;
    }
    int script_index = code ? i - 1 : file ? i : i;
    if (code && !module_name) {
        /* sys.argv[0] is "-c" */
        argv[i - 1] = "-c";
    }
    if ((trace_path || stats_on) && instr_init(trace_path, stats_on, stats_path) < 0) return 2;
    runtime_init(argc, argv, code || module_name ? i - 1 : file ? i : (i < argc ? i : argc));
    (void)script_index;

    char *src = NULL;
    int64_t len = 0;
    Str *fname;
    if (code) {
        src = strdup(code);
        len = (int64_t)strlen(code);
        if (module_name) {
            char mname[600];
            snprintf(mname, sizeof mname, "<twinpy %s>", module_name);
            Value fv = str_from_c(mname);
            fname = fv ? str_intern(AS_STR(fv)) : str_intern_c("<string>");
        } else fname = str_intern_c("<string>");
        interp.script_dir = str_intern_c("");
    } else if (file) {
        struct stat st;
        if (stat(file, &st) == 0 && S_ISDIR(st.st_mode)) {
            fprintf(stderr, "%s: can't run '%s': it is a directory\n", progname, file);
            return 1;
        }
        src = read_source_file(file, &len);
        if (!src) {
            /* as CPython: "[Errno 2] No such file or directory", no file name again */
            Value e = err_fetch();
            Value no = e && exc_is_instance(e, &Exc_OSError) ? obj_getattr(e, str_intern_c("errno")) : V_NULL;
            Value msg = no && IS_SMALL(no) ? obj_getattr(e, str_intern_c("strerror")) : V_NULL;
            if (msg && IS_STR(msg))
                fprintf(stderr, "%s: can't open file '%s': [Errno %lld] %s\n", progname, file, (long long)SMALL_VAL(no),
                        AS_STR(msg)->data);
            else {
                err_clear();
                Value s = e ? obj_str(e) : V_NULL;
                fprintf(stderr, "%s: can't open file '%s': %s\n", progname, file, s ? AS_STR(s)->data : "error");
                xdecref(s);
            }
            err_clear();
            xdecref(no);
            xdecref(msg);
            xdecref(e);
            return 2;
        }
        /* the script's name as CPython gives it to __file__ and tracebacks:
         * made absolute by the current directory, not otherwise normalised */
        char cwd[4096];
        Value fv;
        if (file[0] != '/' && getcwd(cwd, sizeof cwd)) {
            SBuf pb;
            sb_init(&pb);
            sb_adds(&pb, cwd);
            if (pb.len && cwd[pb.len - 1] != '/') sb_addc(&pb, '/');
            sb_adds(&pb, file);
            fv = sb_finish(&pb);
        } else fv = str_from_c(file);
        if (!fv) { fprintf(stderr, "%s: out of memory\n", progname); return 1; }
        fname = str_intern(AS_STR(fv));
        const char *abs = fname->data, *sl = strrchr(abs, '/'); /* modules beside it: found by the same absolute path */
        Value dir = sl ? str_new(abs, sl == abs ? 1 : sl - abs) : str_from_c("");
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
        instr_finish();
        _exit(status);
    }
    status = runtime_finalize(status);
    out_flush();
    return status;
}
