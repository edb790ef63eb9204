/* instr.h - the instruments: a timeline of every thread (-X trace=FILE)
 * and a contention profile (-X lockstats[=FILE]), in both builds.
 *
 * What is shared and what is the policy's:
 *   - shared (instr.c, lockstats.c, instr_where.c): the per-thread event
 *     buffers and the Chrome Trace Event writer, the site table (where a
 *     thread waited, on what, for how long), the per-thread wait totals,
 *     the report at exit, and the named operations below that record them;
 *   - the policy (interp-gil/gil_instr.c, interp-nogil/nogil_instr.c) calls
 *     those operations from its own slow paths (the GIL wait, the contended
 *     object lock, stop-the-world) and prints its own section of the report
 *     through pol_stats_report().
 *
 * Cost when off: instr_mode is 0 and every hook is behind INSTR_ON(), a
 * predictable branch placed only on paths that are slow already (a lock
 * that was found taken, a GIL wait, a blocking call, a global load that
 * missed its cache).  No fast path tests it.  When on, the eval loop also
 * runs with a dispatch table whose entries for the instructions that may
 * wait save the instruction pointer first (vm_instrument_dispatch), so a
 * wait knows its Python line exactly; with the table untouched (off) the
 * loop is the same code as without the instruments.
 *
 * Threads: each thread records into its own buffer (no lock, no shared
 * cache line).  A full buffer is handed to a writer thread that appends it
 * to the trace file; the rest is written at exit.  Timestamps are
 * CLOCK_MONOTONIC nanoseconds since start-up, made strictly increasing per
 * thread so that begin/end order survives sorting.  Recording never blocks
 * and takes no lock, so it may be called while an object lock or the GIL's
 * own mutex is held. */
#ifndef TWINPY_INSTR_H
#define TWINPY_INSTR_H

#include "runtime.h"

/* INSTR_TRACE | INSTR_STATS; set once by instr_init() before any other
 * thread exists and never written afterwards. */
extern uint32_t instr_mode;
enum { INSTR_TRACE = 1, INSTR_STATS = 2 };
#define INSTR_ON() UNLIKELY(instr_mode != 0)

/* Start-up and exit (main.c, runtime.c, the exits of forked children). */
/* Turn the instruments on (trace_path NULL: no trace; stats false: no
 * report; stats_path NULL: the report goes to stderr).  -1: the trace or
 * report file cannot be written (a message was printed). */
int instr_init(const char *trace_path, bool stats, const char *stats_path);
void instr_finish(void);            /* write the trace, print the report; idempotent */
void instr_fork_parent(int64_t child_pid);
void instr_fork_child(void);        /* in the child: its own trace file and report */
void vm_instrument_dispatch(void);  /* vm.c: the ip-saving dispatch table */

uint64_t instr_now(void);           /* ns since start-up (CLOCK_MONOTONIC) */

/* ---- threads (thread.c) ------------------------------------------------ */
void instr_thread_begin(ThreadState *ts); /* the new thread, before it attaches */
void instr_thread_named(ThreadState *ts, Value func); /* attached: name the track after func */
void instr_thread_end(ThreadState *ts);   /* after it detached for the last time */

/* ---- blocking calls -----------------------------------------------------
 * BLOCKING_BEGIN/END are ALLOW_THREADS_BEGIN/END with a span inside: the
 * span starts after the thread let go of the GIL and ends before it asks
 * for it again, so on a thread's track the two never overlap. */
typedef enum {
    BLK_SLEEP,    /* time.sleep */
    BLK_LOCK,     /* threading locks, joins, condition and queue waits */
    BLK_IO,       /* file, pipe and terminal reads and writes, open, close */
    BLK_PROCESS,  /* waiting for a child process */
    BLK_RUNTIME,  /* the interpreter's own mutexes (import, thread registry) */
    BLK_NCATS
} InstrBlockCat;
typedef struct {
    const char *name;  /* what the call is, e.g. "time.sleep" */
    InstrBlockCat cat;
} InstrBlock;
void instr_block_begin(const InstrBlock *b);
void instr_block_end(void);
#define BLOCKING_BEGIN(ts, cat, name) \
    ALLOW_THREADS_BEGIN(ts); \
    static const InstrBlock _blk_desc = {name, cat}; \
    if (INSTR_ON()) instr_block_begin(&_blk_desc);
/* the same with a descriptor chosen at run time (a static InstrBlock) */
#define BLOCKING_BEGIN_AS(ts, desc) \
    ALLOW_THREADS_BEGIN(ts); \
    if (INSTR_ON()) instr_block_begin(desc);
#define BLOCKING_END(ts) \
    if (INSTR_ON()) instr_block_end(); \
    ALLOW_THREADS_END(ts)

/* threading.Lock/RLock acquisitions (thread.c): every acquisition is
 * counted at its Python site while lockstats is on; `waited` says whether
 * another thread held the lock (the wait is then the BLK_LOCK span just
 * before, and its length is taken from there). */
void instr_lock_acquired(bool rlock, bool waited);

/* A LOAD_GLOBAL of an object that is not immortal (vm.c, the cache-miss
 * path): the load and the drop of the reference each write the object's
 * refcount, which several threads loading one global share. */
void instr_global_load(Frame *f, Str *name, Value v);

/* ---- for the policies --------------------------------------------------- */
/* A contended object lock: o was locked when this thread wanted it; it
 * spun `spins` times and slept `sleeps` times between t0 and now. */
void instr_objlock_contended(Obj *o, uint64_t t0, uint32_t spins, uint32_t sleeps);

/* The GIL: a wait that begins (returns its start time); taken (after the
 * thread whose kernel id is prev_tid, 0 for none or this one); released,
 * with the reason; a drop request set by a waiter (to the holder), seen by
 * the holder; a forced switch completed (the dropper saw to_tid take it).
 * Threads are named by id: a ThreadState may be gone by the time it is
 * written out. */
typedef enum { DROP_SWITCH_REQUEST, DROP_BLOCKING_CALL, DROP_THREAD_EXIT, DROP_INTERP_EXIT } InstrDropReason;
uint64_t instr_gil_wait_begin(void);
void instr_gil_taken(int64_t prev_tid, bool waited, uint64_t t0);
void instr_gil_released(InstrDropReason why);
void instr_gil_drop_request(int64_t holder_tid);
void instr_gil_drop_seen(void);
void instr_gil_forced_switch(int64_t to_tid);

/* Stop-the-world: the requester's span, and another thread's pause. */
void instr_stw_begin(void);
void instr_stw_end(void);
uint64_t instr_paused_begin(void);
void instr_paused_end(uint64_t t0);

/* ---- the report -------------------------------------------------------- */
/* Log2 histogram of durations (1 ns .. 2^40 ns), for the policies' numbers. */
#define INSTR_HIST_BUCKETS 41
typedef struct {
    uint64_t n, sum_ns, max_ns;
    uint64_t bucket[INSTR_HIST_BUCKETS]; /* bucket b: [2^b, 2^(b+1)) ns */
} InstrHist;
void instr_hist_add(InstrHist *h, uint64_t ns);
uint64_t instr_hist_quantile(const InstrHist *h, double q); /* upper edge of the bucket */
void instr_hist_print(FILE *out, const char *indent, const InstrHist *h);
const char *instr_fmt_ns(uint64_t ns, char buf[32]);    /* "1.23 ms" */
const char *instr_fmt_count(uint64_t n, char buf[32]);  /* "1,234,567" */
/* One CSV row of a policy number: section,key,value. */
void instr_csv_metric(FILE *csv, const char *section, const char *key, uint64_t value);
/* Defined by the policy: its own section of the -X lockstats report (csv
 * may be NULL), and forgetting its numbers (in a forked child, which
 * reports only what happened in it). */
void pol_stats_report(FILE *out, FILE *csv);
void pol_stats_reset(void);

#endif
