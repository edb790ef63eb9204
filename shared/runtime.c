/* runtime.c - start-up and shutdown of the interpreter: the main thread,
 * the types, the builtins, __main__; at exit, waiting for threads and
 * (with -X leakcheck) freeing everything to count what is left. */
#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "runtime.h"
#include "instr.h"

#ifndef TWINPY_ALLOC
#define TWINPY_ALLOC "libc"
#endif
#ifndef TWINPY_CC
#define TWINPY_CC "unknown compiler"
#endif
const char *const build_allocator = TWINPY_ALLOC;
const char *const build_compiler = TWINPY_CC;

Interp interp;
Names N;
const char *progname = "interp";

void str_init_methods(void);
void tuple_init_methods(void);
void list_init_methods(void);
void dict_init_methods(void);
void set_init_methods(void);
void module_init_type(void);
void vm_init_types(void);
void ops_init(void);
void alias_init_types(void);
void th_register_main(ThreadState *ts);
void th_set_main_ident(int64_t id);
void th_set_finalizing(void);
void str_free_interned(void);
void tuple_free_empty(void);

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
    bytes_init_type();
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
    complex_init_type();
    frameobj_init_type();
    bytes_init_methods(); /* after int's: it adds int.to_bytes and from_bytes */
    bytearray_init();
    iter_init_types();
    func_init_types();
    exc_init_types();
    module_init_type();
    vm_init_types();
    alias_init_types();
    ops_init();

    Value mods = dict_new();
    immortal_track(AS_OBJ(mods));
    interp.modules = AS_DICT(mods);
    builtins_init();
    dunder_install_all();
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
int system_exit_status(Value exc) {
    Value args = exc_get(exc, EXC_ARGS);
    int64_t n = args && IS_TUPLE(args) ? AS_TUPLE(args)->len : 0;
    Value code = n == 0 ? V_NONE : n == 1 ? AS_TUPLE(args)->items[0] : args;
    int64_t i;
    int status = 1;
    if (code == V_NONE) status = 0;
    else if (val_as_i64(code, &i)) status = (int)(i & 0xff);
    else {
        Value s = obj_str(code);
        if (s) {
            out_flush();
            fprintf(stderr, "%s\n", AS_STR(s)->data);
            decref(s);
        } else err_clear();
    }
    xdecref(args);
    return status;
}

/* The status for the exception the program ended with (prints it). */
int report_exception(void) {
    Value exc = err_fetch();
    if (!exc) return 1;
    int status;
    if (exc_is_instance(exc, &Exc_SystemExit)) status = system_exit_status(exc);
    else {
        exc_print(exc, stderr);
        /* CPython ends by SIGINT after an uncaught KeyboardInterrupt: the
         * shell sees 128 + 2 */
        status = exc_is_instance(exc, &Exc_KeyboardInterrupt) ? 130 : 1;
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
    file_flush_all();
    fflush(stderr);
    instr_finish(); /* the trace and the lock report, before anything is freed */
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
    pol_reclaim_all(ts);
    xdecref(interp.argv);
    interp.argv = V_NULL;
    file_finalize();
    immortals_finalize();
    th_clear_freelists(ts);
    str_free_interned();
    tuple_free_empty();
    bytes_free_empty();
    int64_t live = mem_live_objects();
    if (live != 0) {
        fprintf(stderr, "%s: leakcheck: %lld objects still alive after finalization\n", progname, (long long)live);
        if (status == 0) status = 70;
    }
    return status;
}

