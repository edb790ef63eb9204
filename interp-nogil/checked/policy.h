/* interp-nogil/checked/policy.h - interp-nogil with its rules as assertions.
 *
 * The same policy as interp-nogil/policy.h (included below), with every
 * rule that policy.h states in prose checked as it runs (shared/checks.h):
 *   - an object lock is a leaf: CRITICAL_BEGIN inside a critical section
 *     aborts (CRITICAL_BEGIN2 takes its two at once);
 *   - no Python code, no blocking call and no safepoint inside one:
 *     POL_ASSERT_NO_LOCK at the eval loop's entry, in ALLOW_THREADS_BEGIN
 *     and in POL_SAFEPOINT;
 *   - bytecode runs only while the thread is attached (POL_SAFEPOINT);
 *   - a list, dict or set is written only inside its own critical section
 *     (POL_ASSERT_HELD at their write sites);
 *   - a reference read out of a shared object under its lock (SLOT_READ)
 *     is made strong before the lock is released (POL_BORROW, then the
 *     incref; the section's end aborts if one is still borrowed);
 *   - a refcount never goes below zero, and a freed object is never used:
 *     freed objects are poisoned and kept a while (POL_OBJ_FREE), and
 *     increfs and decrefs of them abort, naming the type.
 * Built by `make checked` as bin/interp-nogil-checked, with the system
 * allocator and -O1. */
#ifndef TWINPY_CHECKED_POLICY_H
#define TWINPY_CHECKED_POLICY_H
#include "checks.h"

#define POL_ASSERT_HELD(o) chk_held((const Obj *)(o), __FILE__, __LINE__)
#define POL_ASSERT_NO_LOCK(what) chk_no_lock((what), __FILE__, __LINE__)
#define POL_OBJ_FREE(o) chk_free(o)
#define POL_BORROW(o, file, line) chk_borrow((const Obj *)(o), (file), (line))

#include "../policy.h"

#undef POL_BUILD_NAME
#define POL_BUILD_NAME "interp-nogil (checked)"

#undef POL_INCREF
#undef POL_DECREF_IS_ZERO
#define POL_INCREF(o) (chk_refcount((o), 1, __FILE__, __LINE__), chk_strong(o), pol_incref(o))
#define POL_DECREF_IS_ZERO(o) (chk_refcount((o), -1, __FILE__, __LINE__), pol_decref_is_zero(o))

#undef CRITICAL_BEGIN
#undef CRITICAL_END
#undef CRITICAL_BEGIN2
#undef CRITICAL_END2
#define CRITICAL_BEGIN(o) { Obj *_cs_obj = (Obj *)(o); chk_enter(_cs_obj, NULL, __FILE__, __LINE__); pol_lock(_cs_obj);
#define CRITICAL_END() pol_unlock(_cs_obj); chk_leave(); }
#define CRITICAL_BEGIN2(a, b) { Obj *_cs_a = (Obj *)(a), *_cs_b = (Obj *)(b); \
    chk_enter(_cs_a, _cs_b, __FILE__, __LINE__); pol_lock2(_cs_a, _cs_b);
#define CRITICAL_END2() pol_unlock2(_cs_a, _cs_b); chk_leave(); }

#undef ALLOW_THREADS_BEGIN
#define ALLOW_THREADS_BEGIN(ts) { ThreadState *_at_ts = (ts); \
    chk_no_lock("a blocking call", __FILE__, __LINE__); pol_detach(_at_ts);

#undef POL_SAFEPOINT
#define POL_SAFEPOINT(ts) \
    do { \
        PolThread *pt_ = (PolThread *)(ts); \
        chk_no_lock("a safepoint", __FILE__, __LINE__); \
        if (LOAD_RELAXED(&pt_->state) != 1 /* TS_ATTACHED */) \
            chk_fail(__FILE__, __LINE__, "running bytecode while detached"); \
        if (UNLIKELY(LOAD_RELAXED(&pt_->breaker))) pol_safepoint_slow(ts); \
        if (UNLIKELY(--pt_->qs_countdown == 0)) pol_quiescent(ts); \
    } while (0)

#endif
