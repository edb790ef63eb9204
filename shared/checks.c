/* checks.c - the assertions of the checked builds (see checks.h).
 * Compiled into every build; only the checked policies call it. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "runtime.h"
#include "checks.h"

/* this thread's critical section: the objects locked, and where */
#define CHK_BORROWS 8
static _Thread_local struct {
    Obj *a, *b;
    const char *file;
    int line;
    int nborrowed;                 /* read under the lock, not yet incref'd */
    const Obj *borrowed[CHK_BORROWS];
    const char *bfile[CHK_BORROWS];
    int bline[CHK_BORROWS];
} cs;

void chk_fail(const char *file, int line, const char *fmt, ...) {
    va_list ap;
    fflush(stdout);
    fprintf(stderr, "twinpy checked build: %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

static const char *tname(const Obj *o) { return o && o->type && o->type->cname ? o->type->cname : "?"; }

void chk_enter(Obj *a, Obj *b, const char *file, int line) {
    if (cs.a)
        chk_fail(file, line, "a second object lock (a '%s' object) inside the critical section of a '%s' object begun at %s:%d",
                 tname(a), tname(cs.a), cs.file, cs.line);
    if (LOAD_RELAXED(&a->rc) == CHK_POISON || (b && LOAD_RELAXED(&b->rc) == CHK_POISON))
        chk_fail(file, line, "locking a freed '%s' object", tname(LOAD_RELAXED(&a->rc) == CHK_POISON ? a : b));
    cs.a = a;
    cs.b = b;
    cs.file = file;
    cs.line = line;
}

void chk_leave(void) {
    if (cs.nborrowed) {
        int i = cs.nborrowed - 1;
        chk_fail(cs.bfile[i], cs.bline[i],
                 "a reference to a '%s' object read under the lock of a '%s' object was not made strong before the "
                 "lock was released (critical section begun at %s:%d)",
                 tname(cs.borrowed[i]), tname(cs.a), cs.file, cs.line);
    }
    cs.a = cs.b = NULL;
}

void chk_borrow(const Obj *o, const char *file, int line) {
    if (!cs.a) chk_fail(file, line, "a '%s' object read as borrowed outside any critical section", tname(o));
    if (LOAD_RELAXED(&o->rc) & RC_IMMORTAL) return; /* needs no reference */
    if (cs.nborrowed == CHK_BORROWS)
        chk_fail(file, line, "more than %d references read under one lock and not yet made strong", CHK_BORROWS);
    cs.borrowed[cs.nborrowed] = o;
    cs.bfile[cs.nborrowed] = file;
    cs.bline[cs.nborrowed] = line;
    cs.nborrowed++;
}

void chk_strong(const Obj *o) {
    for (int i = cs.nborrowed - 1; i >= 0; i--)
        if (cs.borrowed[i] == o) {
            cs.nborrowed--;
            cs.borrowed[i] = cs.borrowed[cs.nborrowed];
            cs.bfile[i] = cs.bfile[cs.nborrowed];
            cs.bline[i] = cs.bline[cs.nborrowed];
            return;
        }
}

void chk_held(const Obj *o, const char *file, int line) {
    if (cs.a != o && cs.b != o)
        chk_fail(file, line, "a '%s' object changed outside its critical section%s%s", tname(o),
                 cs.a ? " (this thread is in the section of another object, begun at " : "", cs.a ? cs.file : "");
}

void chk_no_lock(const char *what, const char *file, int line) {
    if (cs.a)
        chk_fail(file, line, "%s while holding the lock of a '%s' object (critical section begun at %s:%d)", what,
                 tname(cs.a), cs.file, cs.line);
}

void chk_refcount(const Obj *o, int delta, const char *file, int line) {
    uint32_t rc = LOAD_RELAXED(&o->rc);
    if (rc & RC_IMMORTAL) return;
    if (rc == CHK_POISON) chk_fail(file, line, "use after free: %s of a freed '%s' object", delta > 0 ? "incref" : "decref", tname(o));
    if (rc == 0) chk_fail(file, line, "%s of a '%s' object whose refcount is already 0", delta > 0 ? "incref" : "decref", tname(o));
}

/* The quarantine: one ring for the process (a checked build is for
 * finding bugs, not for speed). */
static pthread_mutex_t q_mu = PTHREAD_MUTEX_INITIALIZER;
static Obj *q_ring[CHK_QUARANTINE];
static int q_next;

void chk_free(Obj *o) {
    if (LOAD_RELAXED(&o->rc) == CHK_POISON) chk_fail(__FILE__, __LINE__, "a '%s' object freed twice", tname(o));
    STORE_RELAXED(&o->rc, CHK_POISON);
    pthread_mutex_lock(&q_mu);
    Obj *old = q_ring[q_next];
    q_ring[q_next] = o;
    q_next = (q_next + 1) % CHK_QUARANTINE;
    pthread_mutex_unlock(&q_mu);
    free(old);
}
