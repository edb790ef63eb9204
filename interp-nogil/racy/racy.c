/* racy.c - the negative control's policy functions: nothing is protected.
 * Threads never wait for one another and never stop at safepoints. */
#include "runtime.h"
#include "instr.h"

static double switch_interval = DEFAULT_SWITCH_INTERVAL;

void pol_init_main(ThreadState *ts) { (void)ts; }
void pol_thread_init(ThreadState *ts) { (void)ts; }
void pol_attach(ThreadState *ts) {
    if (th_finalizing() && !ts->is_main) th_park_forever();
}
void pol_detach(ThreadState *ts) { (void)ts; }
void pol_safepoint_slow(ThreadState *ts) { (void)ts; }
void pol_stop_the_world(ThreadState *ts) { (void)ts; }
void pol_start_the_world(ThreadState *ts) { (void)ts; }
void pol_after_fork_child(ThreadState *ts) { (void)ts; }
void pol_set_switch_interval(double s) { switch_interval = s; }
double pol_get_switch_interval(void) { return switch_interval; }
/* The control frees at once: a racing reader may read freed memory. */
void pol_retire(ThreadState *ts, void *p) {
    (void)ts;
    free(p);
}
void pol_retire_ref(ThreadState *ts, Obj *o) {
    (void)ts;
    decref(OBJ_VAL(o));
}
void pol_reclaim_all(ThreadState *ts) { (void)ts; }
void pol_thread_exit(ThreadState *ts) { (void)ts; }
/* Nothing waits in the control, so it has no numbers of its own. */
void pol_stats_report(FILE *out, FILE *csv) {
    (void)csv;
    fprintf(out, "\n(the negative control takes no locks: nothing of its own to report)\n");
}
void pol_stats_reset(void) {}
