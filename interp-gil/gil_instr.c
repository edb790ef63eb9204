/* gil_instr.c - the GIL's side of the instruments (see instr.h): it turns
 * what gil.c reports into timeline events and keeps the GIL's own numbers
 * for the -X lockstats report: acquisitions and how many had to wait,
 * hand-overs to another thread, drop requests set and seen, forced
 * switches, and the distributions of hold and wait times.
 *
 * The counters are updated with gil.mu held (take and release), except
 * the drop requests seen (atomic: the holder sees them at a safepoint
 * without the mutex) and the forced switches (under switch_mu); the report
 * copies them under gil.mu, since daemon threads may still be waiting for
 * the GIL when it is written. */
#include <string.h>
#include "runtime.h"
#include "gil_instr.h"

typedef struct {
    uint64_t takes, waited, handovers, requests, forced, forced_ns;
    uint64_t held_since; /* when the holder took it */
    int64_t last_tid;    /* the kernel id of the last thread that took it (atomic) */
    InstrHist hold, wait;
} GilStats;
static GilStats gs;
static uint64_t seen;    /* drop requests seen (atomic: no mutex at a safepoint) */

/* why the next drop of this thread happens, when it is not a blocking call */
static _Thread_local InstrDropReason leaving = DROP_BLOCKING_CALL;
/* a forced dropper is already waiting (its wait goes on in take_gil) */
static _Thread_local uint64_t wait_open;

uint64_t gil_instr_wait_begin(void) {
    if (wait_open) return wait_open;
    return instr_gil_wait_begin();
}

void gil_instr_drop_request(ThreadState *holder) {
    gs.requests++;
    instr_gil_drop_request(holder ? holder->native_id : 0); /* it holds the GIL: alive */
}

void gil_instr_taken(ThreadState *ts, ThreadState *prev, bool waited, uint64_t t0) {
    if (wait_open) { waited = true; t0 = wait_open; wait_open = 0; }
    uint64_t now = instr_now();
    gs.takes++;
    if (waited) {
        gs.waited++;
        instr_hist_add(&gs.wait, now - t0);
    }
    if (prev && prev != ts) gs.handovers++;
    gs.held_since = now;
    int64_t last = __atomic_exchange_n(&gs.last_tid, ts->native_id, __ATOMIC_RELAXED);
    instr_gil_taken(prev ? last : 0, waited, t0);
}

void gil_instr_released(bool forced) {
    uint64_t now = instr_now();
    if (gs.held_since) instr_hist_add(&gs.hold, now - gs.held_since);
    gs.held_since = 0;
    instr_gil_released(forced ? DROP_SWITCH_REQUEST : leaving);
}

void gil_instr_drop_seen(void) {
    __atomic_add_fetch(&seen, 1, __ATOMIC_RELAXED);
    instr_gil_drop_seen();
}

void gil_instr_forced_begin(void) { wait_open = instr_gil_wait_begin(); }

void gil_instr_forced_end(ThreadState *to) {
    (void)to; /* it may have exited already: its id was noted when it took the GIL */
    gs.forced++;
    gs.forced_ns += instr_now() - wait_open;
    instr_gil_forced_switch(__atomic_load_n(&gs.last_tid, __ATOMIC_RELAXED));
}

void gil_instr_thread_exit(void) { leaving = DROP_THREAD_EXIT; }
void gil_instr_interp_exit(void) { leaving = DROP_INTERP_EXIT; }

void pol_stats_reset(void) {
    memset(&gs, 0, sizeof gs);
    seen = 0;
}

static void copy_stats(void *to) { memcpy(to, &gs, sizeof gs); }

void pol_stats_report(FILE *out, FILE *csv) {
    char a[32], b[32], c[32], d[32];
    GilStats g;
    gil_with_mutex(copy_stats, &g);
    uint64_t nseen = __atomic_load_n(&seen, __ATOMIC_RELAXED);
    fprintf(out, "\nThe GIL (switch interval %s)\n", instr_fmt_ns((uint64_t)(pol_get_switch_interval() * 1e9), a));
    fprintf(out, "  acquisitions %s, of which %s had to wait (%.0f%%); hand-overs to another thread %s\n",
            instr_fmt_count(g.takes, a), instr_fmt_count(g.waited, b),
            g.takes ? 100.0 * (double)g.waited / (double)g.takes : 0.0, instr_fmt_count(g.handovers, c));
    fprintf(out, "  drop requests set %s, seen by the holder %s; forced switches %s (the dropper waited %s in all)\n",
            instr_fmt_count(g.requests, a), instr_fmt_count(nseen, b), instr_fmt_count(g.forced, c),
            instr_fmt_ns(g.forced_ns, d));
    fprintf(out, "  hold time:\n");
    instr_hist_print(out, "    ", &g.hold);
    fprintf(out, "  wait time (acquisitions that waited):\n");
    instr_hist_print(out, "    ", &g.wait);
    instr_csv_metric(csv, "gil", "acquisitions", g.takes);
    instr_csv_metric(csv, "gil", "acquisitions_waited", g.waited);
    instr_csv_metric(csv, "gil", "handovers", g.handovers);
    instr_csv_metric(csv, "gil", "drop_requests", g.requests);
    instr_csv_metric(csv, "gil", "drop_requests_seen", nseen);
    instr_csv_metric(csv, "gil", "forced_switches", g.forced);
    instr_csv_metric(csv, "gil", "hold_count", g.hold.n);
    instr_csv_metric(csv, "gil", "hold_total_ns", g.hold.sum_ns);
    instr_csv_metric(csv, "gil", "hold_p50_ns", instr_hist_quantile(&g.hold, 0.5));
    instr_csv_metric(csv, "gil", "hold_p99_ns", instr_hist_quantile(&g.hold, 0.99));
    instr_csv_metric(csv, "gil", "hold_max_ns", g.hold.max_ns);
    instr_csv_metric(csv, "gil", "wait_total_ns", g.wait.sum_ns);
    instr_csv_metric(csv, "gil", "wait_max_ns", g.wait.max_ns);
}
