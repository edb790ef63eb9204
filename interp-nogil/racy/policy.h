/* interp-nogil/racy/policy.h - the negative control: no GIL, plain
 * refcounts, no object locks.
 *
 * This is the free-threaded build with both of its protections removed,
 * the fourth combination of the two knobs (refcounts plain or atomic;
 * serialisation by a global lock, by object locks, or not at all).  It is
 * deliberately unsafe: threads race on refcounts, list and dict internals
 * and free tables that others still read.  `make stress-control` runs the
 * stress suite on it and succeeds only if the suite and ThreadSanitizer
 * catch it.  Never use it for anything else. */
#ifndef TWINPY_POLICY_H
#define TWINPY_POLICY_H

#define POL_BUILD_NAME "interp-racy"
#define POL_GIL_ENABLED 0
#define POL_REFCOUNT_KIND "plain (racy)"
#define POL_LOCK_KIND "none (racy)"
#define POL_READERS_MAY_RACE 0 /* racy on purpose: old tables freed at once */

typedef struct PolThread {
    int unused;
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

#define CRITICAL_BEGIN(o) { (void)(o);
#define CRITICAL_END() }
#define CRITICAL_BEGIN2(a, b) { (void)(a); (void)(b);
#define CRITICAL_END2() }

#define ALLOW_THREADS_BEGIN(ts) { (void)(ts);
#define ALLOW_THREADS_END(ts) (void)(ts); }

#define POL_SAFEPOINT(ts) ((void)(ts))

/* the checks of the checked builds: nothing here */
#ifndef POL_ASSERT_HELD
#define POL_ASSERT_HELD(o) ((void)(o))
#define POL_ASSERT_NO_LOCK(what) ((void)0)
#define POL_BORROW(o, file, line) ((void)(o), (void)(file), (void)(line))
#define POL_OBJ_FREE(o) free(o)
#endif

#endif
