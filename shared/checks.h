/* checks.h - the policy rules as assertions, for the checked builds.
 *
 * interp-gil/checked/policy.h and interp-nogil/checked/policy.h wrap their
 * build's policy operations with these calls; the release policies never
 * make them.  Each failure prints the rule that was broken, the object's
 * type and the C source line, then aborts (a core dump points at the
 * caller).  What is tracked, per thread: the critical section this thread
 * is in (the object or two objects, and where it began) and the references
 * read in it that are not yet strong.  What is kept:
 * the last CHK_QUARANTINE freed objects, poisoned (refcount CHK_POISON,
 * type kept for the message) before their memory goes back to malloc. */
#ifndef TWINPY_CHECKS_H
#define TWINPY_CHECKS_H

#define CHK_POISON 0x0dead0deu  /* the refcount of a freed object in quarantine */
#define CHK_QUARANTINE 4096

typedef struct Obj Obj;
void chk_enter(Obj *a, Obj *b, const char *file, int line); /* a critical section begins (b: the second object, or NULL) */
void chk_leave(void);
void chk_held(const Obj *o, const char *file, int line);    /* o must be locked by this thread */
void chk_no_lock(const char *what, const char *file, int line);
void chk_refcount(const Obj *o, int delta, const char *file, int line); /* before an incref (+1) or decref (-1) */
void chk_borrow(const Obj *o, const char *file, int line); /* o read under the lock: incref it before the section ends */
void chk_strong(const Obj *o);                               /* an incref: o is no longer borrowed */
void chk_free(Obj *o);                                       /* poison, quarantine, free the oldest */
void chk_fail(const char *file, int line, const char *fmt, ...) __attribute__((noreturn, format(printf, 3, 4)));

#endif
