/* policy_contract.h - what every concurrency policy must provide.
 *
 * shared/ is compiled against exactly one policy header, found on the
 * include path as "policy.h": interp-gil/policy.h (a global interpreter lock,
 * plain refcounts), interp-nogil/policy.h (per-object locks, atomic
 * refcounts) or interp-nogil/racy/policy.h (neither: the negative control).
 * shared/ never asks which one it got; it calls these named operations.
 * A policy that forgets one fails to compile here instead of silently
 * getting a no-op.
 *
 * Refcounting (o is an Obj *, never a small int):
 *   POL_INCREF(o)              take a reference (immortal objects: nothing)
 *   POL_DECREF_IS_ZERO(o)      drop one; true when it was the last
 *   POL_RESURRECT(o)           one reference again to an object whose last
 *                              one was dropped, while its deallocation runs
 *                              code that needs it alive (a generator's
 *                              finally); POL_DECREF_IS_ZERO ends that
 * Object locks, around every read or write of a mutable object's contents:
 *   CRITICAL_BEGIN(o) ... CRITICAL_END()          one object
 *   CRITICAL_BEGIN2(a, b) ... CRITICAL_END2()     two, locked in address order
 *   Both open and close a C block in every build, so a missing END is a
 *   compile error everywhere.  Inside: no Python code, no blocking, no
 *   other lock, no return/goto out of the block.
 * Threads and the interpreter:
 *   ALLOW_THREADS_BEGIN(ts) ... ALLOW_THREADS_END(ts)
 *                              around every blocking call; inside, the
 *                              thread must not touch Python objects
 *   POL_SAFEPOINT(ts)          the eval-breaker check (loop back-edges, calls)
 *   POL_READERS_MAY_RACE       true when lock-free readers can run at the
 *                              same time as a writer (then pol_retire defers
 *                              frees)
 *   PolThread                  per-thread policy state, kept in ThreadState
 *   pol_* functions            declared below, defined by the policy's .c
 * Checks, empty except in the checked builds (make checked:
 * bin/interp-gil-checked, bin/interp-nogil-checked), where each one aborts
 * with a message naming the rule, the object's type and the C source line:
 *   POL_ASSERT_HELD(o)         this thread is inside o's critical section
 *                              (at the write sites of lists, dicts, sets)
 *   POL_ASSERT_NO_LOCK(what)   this thread holds no object lock (what: the
 *                              place, e.g. "running Python code")
 *   POL_BORROW(o, file, line)  o was just read out of a shared object inside
 *                              its critical section (SLOT_READ): the reference
 *                              must be made strong (incref) before the section
 *                              ends, or another thread may free o first
 *   POL_OBJ_FREE(o)            give a dead object's memory back; the checked
 *                              builds poison it and keep it a while, so a
 *                              later incref or decref of it aborts
 * In the checked builds CRITICAL_BEGIN also aborts when this thread is
 * already inside a critical section, and ALLOW_THREADS_BEGIN and
 * POL_SAFEPOINT when it is inside one (or, in interp-gil, when it does not
 * hold the GIL); a refcount that would go below zero aborts too.
 * Facts for --version and sys._is_gil_enabled():
 *   POL_BUILD_NAME, POL_GIL_ENABLED, POL_REFCOUNT_KIND, POL_LOCK_KIND */
#ifndef TWINPY_POLICY_CONTRACT_H
#define TWINPY_POLICY_CONTRACT_H

#include "policy.h"

#if !defined(POL_INCREF) || !defined(POL_DECREF_IS_ZERO) || !defined(POL_RESURRECT)
#error "policy.h must define POL_INCREF, POL_DECREF_IS_ZERO and POL_RESURRECT"
#endif
#if !defined(CRITICAL_BEGIN) || !defined(CRITICAL_END) || !defined(CRITICAL_BEGIN2) || !defined(CRITICAL_END2)
#error "policy.h must define CRITICAL_BEGIN/END and CRITICAL_BEGIN2/END2"
#endif
#if !defined(ALLOW_THREADS_BEGIN) || !defined(ALLOW_THREADS_END) || !defined(POL_SAFEPOINT)
#error "policy.h must define ALLOW_THREADS_BEGIN/END and POL_SAFEPOINT"
#endif
#if !defined(POL_READERS_MAY_RACE)
#error "policy.h must define POL_READERS_MAY_RACE"
#endif
#if !defined(POL_ASSERT_HELD) || !defined(POL_ASSERT_NO_LOCK) || !defined(POL_OBJ_FREE) || !defined(POL_BORROW)
#error "policy.h must define POL_ASSERT_HELD, POL_ASSERT_NO_LOCK, POL_BORROW and POL_OBJ_FREE"
#endif
/* The facts: a policy that leaves one out fails to compile here. */
_Static_assert(sizeof(POL_BUILD_NAME) > 1, "policy.h must define POL_BUILD_NAME");
_Static_assert(POL_GIL_ENABLED == 0 || POL_GIL_ENABLED == 1, "policy.h must define POL_GIL_ENABLED as 0 or 1");
_Static_assert(sizeof(POL_REFCOUNT_KIND) > 1, "policy.h must define POL_REFCOUNT_KIND");
_Static_assert(sizeof(POL_LOCK_KIND) > 1, "policy.h must define POL_LOCK_KIND");

/* Defined by the policy's own .c file. */
void pol_init_main(ThreadState *ts);        /* the main thread, at startup */
void pol_thread_init(ThreadState *ts);      /* a new thread's state, before it runs */
void pol_attach(ThreadState *ts);           /* start (or resume) running Python code */
void pol_detach(ThreadState *ts);           /* stop running Python code (blocking, exit) */
void pol_safepoint_slow(ThreadState *ts);   /* the eval breaker fired */
void pol_stop_the_world(ThreadState *ts);   /* every other thread parked or detached */
void pol_start_the_world(ThreadState *ts);
void pol_after_fork_child(ThreadState *ts); /* only this thread survives */
void pol_set_switch_interval(double seconds);
/* Free p (from malloc) once no lock-free reader can still be reading it:
 * at once when readers never race writers, after every attached thread
 * has passed a safepoint otherwise (quiescent-state-based reclamation). */
void pol_retire(ThreadState *ts, void *p);
/* Drop a reference to o, a value just swapped out of a field that other
 * threads read without a lock (a function's __defaults__, __name__...):
 * at once when readers never race writers; otherwise once every attached
 * thread has passed a safepoint, so a reader that loaded the old pointer
 * can still take its reference. */
void pol_retire_ref(ThreadState *ts, Obj *o);
void pol_reclaim_all(ThreadState *ts);      /* at exit, no other thread left: all of it now */
void pol_thread_exit(ThreadState *ts);      /* the thread is going away */
double pol_get_switch_interval(void);

#endif
