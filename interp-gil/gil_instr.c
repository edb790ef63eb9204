/* gil_instr.c - the GIL's side of the instruments (see instr.h): it turns
 * what gil.c reports into timeline events and keeps the GIL's own numbers
 * for the -X lockstats report: acquisitions and how many had to wait,
 * hand-overs to another thread, drop requests set and seen, forced
 * switches, and the distributions of hold and wait times.
 *
 * The counters are updated with gil.mu held (take and release), except
 * the drop requests seen (atomic: the holder sees them at a safepoint
 * without the mutex) and the forced switches (under switch_mu). */
#include <string.h>
#include "runtime.h"
#include "gil_instr.h"

static struct {
    uint64_t takes, waited, handovers, requests, forced, forced_ns;
    uint64_t seen;       /* atomic */
    uint64_t held_since; /* when the holder took it */
    InstrHist hold, wait;
} gs;

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
    instr_gil_drop_request(holder);
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
    instr_gil_taken(prev, waited, t0);
}

void gil_instr_released(bool forced) {
    uint64_t now = instr_now();
    if (gs.held_since) instr_hist_add(&gs.hold, now - gs.held_since);
    gs.held_since = 0;
    instr_gil_released(forced ? DROP_SWITCH_REQUEST : leaving);
}

void gil_instr_drop_seen(void) {
    __atomic_add_fetch(&gs.seen, 1, __ATOMIC_RELAXED);
    instr_gil_drop_seen();
}

void gil_instr_forced_begin(void) { wait_open = instr_gil_wait_begin(); }

void gil_instr_forced_end(ThreadState *to) {
    gs.forced++;
    gs.forced_ns += instr_now() - wait_open;
    instr_gil_forced_switch(to);
}

void gil_instr_thread_exit(void) { leaving = DROP_THREAD_EXIT; }
void gil_instr_interp_exit(void) { leaving = DROP_INTERP_EXIT; }

void pol_stats_reset(void) { memset(&gs, 0, sizeof gs); }

void pol_stats_report(FILE *out, FILE *csv) {
    char a[32], b[32], c[32], d[32];
    uint64_t seen = __atomic_load_n(&gs.seen, __ATOMIC_RELAXED);
    fprintf(out, "\nThe GIL (switch interval %s)\n", instr_fmt_ns((uint64_t)(pol_get_switch_interval() * 1e9), a));
    fprintf(out, "  acquisitions %s, of which %s had to wait (%.0f%%); hand-overs to another thread %s\n",
            instr_fmt_count(gs.takes, a), instr_fmt_count(gs.waited, b),
            gs.takes ? 100.0 * (double)gs.waited / (double)gs.takes : 0.0, instr_fmt_count(gs.handovers, c));
    fprintf(out, "  drop requests set %s, seen by the holder %s; forced switches %s (the dropper waited %s in all)\n",
            instr_fmt_count(gs.requests, a), instr_fmt_count(seen, b), instr_fmt_count(gs.forced, c),
            instr_fmt_ns(gs.forced_ns, d));
    fprintf(out, "  hold time:\n");
    instr_hist_print(out, "    ", &gs.hold);
    fprintf(out, "  wait time (acquisitions that waited):\n");
    instr_hist_print(out, "    ", &gs.wait);
    instr_csv_metric(csv, "gil", "acquisitions", gs.takes);
    instr_csv_metric(csv, "gil", "acquisitions_waited", gs.waited);
    instr_csv_metric(csv, "gil", "handovers", gs.handovers);
    instr_csv_metric(csv, "gil", "drop_requests", gs.requests);
    instr_csv_metric(csv, "gil", "drop_requests_seen", seen);
    instr_csv_metric(csv, "gil", "forced_switches", gs.forced);
    instr_csv_metric(csv, "gil", "hold_count", gs.hold.n);
    instr_csv_metric(csv, "gil", "hold_total_ns", gs.hold.sum_ns);
    instr_csv_metric(csv, "gil", "hold_p50_ns", instr_hist_quantile(&gs.hold, 0.5));
    instr_csv_metric(csv, "gil", "hold_p99_ns", instr_hist_quantile(&gs.hold, 0.99));
    instr_csv_metric(csv, "gil", "hold_max_ns", gs.hold.max_ns);
    instr_csv_metric(csv, "gil", "wait_total_ns", gs.wait.sum_ns);
    instr_csv_metric(csv, "gil", "wait_max_ns", gs.wait.max_ns);
}
