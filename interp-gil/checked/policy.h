/* interp-gil/checked/policy.h - interp-gil with its rules as assertions.
 *
 * The same policy as interp-gil/policy.h (included below).  Its object
 * locks are empty braces, but the rules shared/ follows for the
 * free-threaded build are checked here too, so a mistake shows in either
 * build (shared/checks.h): no second critical section inside one; no
 * Python code, blocking call or safepoint inside one; containers written
 * only inside their own; a reference read under a lock made strong before
 * the lock is released (POL_BORROW); refcounts never below zero; freed objects
 * poisoned and kept a while, so a use aborts naming the type.  And the
 * GIL's own rule: bytecode runs only while this thread holds the GIL
 * (POL_SAFEPOINT).  Built by `make checked` as bin/interp-gil-checked. */
#ifndef TWINPY_CHECKED_POLICY_H
#define TWINPY_CHECKED_POLICY_H
#include "checks.h"

#define POL_ASSERT_HELD(o) chk_held((const Obj *)(o), __FILE__, __LINE__)
#define POL_ASSERT_NO_LOCK(what) chk_no_lock((what), __FILE__, __LINE__)
#define POL_OBJ_FREE(o) chk_free(o)
#define POL_BORROW(o, file, line) chk_borrow((const Obj *)(o), (file), (line))

#include "../policy.h"

#undef POL_BUILD_NAME
#define POL_BUILD_NAME "interp-gil (checked)"

#undef POL_INCREF
#undef POL_DECREF_IS_ZERO
#define POL_INCREF(o) (chk_refcount((o), 1, __FILE__, __LINE__), chk_strong(o), pol_incref(o))
#define POL_DECREF_IS_ZERO(o) (chk_refcount((o), -1, __FILE__, __LINE__), pol_decref_is_zero(o))

#undef CRITICAL_BEGIN
#undef CRITICAL_END
#undef CRITICAL_BEGIN2
#undef CRITICAL_END2
#define CRITICAL_BEGIN(o) { chk_enter((Obj *)(o), NULL, __FILE__, __LINE__);
#define CRITICAL_END() chk_leave(); }
#define CRITICAL_BEGIN2(a, b) { chk_enter((Obj *)(a), (Obj *)(b), __FILE__, __LINE__);
#define CRITICAL_END2() chk_leave(); }

#undef ALLOW_THREADS_BEGIN
#define ALLOW_THREADS_BEGIN(ts) { ThreadState *_at_ts = (ts); \
    chk_no_lock("a blocking call", __FILE__, __LINE__); pol_detach(_at_ts);

#undef POL_SAFEPOINT
#define POL_SAFEPOINT(ts) \
    do { \
        chk_no_lock("a safepoint", __FILE__, __LINE__); \
        if (!((PolThread *)(ts))->attached) chk_fail(__FILE__, __LINE__, "running bytecode without the GIL"); \
        if (UNLIKELY(LOAD_RELAXED(&pol_eval_breaker))) pol_safepoint_slow(ts); \
    } while (0)

#endif
