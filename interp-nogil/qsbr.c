/* qsbr.c - quiescent-state-based reclamation for the free-threaded build.
 *
 * Lock-free readers (dict lookups, list item reads) may hold a pointer to a
 * dict table or list array that a writer has just replaced.  The writer
 * hands the old block to pol_retire(), which tags it with the next value
 * of the global sequence `qs_seq`.  A thread passes a quiescent state at
 * every QS_PERIOD-th safepoint (no lock-free read is in progress between
 * instructions) and records the sequence it saw there in its qs_seen.
 * A block can be freed once every attached thread has seen a sequence at
 * least as large as its tag; detached threads (blocking, or gone) hold no
 * such pointers and are skipped.  A thread that attaches records the
 * current sequence first (with a full fence), so a poller that skipped it
 * while detached cannot free something it is about to read.
 *
 * Memory orders: the writer publishes the new block with a release store
 * and tags the old one with a seq_cst increment; qs_seen is stored and
 * loaded seq_cst, so a thread that reports seq S has finished every read
 * that could have seen a block retired at or before S. */
#include <stdlib.h>
#include "runtime.h"
#include "nogil_instr.h"

struct PolRetired {
    void *ptr;
    uint64_t goal; /* free when every attached thread has seen this sequence */
    uint64_t t;    /* when it was retired (set only with the instruments on) */
    bool ref;      /* ptr is an object: drop a reference instead of freeing */
};

static uint64_t qs_seq = 1;
/* blocks left behind by threads that exited, freed by anyone's next poll */
static pthread_mutex_t orphan_mu = PTHREAD_MUTEX_INITIALIZER;
static PolRetired *orphans;
static size_t norphans, caporphans;

enum { TS_DETACHED = 0, TS_ATTACHED = 1 };

void qsbr_online(ThreadState *ts) {
    __atomic_store_n(&ts->pol.qs_seen, __atomic_load_n(&qs_seq, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    ts->pol.qs_countdown = QS_PERIOD;
}

/* The smallest sequence any attached thread may still be behind, or 0 if
 * the registry is busy (try again later). */
static uint64_t min_seen(ThreadState *me) {
    uint64_t m = __atomic_load_n(&qs_seq, __ATOMIC_SEQ_CST);
    if (!th_registry_trylock()) return 0;
    for (ThreadState *t = th_registry_first(); t; t = t->next) {
        if (t == me) continue;
        if (__atomic_load_n(&t->pol.state, __ATOMIC_SEQ_CST) != TS_ATTACHED) continue;
        uint64_t s = __atomic_load_n(&t->pol.qs_seen, __ATOMIC_SEQ_CST);
        if (s < m) m = s;
    }
    th_registry_unlock();
    return m;
}

/* References whose grace period is over, dropped after the lists are
 * compacted: a dealloc may retire more. */
typedef struct { Obj **v; size_t n, cap; } Drops;
static bool ready(const PolRetired *r, uint64_t m, bool refs, Drops *d, uint32_t pending) {
    if (r->goal > m || (r->ref && !refs)) return false;
    if (INSTR_ON()) nogil_instr_freed(instr_now() - r->t, pending);
    if (!r->ref) { free(r->ptr); return true; }
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 32;
        Obj **nv = realloc(d->v, cap * sizeof(Obj *));
        if (!nv) return false; /* try again at the next poll */
        d->v = nv;
        d->cap = cap;
    }
    d->v[d->n++] = r->ptr;
    return true;
}
/* refs: also drop retired references (only at a safepoint: a dealloc must
 * not run inside an object's critical section, where pol_retire may be) */
static void poll(ThreadState *ts, bool refs) {
    PolThread *p = &ts->pol;
    if (p->nretired == 0 && __atomic_load_n(&norphans, __ATOMIC_RELAXED) == 0) return;
    uint64_t m = min_seen(ts);
    if (m == 0) return;
    Drops d = {NULL, 0, 0};
    uint32_t w = 0;
    for (uint32_t i = 0; i < p->nretired; i++)
        if (!ready(&p->retired[i], m, refs, &d, p->nretired)) p->retired[w++] = p->retired[i];
    p->nretired = w;
    if (__atomic_load_n(&norphans, __ATOMIC_RELAXED) && pthread_mutex_trylock(&orphan_mu) == 0) {
        size_t k = 0;
        for (size_t i = 0; i < norphans; i++)
            if (!ready(&orphans[i], m, refs, &d, (uint32_t)norphans)) orphans[k++] = orphans[i];
        __atomic_store_n(&norphans, k, __ATOMIC_RELAXED);
        pthread_mutex_unlock(&orphan_mu);
    }
    for (size_t i = 0; i < d.n; i++) decref(OBJ_VAL(d.v[i]));
    free(d.v);
}

void pol_quiescent(ThreadState *ts) {
    ts->pol.qs_countdown = QS_PERIOD;
    __atomic_store_n(&ts->pol.qs_seen, __atomic_load_n(&qs_seq, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    if (ts->pol.nretired) poll(ts, true);
}

static void retire(ThreadState *ts, void *ptr, bool ref) {
    PolThread *p = &ts->pol;
    if (p->nretired == p->capretired) {
        uint32_t cap = p->capretired ? p->capretired * 2 : 64;
        PolRetired *n = realloc(p->retired, cap * sizeof(PolRetired));
        if (!n) abort(); /* nowhere to report it; the program is out of memory */
        p->retired = n;
        p->capretired = cap;
    }
    p->retired[p->nretired].ptr = ptr;
    p->retired[p->nretired].goal = __atomic_add_fetch(&qs_seq, 1, __ATOMIC_SEQ_CST);
    if (INSTR_ON()) { p->retired[p->nretired].t = instr_now(); nogil_instr_retired(); }
    p->retired[p->nretired].ref = ref;
    p->nretired++;
    /* our own reads are done: report, and try to free a batch */
    __atomic_store_n(&p->qs_seen, __atomic_load_n(&qs_seq, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    if (p->nretired >= 256) poll(ts, false);
}
void pol_retire(ThreadState *ts, void *ptr) { if (ptr) retire(ts, ptr, false); }
void pol_retire_ref(ThreadState *ts, Obj *o) { if (o) retire(ts, o, true); }

/* A thread that exits passes what it could not free yet to the others. */
void pol_thread_exit(ThreadState *ts) {
    PolThread *p = &ts->pol;
    if (p->nretired) {
        pthread_mutex_lock(&orphan_mu);
        if (norphans + p->nretired > caporphans) {
            size_t cap = caporphans ? caporphans * 2 : 256;
            while (cap < norphans + p->nretired) cap *= 2;
            PolRetired *n = realloc(orphans, cap * sizeof(PolRetired));
            if (!n) abort();
            orphans = n;
            caporphans = cap;
        }
        size_t n = norphans;
        for (uint32_t i = 0; i < p->nretired; i++) orphans[n++] = p->retired[i];
        __atomic_store_n(&norphans, n, __ATOMIC_RELAXED); /* also read without the mutex */
        pthread_mutex_unlock(&orphan_mu);
    }
    free(p->retired);
    p->retired = NULL;
    p->nretired = p->capretired = 0;
}

static void reclaim_now(PolRetired *r) {
    if (r->ref) decref(OBJ_VAL(r->ptr));
    else free(r->ptr);
}
/* At exit, when no other thread is left: free and release everything. */
void pol_reclaim_all(ThreadState *ts) {
    PolThread *p = &ts->pol;
    for (uint32_t i = 0; i < p->nretired; i++) reclaim_now(&p->retired[i]);
    p->nretired = 0;
    for (size_t i = 0; i < norphans; i++) reclaim_now(&orphans[i]);
    __atomic_store_n(&norphans, 0, __ATOMIC_RELAXED);
}
