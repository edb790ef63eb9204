/* interp-gil/policy.h - the locked build: one global interpreter lock.
 *
 * What is protected by what: everything.  A thread runs Python code only
 * while it holds the GIL, so refcounts are plain integers and the object
 * locks compile to empty blocks (CPython before 3.13).
 *
 * The GIL (gil.c) follows CPython's design since 3.2: a thread that wants
 * the lock waits on a condition variable for the switch interval (5 ms by
 * default); if no switch happened meanwhile it sets a drop request and the
 * eval breaker.  The holder sees the breaker at its next safepoint (loop
 * back-edges and calls), drops the GIL and, because the drop was forced,
 * waits until another thread has taken it, so the waiter really runs next.
 *
 * Safepoints: POL_SAFEPOINT in the eval loop; every blocking call is
 * bracketed by ALLOW_THREADS_BEGIN/END, which release and re-take the GIL.
 *
 * Memory orders: the GIL's mutex orders everything a thread did before
 * releasing it before everything the next holder does.  The eval breaker
 * is a relaxed flag: reading it late only delays a switch. */
#ifndef TWINPY_POLICY_H
#define TWINPY_POLICY_H

#define POL_BUILD_NAME "interp-gil"
#define POL_GIL_ENABLED 1
#define POL_REFCOUNT_KIND "plain"
#define POL_LOCK_KIND "global interpreter lock"
#define POL_READERS_MAY_RACE 0

typedef struct PolThread {
    int attached; /* holds the GIL */
} PolThread;

static inline void pol_incref(Obj *o) {
    if (!(o->rc & RC_IMMORTAL)) o->rc++;
}
static inline bool pol_decref_is_zero(Obj *o) {
    if (o->rc & RC_IMMORTAL) return false;
    return --o->rc == 0;
}
#define POL_INCREF(o) pol_incref(o)
#define POL_DECREF_IS_ZERO(o) pol_decref_is_zero(o)
#define POL_RESURRECT(o) pol_incref(o) /* the first reference again, to an object being freed */

/* The GIL serialises everything: object locks are just braces. */
#define CRITICAL_BEGIN(o) { (void)(o);
#define CRITICAL_END() }
#define CRITICAL_BEGIN2(a, b) { (void)(a); (void)(b);
#define CRITICAL_END2() }

#define ALLOW_THREADS_BEGIN(ts) { ThreadState *_at_ts = (ts); pol_detach(_at_ts);
#define ALLOW_THREADS_END(ts) pol_attach(_at_ts); (void)(ts); }

extern uint32_t pol_eval_breaker; /* set: a thread waits for the GIL */
#define POL_SAFEPOINT(ts) \
    do { if (UNLIKELY(LOAD_RELAXED(&pol_eval_breaker))) pol_safepoint_slow(ts); } while (0)

/* the checks of the checked builds: nothing here */
#ifndef POL_ASSERT_HELD
#define POL_ASSERT_HELD(o) ((void)(o))
#define POL_ASSERT_NO_LOCK(what) ((void)0)
#define POL_BORROW(o, file, line) ((void)(o), (void)(file), (void)(line))
#define POL_OBJ_FREE(o) free(o)
#endif

#endif
