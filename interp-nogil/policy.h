/* interp-nogil/policy.h - the free-threaded build: no global lock.
 *
 * What is protected by what:
 *   - refcounts are atomic read-modify-writes; immortal objects (None,
 *     True, False, interned strings, code, classes, modules and functions
 *     made at module level) are never written, so a shared function or
 *     class is a read-only cache line that every core may keep.
 *   - every mutable object (list, dict, set, instance and class attribute
 *     dicts, module dicts, cells, iterators that matter) has its own lock:
 *     the 32-bit `lock` word of the object header, a futex mutex with three
 *     states (0 free, 1 held, 2 held with sleepers).  Uncontended it costs
 *     one compare-and-swap to take and one exchange to give back.
 *   - dicts and lists are also readable without their lock (see Dict in
 *     object.h and list.c): readers may run at the same time as writers, so
 *     POL_READERS_MAY_RACE is 1, and memory a reader may still be looking
 *     at (a replaced dict table or list array) is freed by pol_retire only
 *     after every attached thread has passed a safepoint (qsbr.c).
 *
 * Lock order: an object lock is a leaf.  While holding one a thread never
 * runs Python code, never blocks and never takes another, except through
 * CRITICAL_BEGIN2, which takes two in address order.
 *
 * Safepoints: POL_SAFEPOINT checks this thread's own breaker flag, set by
 * a thread that wants to stop the world (fork, exit).  Threads stop at a
 * safepoint or are detached (in a blocking call), never while holding an
 * object lock, so a stopped world has every object lock free.
 *
 * Memory orders: lock acquire/release; refcount increments relaxed,
 * decrements acq_rel so the freeing thread sees every write made through
 * other references; the dict seqlock uses acquire loads of its counter
 * and relaxed loads of the fields, all of which writers store atomically. */
#ifndef TWINPY_POLICY_H
#define TWINPY_POLICY_H

#define POL_BUILD_NAME "interp-nogil"
#define POL_GIL_ENABLED 0
#define POL_REFCOUNT_KIND "atomic"
#define POL_LOCK_KIND "per-object locks"
#define POL_READERS_MAY_RACE 1

typedef struct PolRetired PolRetired;
typedef struct PolThread {
    uint32_t state;      /* TS_ATTACHED, TS_DETACHED or TS_SUSPENDED (atomic) */
    uint32_t breaker;    /* set by a stop-the-world request (atomic) */
    uint32_t qs_countdown; /* safepoints until the next quiescent-state report */
    uint32_t nretired, capretired;
    uint64_t qs_seen;    /* QSBR: the global sequence seen at the last quiescent state (atomic) */
    PolRetired *retired; /* memory waiting for readers to move on */
} PolThread;

static inline void pol_incref(Obj *o) {
    if (LOAD_RELAXED(&o->rc) & RC_IMMORTAL) return;
    __atomic_fetch_add(&o->rc, 1, __ATOMIC_RELAXED);
}
static inline bool pol_decref_is_zero(Obj *o) {
    if (LOAD_RELAXED(&o->rc) & RC_IMMORTAL) return false;
    return __atomic_sub_fetch(&o->rc, 1, __ATOMIC_ACQ_REL) == 0;
}
#define POL_INCREF(o) pol_incref(o)
#define POL_DECREF_IS_ZERO(o) pol_decref_is_zero(o)
#define POL_RESURRECT(o) pol_incref(o) /* the first reference again, to an object being freed */

void pol_lock_slow(uint32_t *word);
void pol_unlock_slow(uint32_t *word);
static inline void pol_lock(Obj *o) {
    uint32_t expect = 0;
    if (!__atomic_compare_exchange_n(&o->lock, &expect, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        pol_lock_slow(&o->lock);
}
static inline void pol_unlock(Obj *o) {
    if (__atomic_exchange_n(&o->lock, 0, __ATOMIC_RELEASE) != 1) pol_unlock_slow(&o->lock);
}
static inline void pol_lock2(Obj *a, Obj *b) {
    if (a == b) { pol_lock(a); return; }
    if ((uintptr_t)a > (uintptr_t)b) { Obj *t = a; a = b; b = t; }
    pol_lock(a);
    pol_lock(b);
}
static inline void pol_unlock2(Obj *a, Obj *b) {
    pol_unlock(a);
    if (a != b) pol_unlock(b);
}

#define CRITICAL_BEGIN(o) { Obj *_cs_obj = (Obj *)(o); pol_lock(_cs_obj);
#define CRITICAL_END() pol_unlock(_cs_obj); }
#define CRITICAL_BEGIN2(a, b) { Obj *_cs_a = (Obj *)(a), *_cs_b = (Obj *)(b); pol_lock2(_cs_a, _cs_b);
#define CRITICAL_END2() pol_unlock2(_cs_a, _cs_b); }

#define ALLOW_THREADS_BEGIN(ts) { ThreadState *_at_ts = (ts); pol_detach(_at_ts);
#define ALLOW_THREADS_END(ts) pol_attach(_at_ts); (void)(ts); }

/* The breaker lives in PolThread, which is the first member of ThreadState
 * (see runtime.h), so the check needs no definition of ThreadState here.
 * Every QS_PERIOD safepoints the thread also reports a quiescent state
 * (qsbr.c): it holds no pointer read without a lock any more. */
#define QS_PERIOD 64
void pol_quiescent(ThreadState *ts);
#define POL_SAFEPOINT(ts) \
    do { \
        PolThread *pt_ = (PolThread *)(ts); \
        if (UNLIKELY(LOAD_RELAXED(&pt_->breaker))) pol_safepoint_slow(ts); \
        if (UNLIKELY(--pt_->qs_countdown == 0)) pol_quiescent(ts); \
    } while (0)

/* the checks of the checked builds: nothing here */
#ifndef POL_ASSERT_HELD
#define POL_ASSERT_HELD(o) ((void)(o))
#define POL_ASSERT_NO_LOCK(what) ((void)0)
#define POL_BORROW(o, file, line) ((void)(o), (void)(file), (void)(line))
#define POL_OBJ_FREE(o) free(o)
#endif

#endif
