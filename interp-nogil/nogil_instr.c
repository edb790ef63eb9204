/* nogil_instr.c - the free-threaded policy's side of the instruments (see
 * instr.h): contended object locks become sites and timeline spans (through
 * the shared recorders), and the policy keeps its own numbers for the
 * -X lockstats report: stop-the-world requests and how long the world
 * stood still, and what quiescent-state reclamation deferred.
 *
 * No thread ever waits on QSBR: a retired block sits in its thread's list
 * until every attached thread has passed a quiescent state, and is freed by
 * a later poll.  What is reported is how long blocks waited there and how
 * many were pending at most.  Counters are relaxed atomics (several
 * threads retire at once); stop-the-world ones are updated by the one
 * requester (stw_serial is held). */
#include <string.h>
#include "runtime.h"
#include "nogil_instr.h"

static struct {
    uint64_t stw, stw_t0, stopped_t0;
    InstrHist to_stop, paused;     /* request -> all parked; request -> released */
    uint64_t retired, freed;
    uint32_t max_pending;
    InstrHist age;                 /* retire -> free (under age_mu) */
} ns;
static pthread_mutex_t age_mu = PTHREAD_MUTEX_INITIALIZER;

void nogil_instr_lock(uint32_t *word, uint64_t t0, uint32_t spins, uint32_t sleeps) {
    /* the word is the lock field of an object header */
    Obj *o = (Obj *)(void *)((char *)word - offsetof(Obj, lock));
    instr_objlock_contended(o, t0, spins, sleeps);
}

void nogil_instr_stw_requested(void) {
    ns.stw++;
    ns.stw_t0 = instr_now();
    instr_stw_begin();
}
void nogil_instr_stw_stopped(void) { instr_hist_add(&ns.to_stop, instr_now() - ns.stw_t0); }
void nogil_instr_stw_released(void) {
    instr_hist_add(&ns.paused, instr_now() - ns.stw_t0);
    instr_stw_end();
}

void nogil_instr_retired(void) { __atomic_add_fetch(&ns.retired, 1, __ATOMIC_RELAXED); }

void nogil_instr_freed(uint64_t age_ns, uint32_t pending) {
    __atomic_add_fetch(&ns.freed, 1, __ATOMIC_RELAXED);
    uint32_t m = __atomic_load_n(&ns.max_pending, __ATOMIC_RELAXED);
    while (pending > m && !__atomic_compare_exchange_n(&ns.max_pending, &m, pending, 1, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {}
    pthread_mutex_lock(&age_mu);
    instr_hist_add(&ns.age, age_ns);
    pthread_mutex_unlock(&age_mu);
}

void pol_stats_reset(void) {
    memset(&ns, 0, sizeof ns);
    pthread_mutex_init(&age_mu, NULL);
}

void pol_stats_report(FILE *out, FILE *csv) {
    char a[32], b[32], c[32], d[32];
    fprintf(out, "\nStop-the-world (fork): %s request%s", instr_fmt_count(ns.stw, a), ns.stw == 1 ? "" : "s");
    if (ns.stw)
        fprintf(out, "; every other thread parked after %s at most (mean %s); the world stood still %s in all (max %s)\n",
                instr_fmt_ns(ns.to_stop.max_ns, a), instr_fmt_ns(ns.to_stop.sum_ns / ns.to_stop.n, b),
                instr_fmt_ns(ns.paused.sum_ns, c), instr_fmt_ns(ns.paused.max_ns, d));
    else fputc('\n', out);
    pthread_mutex_lock(&age_mu);
    uint64_t retired = __atomic_load_n(&ns.retired, __ATOMIC_RELAXED), freed = __atomic_load_n(&ns.freed, __ATOMIC_RELAXED);
    fprintf(out, "QSBR: %s blocks retired (replaced dict tables and list arrays), %s freed before exit; "
                 "no thread waits for them\n", instr_fmt_count(retired, a), instr_fmt_count(freed, b));
    if (ns.age.n)
        fprintf(out, "  a block waited %s on average before it was freed (p99 <= %s, max %s); at most %u pending in one thread\n",
                instr_fmt_ns(ns.age.sum_ns / ns.age.n, a), instr_fmt_ns(instr_hist_quantile(&ns.age, 0.99), b),
                instr_fmt_ns(ns.age.max_ns, c), __atomic_load_n(&ns.max_pending, __ATOMIC_RELAXED));
    instr_csv_metric(csv, "stw", "requests", ns.stw);
    instr_csv_metric(csv, "stw", "to_stop_max_ns", ns.to_stop.max_ns);
    instr_csv_metric(csv, "stw", "paused_total_ns", ns.paused.sum_ns);
    instr_csv_metric(csv, "stw", "paused_max_ns", ns.paused.max_ns);
    instr_csv_metric(csv, "qsbr", "retired", retired);
    instr_csv_metric(csv, "qsbr", "freed", freed);
    instr_csv_metric(csv, "qsbr", "age_max_ns", ns.age.max_ns);
    instr_csv_metric(csv, "qsbr", "max_pending", __atomic_load_n(&ns.max_pending, __ATOMIC_RELAXED));
    pthread_mutex_unlock(&age_mu);
}
