/* instr_impl.h - what instr.c, lockstats.c and instr_where.c share (not for
 * the rest of the interpreter: it calls the operations in instr.h).
 *
 *   InstrThread  one per thread that ever ran while an instrument was on:
 *                its event buffer, its site table and its wait totals.
 *                Only the owning thread writes it; other threads read it at
 *                exit (and the writer thread reads the full chunks it is
 *                handed), through the release/acquire pairs noted below.
 *   InstrSite    a place where a thread waited, with what it waited on:
 *                the Python frame and instruction, the operation, the
 *                object's type.  Resolved to strings when first seen, so the
 *                report needs no Python object.
 *   InstrEvent   one timeline event. */
#ifndef TWINPY_INSTR_IMPL_H
#define TWINPY_INSTR_IMPL_H

#include "instr.h"

/* ---- events ------------------------------------------------------------- */
#define INSTR_EVENT_KINDS(X) \
    X(EV_THREAD, "thread", "thread") \
    X(EV_GIL_WAIT, "waiting for the GIL", "gil") \
    X(EV_GIL_HOLD, "holding the GIL", "gil") \
    X(EV_DROP_REQUEST, "drop request", "gil") \
    X(EV_DROP_SEEN, "drop request seen", "gil") \
    X(EV_FORCED_SWITCH, "forced switch", "gil") \
    X(EV_LOCK_WAIT, "object lock", "lock") \
    X(EV_TLOCK_WAIT, "threading lock", "lock") \
    X(EV_BLOCK, "blocking call", "blocking") \
    X(EV_STW, "stopping the world", "stw") \
    X(EV_PAUSED, "paused by stop-the-world", "stw") \
    X(EV_FORK, "fork", "process")
enum {
#define X(k, name, cat) k,
    INSTR_EVENT_KINDS(X)
#undef X
    EV_NKINDS
};

typedef struct InstrSite InstrSite;
typedef struct {
    uint64_t t;         /* ns since start-up, strictly increasing per thread */
    uint8_t kind;       /* EV_* */
    char ph;            /* 'B' begin, 'E' end, 'i' instant */
    uint8_t sub;        /* drop reason (EV_GIL_HOLD end), block category */
    uint8_t pad;
    uint32_t n1, n2;    /* spins and sleeps; a thread number */
    const InstrSite *site; /* where (lock waits, blocking calls), or NULL */
    const void *p;      /* EV_BLOCK: its InstrBlock; EV_FORK: child pid */
} InstrEvent;

#define INSTR_CHUNK_EVENTS 4096
typedef struct InstrChunk {
    struct InstrChunk *next;   /* in the writer's queue */
    struct InstrThread *owner;
    uint32_t n;                /* events written (release-stored by the owner) */
    InstrEvent ev[INSTR_CHUNK_EVENTS];
} InstrChunk;

/* ---- sites ---------------------------------------------------------------- */
enum { TAB_CONTENDED, TAB_WAIT, TAB_GLOBAL, TAB_N };
enum { OPK_TEXT, OPK_NAMED, OPK_NATIVE, OPK_TYPECALL, OPK_API };
typedef struct {
    const Code *code;   /* the frame's code (NULL: no Python frame) */
    int32_t off;        /* the instruction in it */
    uint8_t table;      /* TAB_* */
    uint8_t opk;        /* how the operation reads (OPK_*) */
    const char *optxt;  /* OPK_TEXT / OPK_NAMED: static text */
    const void *opobj;  /* OPK_NAMED: a Str; OPK_NATIVE: a Native; OPK_TYPECALL: a Type; OPK_API: a Code */
    const void *type;   /* the object's type (locks), the object itself (global loads) */
    const Code *api;    /* the library function the wait is in ("in Queue.get"), or NULL */
} InstrKey;

struct InstrSite {
    InstrKey k;
    InstrSite *hnext;
    /* display, resolved when first seen */
    char file[160];
    int line;
    char op[96];
    char tname[48];
    uint8_t kind;       /* SK_*: what waits here */
    bool lib;           /* the site is in the library, or called through it */
    /* numbers */
    uint64_t acq, contended, total_ns, max_ns, spins, sleeps;
};
/* object locks count only contended acquisitions (their fast path is not
 * instrumented); threading locks and the GIL count every one */
enum { SK_OBJLOCK, SK_TLOCK, SK_GIL, SK_WAIT, SK_GLOBAL };

/* wait totals per thread, by kind of wait */
enum { W_GIL, W_OBJLOCK, W_TLOCK, W_BLOCK, W_PAUSED, W_N };

typedef struct InstrThread {
    struct InstrThread *next;  /* all threads, newest first (under the registry mutex) */
    uint32_t seq;              /* 0 main, then 1, 2, ... in start order */
    int64_t tid;               /* the kernel's thread id */
    char name[64];
    /* events: the chunk being filled */
    InstrChunk *cur;
    uint64_t last_t;
    uint32_t nrecorded;        /* events since start (for the report) */
    /* open spans, so that they can be closed at exit */
    uint8_t open[64];
    uint32_t depth;            /* atomic: read at exit by the main thread */
    const InstrBlock *block;   /* the blocking call in progress */
    bool block_is_lock;        /* it is a lock contention, not a wait */
    uint64_t block_t0;
    uint64_t last_block_ns;    /* the length of the last blocking call */
    InstrSite *block_site;
    uint64_t gil_t0;           /* when it took the GIL (hold span) */
    /* sites */
    InstrSite **buckets;
    uint32_t nbuckets, nsites;
    /* totals */
    uint64_t wait_ns[W_N], waits[W_N];
    uint64_t t_begin, t_end;
    uint32_t done;             /* atomic: the thread has ended */
} InstrThread;

extern _Thread_local InstrThread *instr_me;
extern uint64_t instr_t0_ns;

/* instr.c */
void instr_emit(InstrThread *me, uint8_t kind, char ph, uint8_t sub, uint32_t n1, uint32_t n2,
                const InstrSite *site, const void *p, uint64_t t); /* t 0: now */
InstrThread *instr_threads(void);          /* the list, for the report */

char *instr_child_name(const char *base, int64_t pid); /* a forked child's file: base.json -> base.PID.json */

/* instr_where.c: the site a thread is at */
enum { WHERE_INNERMOST, WHERE_USER };
InstrSite *instr_site_at(InstrThread *me, int table, int mode, const void *type, const char *optxt);
InstrSite *instr_site_find(InstrThread *me, const InstrKey *k);
bool instr_frame_is_wait(void);  /* the innermost frame waits for an event (Condition.wait, Thread.join) */

/* lockstats.c */
int lockstats_open(const char *path);      /* NULL: stderr; -1: cannot write (message printed) */
void lockstats_fork_child(int64_t pid);
void lockstats_report(void);
void instr_site_add(InstrSite *s, bool contended, uint64_t wait_ns, uint32_t spins, uint32_t sleeps);

#endif
