/* gil.c - the global interpreter lock (see policy.h for the design).
 *
 * State, all under gil.mu except the two flags read by POL_SAFEPOINT:
 *   locked, holder     who runs Python code now
 *   switch_number      bumped at every hand-over; a waiter that times out
 *                      without seeing it move asks the holder to drop
 *   drop_request       set by such a waiter (atomic: read at safepoints)
 *   pol_eval_breaker   the flag the eval loop polls (atomic, relaxed)
 * Forced switching: a holder that drops because of a request waits on
 * switch_cond until another thread has taken the GIL, so it cannot take it
 * straight back. */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include "runtime.h"
#include "gil_instr.h"

uint32_t pol_eval_breaker;
static uint32_t drop_request;

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cond;         /* signalled when the GIL is released */
    pthread_mutex_t switch_mu;
    pthread_cond_t switch_cond;  /* signalled when the GIL changes hands */
    int locked;
    ThreadState *holder;
    ThreadState *last_holder;    /* under switch_mu */
    uint64_t switch_number;
    double interval;
} gil = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
         PTHREAD_COND_INITIALIZER, 0, NULL, NULL, 0, DEFAULT_SWITCH_INTERVAL};

static void init_cond(pthread_cond_t *c) {
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(c, &a);
    pthread_condattr_destroy(&a);
}

void pol_init_main(ThreadState *ts) {
    (void)ts;
    init_cond(&gil.cond);
}

void pol_thread_init(ThreadState *ts) { ts->pol.attached = 0; }

static void take_gil(ThreadState *ts) {
    pthread_mutex_lock(&gil.mu);
    bool waited = gil.locked;
    uint64_t t0 = waited && INSTR_ON() ? gil_instr_wait_begin() : 0;
    while (gil.locked) {
        uint64_t saved = gil.switch_number;
        struct timespec dl;
        clock_gettime(CLOCK_MONOTONIC, &dl);
        double t = (double)dl.tv_sec + (double)dl.tv_nsec * 1e-9 + gil.interval;
        dl.tv_sec = (time_t)t;
        dl.tv_nsec = (long)((t - (double)dl.tv_sec) * 1e9);
        int rc = pthread_cond_timedwait(&gil.cond, &gil.mu, &dl);
        if (rc == ETIMEDOUT && gil.locked && gil.switch_number == saved) {
            /* nobody switched during a whole interval: ask the holder to drop */
            STORE_RELAXED(&drop_request, 1);
            STORE_RELAXED(&pol_eval_breaker, 1);
            if (INSTR_ON()) gil_instr_drop_request(gil.holder);
        }
    }
    gil.locked = 1;
    gil.holder = ts;
    gil.switch_number++;
    STORE_RELAXED(&drop_request, 0);
    STORE_RELAXED(&pol_eval_breaker, 0);
    pthread_mutex_lock(&gil.switch_mu);
    ThreadState *prev = gil.last_holder;
    gil.last_holder = ts;
    pthread_cond_signal(&gil.switch_cond);
    pthread_mutex_unlock(&gil.switch_mu);
    if (INSTR_ON()) gil_instr_taken(ts, prev, waited, t0);
    pthread_mutex_unlock(&gil.mu);
    ts->pol.attached = 1;
}

static void drop_gil(ThreadState *ts, bool forced) {
    ts->pol.attached = 0;
    pthread_mutex_lock(&gil.mu);
    if (INSTR_ON()) gil_instr_released(forced);
    gil.locked = 0;
    gil.holder = NULL;
    pthread_cond_signal(&gil.cond);
    pthread_mutex_unlock(&gil.mu);
    if (forced) {
        /* let the thread that asked run before we try to take it back */
        if (INSTR_ON()) gil_instr_forced_begin();
        pthread_mutex_lock(&gil.switch_mu);
        while (gil.last_holder == ts && !th_finalizing()) {
            /* bounded: never hang if the asker went away */
            struct timespec dl;
            clock_gettime(CLOCK_REALTIME, &dl);
            dl.tv_nsec += 20 * 1000 * 1000;
            if (dl.tv_nsec >= 1000000000L) { dl.tv_sec++; dl.tv_nsec -= 1000000000L; }
            if (pthread_cond_timedwait(&gil.switch_cond, &gil.switch_mu, &dl) == ETIMEDOUT) break;
        }
        if (INSTR_ON()) gil_instr_forced_end(gil.last_holder);
        pthread_mutex_unlock(&gil.switch_mu);
    }
}

void pol_attach(ThreadState *ts) {
    take_gil(ts);
    if (th_finalizing() && !ts->is_main) {
        /* the interpreter is exiting: daemon threads stop here for good */
        if (INSTR_ON()) gil_instr_interp_exit();
        drop_gil(ts, false);
        th_park_forever();
    }
}

void pol_detach(ThreadState *ts) { drop_gil(ts, false); }

void pol_safepoint_slow(ThreadState *ts) {
    if (LOAD_RELAXED(&drop_request)) {
        if (INSTR_ON()) gil_instr_drop_seen();
        drop_gil(ts, true);
        pol_attach(ts);
    }
}

/* Holding the GIL is holding the world: other threads wait for it or are
 * in blocking calls, touching no Python object. */
void pol_stop_the_world(ThreadState *ts) { (void)ts; }
void pol_start_the_world(ThreadState *ts) { (void)ts; }

void pol_after_fork_child(ThreadState *ts) {
    pthread_mutex_init(&gil.mu, NULL);
    init_cond(&gil.cond);
    pthread_mutex_init(&gil.switch_mu, NULL);
    pthread_cond_init(&gil.switch_cond, NULL);
    gil.locked = 1;
    gil.holder = ts;
    gil.last_holder = ts;
    STORE_RELAXED(&drop_request, 0);
    STORE_RELAXED(&pol_eval_breaker, 0);
    ts->pol.attached = 1;
}

void pol_set_switch_interval(double s) {
    pthread_mutex_lock(&gil.mu);
    gil.interval = s;
    pthread_mutex_unlock(&gil.mu);
}

double pol_get_switch_interval(void) {
    pthread_mutex_lock(&gil.mu);
    double s = gil.interval;
    pthread_mutex_unlock(&gil.mu);
    return s;
}

void gil_with_mutex(void (*fn)(void *), void *arg) {
    pthread_mutex_lock(&gil.mu);
    fn(arg);
    pthread_mutex_unlock(&gil.mu);
}

/* Readers never race writers while the GIL is held: free at once. */
void pol_retire(ThreadState *ts, void *p) {
    (void)ts;
    free(p);
}
void pol_retire_ref(ThreadState *ts, Obj *o) {
    (void)ts;
    decref(OBJ_VAL(o));
}
void pol_reclaim_all(ThreadState *ts) { (void)ts; }
void pol_thread_exit(ThreadState *ts) {
    (void)ts;
    if (INSTR_ON()) gil_instr_thread_exit();
}
