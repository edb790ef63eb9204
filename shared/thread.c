/* thread.c - OS threads, the registry of thread states, and the _thread
 * module (start_new_thread, Lock, RLock, local) that threading.py is built
 * on.
 *
 * Lifecycle of a thread: its parent makes the ThreadState and registers it
 * (so stop-the-world sees it from the start), pthread_create runs
 * thread_main, which attaches (takes the GIL, or becomes "attached" in the
 * free-threaded build), runs the Python function, releases the thread's
 * done-lock (Thread.join waits on it), detaches and unregisters.
 *
 * Blocking waits (lock acquire, sleep, join) run between
 * ALLOW_THREADS_BEGIN and ALLOW_THREADS_END and touch no Python object
 * meanwhile, only the lock's own pthread mutex and condition variable. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "runtime.h"
#include "instr.h"

_Thread_local ThreadState *cur_ts;

/* ---- the registry ----------------------------------------------------------- */
static pthread_mutex_t reg_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t reg_cond = PTHREAD_COND_INITIALIZER;
static ThreadState *reg_head;
static int nondaemon_running; /* started non-daemon threads not yet unregistered */
static int threads_alive;     /* started threads not yet unregistered */
static uint32_t finalizing;

void th_registry_lock(void) { pthread_mutex_lock(&reg_mu); }
bool th_registry_trylock(void) { return pthread_mutex_trylock(&reg_mu) == 0; }
void th_registry_unlock(void) { pthread_mutex_unlock(&reg_mu); }
ThreadState *th_registry_first(void) { return reg_head; }

/* An attached thread must not block on reg_mu: a thread stopping the
 * world holds it while it waits for everyone to detach. */
static void reg_lock_attached(void) {
    if (pthread_mutex_trylock(&reg_mu) == 0) return;
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_RUNTIME, "thread registry lock");
    pthread_mutex_lock(&reg_mu);
    BLOCKING_END(ts);
}

static void reg_add_locked(ThreadState *ts) {
    ts->prev = NULL;
    ts->next = reg_head;
    if (reg_head) reg_head->prev = ts;
    reg_head = ts;
}

void th_register_main(ThreadState *ts) {
    pthread_mutex_lock(&reg_mu);
    reg_add_locked(ts);
    pthread_mutex_unlock(&reg_mu);
}

static void reg_remove_locked(ThreadState *ts) {
    if (ts->prev) ts->prev->next = ts->next;
    else reg_head = ts->next;
    if (ts->next) ts->next->prev = ts->prev;
    ts->next = ts->prev = NULL;
}

ThreadState *th_new_state(void) {
    /* whole cache lines of its own: its fields are written on every
     * instruction, and another thread's state must not share a line */
    size_t size = (sizeof(ThreadState) + 63) & ~(size_t)63;
    ThreadState *ts = aligned_alloc(64, size);
    if (!ts) return NULL;
    memset(ts, 0, size);
    ts->arena = malloc(FRAME_ARENA_VALUES * sizeof(Value));
    if (!ts->arena) { free(ts); return NULL; }
    ts->arena_top = ts->arena;
    ts->arena_end = ts->arena + FRAME_ARENA_VALUES;
    pol_thread_init(ts);
    return ts;
}

void th_free_state(ThreadState *ts) {
    th_clear_freelists(ts);
    free(ts->arena);
    free(ts->trash);
    free(ts);
}

bool th_finalizing(void) { return LOAD_ACQUIRE(&finalizing) != 0; }
void th_set_finalizing(void) { STORE_RELEASE(&finalizing, 1); }

/* A daemon thread that wants to run after the interpreter began to shut
 * down never runs again; the process exits around it. */
void th_park_forever(void) {
    for (;;) pause();
}

int th_count_alive(void) {
    reg_lock_attached();
    int n = threads_alive;
    pthread_mutex_unlock(&reg_mu);
    return n;
}

/* Wait (with the GIL released) until every non-daemon thread is gone. */
void th_wait_for_nondaemon(void) {
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_LOCK, "waiting for threads at exit");
    pthread_mutex_lock(&reg_mu);
    while (nondaemon_running > 0) pthread_cond_wait(&reg_cond, &reg_mu);
    pthread_mutex_unlock(&reg_mu);
    BLOCKING_END(ts);
}

void th_atfork_prepare(void) { pthread_mutex_lock(&reg_mu); }
void th_atfork_parent(void) { pthread_mutex_unlock(&reg_mu); }
/* In the child only the forking thread exists: forget the others (their
 * states are not freed: their memory may hold references we cannot drop). */
void th_atfork_child(ThreadState *ts) {
    pthread_mutex_init(&reg_mu, NULL);
    pthread_cond_init(&reg_cond, NULL);
    reg_head = ts;
    ts->next = ts->prev = NULL;
    nondaemon_running = 0;
    threads_alive = 0;
    ts->ident = (int64_t)pthread_self();
    ts->native_id = (int64_t)syscall(SYS_gettid);
}

double now_monotonic(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int sleep_seconds(double secs) {
    if (secs < 0) { err_set_str(&Exc_ValueError, "sleep length must be non-negative"); return -1; }
    if (secs != secs) { err_set_str(&Exc_ValueError, "Invalid value NaN (not a number)"); return -1; }
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN(ts, BLK_SLEEP, "time.sleep");
    struct timespec req;
    double deadline = now_monotonic() + secs;
    for (;;) {
        double left = deadline - now_monotonic();
        if (left <= 0) break;
        req.tv_sec = (time_t)left;
        req.tv_nsec = (long)((left - (double)req.tv_sec) * 1e9);
        if (nanosleep(&req, NULL) == 0) break;
    }
    BLOCKING_END(ts);
    return 0;
}

/* ---- locks ---------------------------------------------------------------------- */
typedef struct {
    Obj ob;
    pthread_mutex_t mu;
    pthread_cond_t cond;
    int locked;
    int64_t owner; /* RLock: owning thread ident */
    int64_t count; /* RLock: recursion count */
    bool is_rlock;
} Lock;

Type LockType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type RLockType = {.ob = OBJ_HEAD_INIT(&TypeType)};

static void lock_init_prims(Lock *l) {
    pthread_mutex_init(&l->mu, NULL);
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&l->cond, &a);
    pthread_condattr_destroy(&a);
}

static Value lock_new(bool rlock) {
    Lock *l = (Lock *)obj_new(rlock ? &RLockType : &LockType, sizeof(Lock));
    if (!l) return V_NULL;
    lock_init_prims(l);
    l->locked = 0;
    l->owner = 0;
    l->count = 0;
    l->is_rlock = rlock;
    return OBJ_VAL(l);
}

static void lock_dealloc(Obj *o) {
    Lock *l = (Lock *)o;
    pthread_mutex_destroy(&l->mu);
    pthread_cond_destroy(&l->cond);
    obj_free(o);
}

/* Acquire the underlying lock: 1 got it, 0 timed out / would block. */
static const InstrBlock lock_wait = {"threading.Lock.acquire", BLK_LOCK};
static const InstrBlock rlock_wait = {"threading.RLock.acquire", BLK_LOCK};
static int lock_take(Lock *l, bool blocking, double timeout) {
    pthread_mutex_lock(&l->mu);
    if (!l->locked) {
        l->locked = 1;
        pthread_mutex_unlock(&l->mu);
        if (INSTR_ON()) instr_lock_acquired(l->is_rlock, false);
        return 1;
    }
    pthread_mutex_unlock(&l->mu);
    if (!blocking) return 0;
    int got = 0;
    ThreadState *ts = cur_ts;
    BLOCKING_BEGIN_AS(ts, l->is_rlock ? &rlock_wait : &lock_wait);
    struct timespec deadline;
    if (timeout >= 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        double t = (double)deadline.tv_sec + (double)deadline.tv_nsec * 1e-9 + timeout;
        deadline.tv_sec = (time_t)t;
        deadline.tv_nsec = (long)((t - (double)deadline.tv_sec) * 1e9);
    }
    pthread_mutex_lock(&l->mu);
    while (l->locked) {
        if (timeout >= 0) {
            if (pthread_cond_timedwait(&l->cond, &l->mu, &deadline) == ETIMEDOUT) break;
        } else pthread_cond_wait(&l->cond, &l->mu);
    }
    if (!l->locked) {
        l->locked = 1;
        got = 1;
    }
    pthread_mutex_unlock(&l->mu);
    BLOCKING_END(ts);
    if (got && INSTR_ON()) instr_lock_acquired(l->is_rlock, true);
    return got;
}

static void lock_give(Lock *l) {
    pthread_mutex_lock(&l->mu);
    l->locked = 0;
    pthread_cond_signal(&l->cond);
    pthread_mutex_unlock(&l->mu);
}

static int acquire_args(Value *a, int n, Dict *kw, bool *blocking, double *timeout) {
    Value bv = n > 1 ? a[1] : V_NULL, tv = n > 2 ? a[2] : V_NULL;
    if (kw) {
        Value x = kw_take(kw, str_intern_c("blocking"));
        if (x) { bv = x; decref(x); }
        x = kw_take(kw, str_intern_c("timeout"));
        if (x) { tv = x; decref(x); }
        if (kw_done("acquire", kw) < 0) return -1;
    }
    *blocking = true;
    *timeout = -1;
    if (bv) {
        int t = obj_truth(bv);
        if (t < 0) return -1;
        *blocking = t;
    }
    if (tv && tv != V_NONE) {
        if (!val_as_double(tv, timeout)) { err_set_str(&Exc_TypeError, "timeout must be a number"); return -1; }
        if (*timeout != -1 && !*blocking) {
            err_set_str(&Exc_ValueError, "can't specify a timeout for a non-blocking call");
            return -1;
        }
        if (*timeout < 0 && *timeout != -1) { err_set_str(&Exc_ValueError, "timeout value must be a non-negative number"); return -1; }
    }
    return 0;
}

static Value l_acquire(Value *a, int n, Dict *kw) {
    Lock *l = (Lock *)AS_OBJ(a[0]);
    bool blocking;
    double timeout;
    if (acquire_args(a, n, kw, &blocking, &timeout) < 0) return V_NULL;
    if (l->is_rlock) {
        int64_t me = cur_ts->ident;
        if (LOAD_RELAXED(&l->owner) == me) {
            l->count++;
            return V_TRUE;
        }
        if (!lock_take(l, blocking, timeout)) return V_FALSE;
        STORE_RELAXED(&l->owner, me);
        l->count = 1;
        return V_TRUE;
    }
    return MK_BOOL(lock_take(l, blocking, timeout));
}

static Value l_release(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Lock *l = (Lock *)AS_OBJ(a[0]);
    if (l->is_rlock) {
        if (LOAD_RELAXED(&l->owner) != cur_ts->ident || l->count == 0)
            return err_set_str(&Exc_RuntimeError, "cannot release un-acquired lock");
        if (--l->count == 0) {
            STORE_RELAXED(&l->owner, 0);
            lock_give(l);
        }
        return V_NONE;
    }
    pthread_mutex_lock(&l->mu);
    int was = l->locked;
    pthread_mutex_unlock(&l->mu);
    if (!was) return err_set_str(&Exc_RuntimeError, "release unlocked lock");
    lock_give(l);
    return V_NONE;
}

static Value l_locked(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Lock *l = (Lock *)AS_OBJ(a[0]);
    pthread_mutex_lock(&l->mu);
    int v = l->locked;
    pthread_mutex_unlock(&l->mu);
    return MK_BOOL(v);
}
static Value l_enter(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value args[1] = {a[0]};
    return l_acquire(args, 1, NULL);
}
static Value l_exit(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value r = l_release(a, 1, NULL);
    if (!r) return V_NULL;
    return V_FALSE;
}
/* RLock support for threading.Condition */
static Value rl_is_owned(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Lock *l = (Lock *)AS_OBJ(a[0]);
    return MK_BOOL(LOAD_RELAXED(&l->owner) == cur_ts->ident && l->count > 0);
}
static Value rl_release_save(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Lock *l = (Lock *)AS_OBJ(a[0]);
    if (l->count == 0 || LOAD_RELAXED(&l->owner) != cur_ts->ident)
        return err_set_str(&Exc_RuntimeError, "cannot release un-acquired lock");
    Value st = tuple_pack(2, int_from_i64(l->count), int_from_i64(l->owner));
    if (!st) return V_NULL;
    l->count = 0;
    STORE_RELAXED(&l->owner, 0);
    lock_give(l);
    return st;
}
static Value rl_acquire_restore(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Lock *l = (Lock *)AS_OBJ(a[0]);
    int64_t count = 1, owner = cur_ts->ident;
    if (IS_TUPLE(a[1]) && AS_TUPLE(a[1])->len == 2) {
        val_as_i64(AS_TUPLE(a[1])->items[0], &count);
        val_as_i64(AS_TUPLE(a[1])->items[1], &owner);
    }
    lock_take(l, true, -1);
    STORE_RELAXED(&l->owner, owner);
    l->count = count;
    return V_NONE;
}
static Value lock_repr(Value v) {
    Lock *l = (Lock *)AS_OBJ(v);
    SBuf b;
    sb_init(&b);
    if (l->is_rlock)
        sb_addf(&b, "<%s _thread.RLock object owner=%lld count=%lld at %p>", l->count ? "locked" : "unlocked",
                (long long)l->owner, (long long)l->count, (void *)v);
    else sb_addf(&b, "<%s _thread.lock object at %p>", l->locked ? "locked" : "unlocked", (void *)v);
    return sb_finish(&b);
}
static Value lock_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)args;
    if (nargs || (kw && dict_len(kw))) return err_format(&Exc_TypeError, "%s() takes no arguments", t->cname);
    return lock_new(t == &RLockType);
}

/* ---- threading.local ----------------------------------------------------------------- *
 * Each thread keeps its own dict per local object (in its ThreadState,
 * keyed by the object's serial number), so reading a local takes no lock
 * that another thread could contend for. */
typedef struct { Obj ob; int64_t serial; } Local;
Type LocalType = {.ob = OBJ_HEAD_INIT(&TypeType)};
static int64_t local_serial;

static Dict *local_dict(Value self, bool create) {
    ThreadState *ts = cur_ts;
    if (!ts->locals_map) {
        if (!create) return NULL;
        Value m = dict_new();
        if (!m) return NULL;
        ts->locals_map = AS_DICT(m);
    }
    Value key = MK_SMALL(((Local *)AS_OBJ(self))->serial);
    Value d = dict_get(ts->locals_map, key);
    if (d) { decref(d); return AS_DICT(d); } /* the map keeps it alive */
    if (!create) return NULL;
    d = dict_new();
    if (!d) return NULL;
    dict_set(ts->locals_map, key, d);
    decref(d);
    return AS_DICT(d);
}
static Value local_getattr(Value self, Str *name) {
    Dict *d = local_dict(self, false);
    if (d) {
        Value v = dict_get_str(d, name);
        if (v) return v;
    }
    if (name == N.__dict__) {
        d = local_dict(self, true);
        if (!d) return V_NULL;
        incref(OBJ_VAL(d));
        return OBJ_VAL(d);
    }
    return generic_getattr(self, name, true);
}
static int local_setattr(Value self, Str *name, Value v) {
    Dict *d = local_dict(self, v != V_NULL);
    if (!v) {
        int r = d ? dict_del(d, OBJ_VAL(name)) : 0;
        if (r == 0) { err_format(&Exc_AttributeError, "'_thread._local' object has no attribute '%s'", name->data); return -1; }
        return r < 0 ? -1 : 0;
    }
    if (!d) return -1;
    return dict_set_str(d, name, v);
}
static Value local_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t; (void)args;
    if (nargs || (kw && dict_len(kw))) return err_set_str(&Exc_TypeError, "Initialization arguments are not supported");
    Local *l = (Local *)obj_new(&LocalType, sizeof(Local));
    if (!l) return V_NULL;
    l->serial = __atomic_add_fetch(&local_serial, 1, __ATOMIC_RELAXED);
    return OBJ_VAL(l);
}
static void local_dealloc(Obj *o) {
    /* this thread's storage goes now; other threads' goes when they exit */
    ThreadState *ts = cur_ts;
    if (ts && ts->locals_map) dict_del(ts->locals_map, MK_SMALL(((Local *)o)->serial));
    obj_free(o);
}

/* ---- starting threads ---------------------------------------------------------------------- */
typedef struct {
    ThreadState *ts;
    Value func, args, kwargs, done;
} Boot;

static void print_thread_exception(Value exc) {
    err_write("Unhandled exception in thread started by ", 41);
    exc_print(exc, stderr);
}

static void *thread_main(void *arg) {
    Boot *b = arg;
    ThreadState *ts = b->ts;
    cur_ts = ts;
    ts->ident = (int64_t)pthread_self();
    ts->native_id = (int64_t)syscall(SYS_gettid);
    if (INSTR_ON()) instr_thread_begin(ts);
    pol_attach(ts);
    if (INSTR_ON()) instr_thread_named(ts, b->func);
    Value r = call(b->func, AS_TUPLE(b->args)->items, (int)AS_TUPLE(b->args)->len,
                   b->kwargs && b->kwargs != V_NONE ? AS_DICT(b->kwargs) : NULL);
    if (r) decref(r);
    else if (err_matches(&Exc_SystemExit)) err_clear();
    else {
        Value e = err_fetch();
        if (e) { print_thread_exception(e); decref(e); }
    }
    decref(b->func);
    decref(b->args);
    xdecref(b->kwargs);
    if (b->done) {
        lock_give((Lock *)AS_OBJ(b->done));
        decref(b->done);
    }
    free(b);
    if (ts->locals_map) { Value m = OBJ_VAL(ts->locals_map); ts->locals_map = NULL; decref(m); }
    xdecref(ts->handled);
    ts->handled = V_NULL;
    bool daemon = ts->daemon;
    pol_thread_exit(ts);
    pol_detach(ts);
    if (INSTR_ON()) instr_thread_end(ts);
    pthread_mutex_lock(&reg_mu);
    reg_remove_locked(ts);
    __atomic_add_fetch(&interp.dead_threads_live, ts->live_objects, __ATOMIC_RELAXED);
    threads_alive--;
    if (!daemon) nondaemon_running--;
    pthread_cond_broadcast(&reg_cond);
    pthread_mutex_unlock(&reg_mu);
    cur_ts = NULL;
    th_free_state(ts);
    return NULL;
}

/* _thread.start_new_thread(func, args[, kwargs[, daemon[, done_lock]]]): kwargs a dict, as
 * CPython checks; daemon and done_lock are threading.py's own */
static Value t_start_new_thread(Value *a, int n, Dict *kw) {
    (void)kw;
    if (!obj_callable(a[0])) return err_set_str(&Exc_TypeError, "first arg must be callable");
    if (!IS_TUPLE(a[1])) return err_set_str(&Exc_TypeError, "2nd arg must be a tuple");
    if (n > 2 && !IS_DICT(a[2])) return err_set_str(&Exc_TypeError, "optional 3rd arg must be a dictionary");
    if (th_finalizing()) return err_set_str(&Exc_RuntimeError, "can't create new thread at interpreter shutdown");
    Boot *b = calloc(1, sizeof(Boot));
    ThreadState *ts = th_new_state();
    if (!b || !ts) { free(b); if (ts) th_free_state(ts); return err_no_memory(); }
    incref(a[0]);
    incref(a[1]);
    b->func = a[0];
    b->args = a[1];
    if (n > 2 && dict_len(AS_DICT(a[2])) > 0) { incref(a[2]); b->kwargs = a[2]; }
    ts->daemon = n > 3 && obj_truth(a[3]) > 0;
    if (n > 4 && IS_TYPE(a[4], LockType)) { incref(a[4]); b->done = a[4]; }
    b->ts = ts;
    reg_lock_attached();
    threads_alive++;
    if (!ts->daemon) nondaemon_running++;
    reg_add_locked(ts);
    pthread_mutex_unlock(&reg_mu);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, THREAD_STACK_SIZE);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    int rc = pthread_create(&tid, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        reg_lock_attached();
        reg_remove_locked(ts);
        threads_alive--;
        if (!ts->daemon) nondaemon_running--;
        pthread_mutex_unlock(&reg_mu);
        decref(b->func); decref(b->args); xdecref(b->kwargs); xdecref(b->done);
        free(b);
        th_free_state(ts);
        return err_format(&Exc_RuntimeError, "can't start new thread");
    }
    return int_from_i64((int64_t)tid);
}

static Value t_get_ident(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(cur_ts->ident); }
static Value t_get_native_id(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(cur_ts->native_id); }
static Value t_allocate_lock(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return lock_new(false); }
static Value t_count(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return MK_SMALL(th_count_alive()); }
static int64_t main_ident;
static Value t_main_ident(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return int_from_i64(main_ident); }
static Value t_print_exc(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    /* "Exception in thread NAME:" and the traceback, as threading.excepthook prints */
    Value name = obj_str(a[0]);
    if (!name) return V_NULL;
    SBuf b;
    sb_init(&b);
    sb_addf(&b, "Exception in thread %s:\n", AS_STR(name)->data);
    decref(name);
    if (!b.failed) err_write(b.buf, b.len);
    sb_free(&b);
    exc_print(a[1], stderr);
    return V_NONE;
}

void th_set_main_ident(int64_t id) { main_ident = id; }

Value mod_thread_init(void) {
    static bool types_ready;
    if (!types_ready) {
        types_ready = true;
        LockType.dealloc = lock_dealloc;
        LockType.repr = lock_repr;
        LockType.newobj = lock_newobj;
        type_ready(&LockType, "lock", &ObjectType);
        RLockType.dealloc = lock_dealloc;
        RLockType.repr = lock_repr;
        RLockType.newobj = lock_newobj;
        type_ready(&RLockType, "RLock", &ObjectType);
        Type *lt[] = {&LockType, &RLockType};
        for (int i = 0; i < 2; i++) {
            type_add_method(lt[i], "acquire", l_acquire, 1, 3, true);
            type_add_method(lt[i], "release", l_release, 1, 1, false);
            type_add_method(lt[i], "__enter__", l_enter, 1, 1, false);
            type_add_method(lt[i], "__exit__", l_exit, 1, 4, false);
            type_add_method(lt[i], "acquire_lock", l_acquire, 1, 3, true);
            type_add_method(lt[i], "release_lock", l_release, 1, 1, false);
        }
        type_add_method(&LockType, "locked", l_locked, 1, 1, false);
        type_add_method(&RLockType, "_is_owned", rl_is_owned, 1, 1, false);
        type_add_method(&RLockType, "_release_save", rl_release_save, 1, 1, false);
        type_add_method(&RLockType, "_acquire_restore", rl_acquire_restore, 2, 2, false);
        LocalType.dealloc = local_dealloc;
        LocalType.getattr = local_getattr;
        LocalType.setattr = local_setattr;
        LocalType.newobj = local_newobj;
        type_ready(&LocalType, "_local", &ObjectType);
        dict_set_str(LocalType.dict, N.__module__, OBJ_VAL(str_intern_c("_thread")));
    }
    Value mv = module_new("_thread");
    if (!mv) return V_NULL;
    Module *m = (Module *)AS_OBJ(mv);
    module_add_func(m, "start_new_thread", t_start_new_thread, 2, 5, false);
    module_add_func(m, "get_ident", t_get_ident, 0, 0, false);
    module_add_func(m, "get_native_id", t_get_native_id, 0, 0, false);
    module_add_func(m, "allocate_lock", t_allocate_lock, 0, 0, false);
    module_add_func(m, "_count", t_count, 0, 0, false);
    module_add_func(m, "_main_ident", t_main_ident, 0, 0, false);
    module_add_func(m, "_print_exception", t_print_exc, 2, 2, false);
    dict_set_str(m->dict, str_intern_c("LockType"), OBJ_VAL(&LockType));
    dict_set_str(m->dict, str_intern_c("RLock"), OBJ_VAL(&RLockType));
    dict_set_str(m->dict, str_intern_c("_local"), OBJ_VAL(&LocalType));
    dict_set_str(m->dict, str_intern_c("error"), OBJ_VAL(&Exc_RuntimeError));
    module_add(m, "TIMEOUT_MAX", float_new(9223372036.0));
    return mv;
}
