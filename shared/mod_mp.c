/* mod_mp.c - _twinpy_mp: fork, wait and exit, the primitives under the
 * multiprocessing module (shared/lib/multiprocessing.py).
 *
 * fork() while other threads run must leave the child with no lock held by
 * a thread that does not exist there.  So the forking thread takes the
 * import lock, stops the world (in the free-threaded build every other
 * thread parks at a safepoint or in a blocking call, never holding an
 * object lock; with a GIL, holding it is enough), takes the runtime's own
 * mutexes, and forks.  The child re-creates those mutexes and forgets the
 * other threads; the parent lets the world go again. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "runtime.h"
#include "instr.h"

void str_atfork_prepare(void);
void str_atfork_parent(void);
void str_atfork_child(void);
void out_atfork_prepare(void);
void out_atfork_parent(void);
void out_atfork_child(void);
void import_atfork_prepare(void);
void import_atfork_parent(void);
void import_atfork_child(void);
void immortal_atfork_child(void);

static Value mp_fork(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    ThreadState *ts = cur_ts;
    /* the import lock first, with the GIL released while we wait for it */
    BLOCKING_BEGIN(ts, BLK_RUNTIME, "import lock (fork)");
    import_atfork_prepare();
    BLOCKING_END(ts);
    pol_stop_the_world(ts);
    th_atfork_prepare();
    str_atfork_prepare();
    out_atfork_prepare();
    pid_t pid = fork();
    if (pid == 0) {
        out_atfork_child();
        str_atfork_child();
        immortal_atfork_child();
        file_atfork_child();
        import_atfork_child();
        th_atfork_child(ts);
        ts->is_main = true;
        interp.is_child = true;
        pol_after_fork_child(ts);
        if (INSTR_ON()) instr_fork_child();
        return MK_SMALL(0);
    }
    int e = errno;
    out_atfork_parent();
    str_atfork_parent();
    th_atfork_parent();
    pol_start_the_world(ts);
    import_atfork_parent();
    if (pid < 0) return err_oserror(e, NULL);
    if (INSTR_ON()) instr_fork_parent(pid);
    return int_from_i64(pid);
}

static int status_code(int st) {
    if (WIFEXITED(st)) return WEXITSTATUS(st);
    if (WIFSIGNALED(st)) return -WTERMSIG(st);
    return 0;
}

/* wait(pid, timeout=None) -> exit code, or None if still running */
static Value mp_wait(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t pid;
    if (!val_as_i64(a[0], &pid)) return err_set_str(&Exc_TypeError, "pid must be an int");
    double timeout = -1;
    if (n > 1 && a[1] != V_NONE && !val_as_double(a[1], &timeout)) return err_set_str(&Exc_TypeError, "timeout must be a number");
    int st = 0;
    pid_t r;
    ThreadState *ts = cur_ts;
    if (timeout < 0) {
        BLOCKING_BEGIN(ts, BLK_PROCESS, "waiting for a child process");
        do r = waitpid((pid_t)pid, &st, 0);
        while (r < 0 && errno == EINTR);
        BLOCKING_END(ts);
    } else {
        double deadline = now_monotonic() + timeout;
        BLOCKING_BEGIN(ts, BLK_PROCESS, "waiting for a child process");
        for (;;) {
            r = waitpid((pid_t)pid, &st, WNOHANG);
            if (r != 0 && !(r < 0 && errno == EINTR)) break;
            if (now_monotonic() >= deadline) break;
            struct timespec ms = {0, 1000000};
            nanosleep(&ms, NULL);
        }
        BLOCKING_END(ts);
        if (r == 0) return V_NONE;
    }
    if (r < 0) {
        if (errno == ECHILD) return V_NONE;
        return err_oserror(errno, NULL);
    }
    return int_from_i64(status_code(st));
}

static Value mp_exit_child(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t code = 0;
    val_as_i64(a[0], &code);
    out_flush();
    instr_finish();
    _exit((int)code);
}

static Value mp_kill(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t pid, sig;
    if (!val_as_i64(a[0], &pid) || !val_as_i64(a[1], &sig)) return err_set_str(&Exc_TypeError, "kill(pid, sig) takes ints");
    if (kill((pid_t)pid, (int)sig) < 0 && errno != ESRCH) return err_oserror(errno, NULL);
    return V_NONE;
}

static Value mp_print_exc(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value name = obj_str(a[0]);
    if (!name) return V_NULL;
    SBuf b;
    sb_init(&b);
    sb_addf(&b, "Process %s:\n", AS_STR(name)->data);
    decref(name);
    if (!b.failed) err_write(b.buf, b.len);
    sb_free(&b);
    exc_print(a[1], stderr);
    return V_NONE;
}

Value mod_mp_init(void) {
    Value mv = module_new("_twinpy_mp");
    if (!mv) return V_NULL;
    Module *m = (Module *)AS_OBJ(mv);
    module_add_func(m, "fork", mp_fork, 0, 0, false);
    module_add_func(m, "wait", mp_wait, 1, 2, false);
    module_add_func(m, "exit_child", mp_exit_child, 1, 1, false);
    module_add_func(m, "kill", mp_kill, 2, 2, false);
    module_add_func(m, "print_process_exception", mp_print_exc, 2, 2, false);
    return mv;
}
