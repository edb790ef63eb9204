/* world.c - attaching, detaching and stopping the world in the
 * free-threaded build.
 *
 * Each thread's PolThread.state is one of
 *   TS_ATTACHED   running Python code (may touch objects)
 *   TS_DETACHED   in a blocking call, or not started yet, or gone
 *   TS_SUSPENDED  detached and held there by a stop-the-world request
 * A thread moves DETACHED -> ATTACHED with a compare-and-swap, so a thread
 * that a requester has suspended cannot slip back in; it sleeps on
 * stw_cond until the world starts again.  The requester (fork, exit) sets
 * every other thread's breaker, which makes it detach at its next
 * safepoint, and suspends each detached thread.  Threads stop only at
 * safepoints or in blocking calls, and never hold an object lock there, so
 * a stopped world has every object lock free. */
#include <pthread.h>
#include <time.h>
#include "runtime.h"
#include "nogil_instr.h"

enum { TS_DETACHED = 0, TS_ATTACHED = 1, TS_SUSPENDED = 2 };

static pthread_mutex_t stw_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t stw_cond = PTHREAD_COND_INITIALIZER;
static pthread_mutex_t stw_serial = PTHREAD_MUTEX_INITIALIZER; /* one requester at a time */
static uint32_t stw_requested;
static double switch_interval = DEFAULT_SWITCH_INTERVAL; /* kept for sys.getswitchinterval only */

void qsbr_online(ThreadState *ts);

void pol_init_main(ThreadState *ts) {
    STORE_RELAXED(&ts->pol.state, TS_DETACHED);
    ts->pol.qs_countdown = QS_PERIOD;
}

void pol_thread_init(ThreadState *ts) {
    ts->pol.state = TS_DETACHED;
    ts->pol.breaker = 0;
    ts->pol.qs_countdown = QS_PERIOD;
}

void pol_attach(ThreadState *ts) {
    for (;;) {
        uint32_t expect = TS_DETACHED;
        if (__atomic_compare_exchange_n(&ts->pol.state, &expect, TS_ATTACHED, 0, __ATOMIC_SEQ_CST, __ATOMIC_ACQUIRE))
            break;
        uint64_t t0 = INSTR_ON() ? instr_paused_begin() : 0;
        pthread_mutex_lock(&stw_mu);
        while (LOAD_ACQUIRE(&ts->pol.state) == TS_SUSPENDED) pthread_cond_wait(&stw_cond, &stw_mu);
        pthread_mutex_unlock(&stw_mu);
        if (INSTR_ON()) instr_paused_end(t0);
    }
    qsbr_online(ts);
    if (th_finalizing() && !ts->is_main) {
        /* the interpreter is exiting: daemon threads stop here for good */
        STORE_RELEASE(&ts->pol.state, TS_DETACHED);
        th_park_forever();
    }
}

void pol_detach(ThreadState *ts) {
    STORE_RELEASE(&ts->pol.state, TS_DETACHED);
    if (LOAD_ACQUIRE(&stw_requested)) {
        pthread_mutex_lock(&stw_mu);
        pthread_cond_broadcast(&stw_cond);
        pthread_mutex_unlock(&stw_mu);
    }
}

void pol_safepoint_slow(ThreadState *ts) {
    STORE_RELAXED(&ts->pol.breaker, 0);
    if (LOAD_ACQUIRE(&stw_requested)) {
        pol_detach(ts);
        pol_attach(ts);
    }
}

void pol_stop_the_world(ThreadState *ts) {
    pol_detach(ts);
    pthread_mutex_lock(&stw_serial);
    pol_attach(ts);
    if (INSTR_ON()) nogil_instr_stw_requested();
    STORE_RELEASE(&stw_requested, 1);
    for (;;) {
        /* one pass: ask everyone to stop, suspend whoever is detached */
        bool all = true;
        th_registry_lock();
        for (ThreadState *t = th_registry_first(); t; t = t->next) {
            if (t == ts) continue;
            STORE_RELAXED(&t->pol.breaker, 1);
            uint32_t expect = TS_DETACHED;
            __atomic_compare_exchange_n(&t->pol.state, &expect, TS_SUSPENDED, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
            if (LOAD_ACQUIRE(&t->pol.state) != TS_SUSPENDED) all = false;
        }
        th_registry_unlock();
        if (all) {
            if (INSTR_ON()) nogil_instr_stw_stopped();
            break;
        }
        pthread_mutex_lock(&stw_mu);
        struct timespec dl;
        clock_gettime(CLOCK_REALTIME, &dl);
        dl.tv_nsec += 1000 * 1000;
        if (dl.tv_nsec >= 1000000000L) { dl.tv_sec++; dl.tv_nsec -= 1000000000L; }
        pthread_cond_timedwait(&stw_cond, &stw_mu, &dl);
        pthread_mutex_unlock(&stw_mu);
    }
}

void pol_start_the_world(ThreadState *ts) {
    th_registry_lock();
    for (ThreadState *t = th_registry_first(); t; t = t->next)
        if (t != ts && LOAD_ACQUIRE(&t->pol.state) == TS_SUSPENDED) STORE_RELEASE(&t->pol.state, TS_DETACHED);
    th_registry_unlock();
    STORE_RELEASE(&stw_requested, 0);
    pthread_mutex_lock(&stw_mu);
    pthread_cond_broadcast(&stw_cond);
    pthread_mutex_unlock(&stw_mu);
    if (INSTR_ON()) nogil_instr_stw_released();
    pthread_mutex_unlock(&stw_serial);
}

void pol_after_fork_child(ThreadState *ts) {
    pthread_mutex_init(&stw_mu, NULL);
    pthread_cond_init(&stw_cond, NULL);
    pthread_mutex_init(&stw_serial, NULL);
    STORE_RELAXED(&stw_requested, 0);
    STORE_RELAXED(&ts->pol.state, TS_ATTACHED);
    STORE_RELAXED(&ts->pol.breaker, 0);
}

/* Without a GIL the switch interval schedules nothing; CPython keeps the
 * value anyway, so sys.getswitchinterval() returns what was set. */
void pol_set_switch_interval(double s) { __atomic_store(&switch_interval, &s, __ATOMIC_RELAXED); }
double pol_get_switch_interval(void) {
    double s;
    __atomic_load(&switch_interval, &s, __ATOMIC_RELAXED);
    return s;
}
