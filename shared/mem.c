/* mem.c - the one allocation path, object creation and destruction.
 *
 * Every allocation goes through mem_alloc, so MemoryError and the live
 * object count live in one place.  The count is kept per thread (a plain
 * increment on the thread's own cache line, no shared counter to contend
 * on) and summed when someone asks: -X leakcheck after finalization. */
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

void *mem_alloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (UNLIKELY(!p)) err_no_memory();
    return p;
}

void *mem_calloc(size_t n) {
    void *p = calloc(1, n ? n : 1);
    if (UNLIKELY(!p)) err_no_memory();
    return p;
}

void *mem_realloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (UNLIKELY(!q)) err_no_memory();
    return q;
}

void mem_free(void *p) { free(p); }

Obj *obj_new(Type *t, size_t size) {
    Obj *o = malloc(size);
    if (UNLIKELY(!o)) {
        err_no_memory();
        return NULL;
    }
    o->rc = 1;
    o->lock = 0;
    o->type = t;
    if (LIKELY(cur_ts != NULL)) cur_ts->live_objects++;
    return o;
}

void obj_free(Obj *o) {
    if (LIKELY(cur_ts != NULL)) cur_ts->live_objects--;
    POL_OBJ_FREE(o);
}

int64_t mem_live_objects(void) {
    int64_t n = interp.dead_threads_live;
    th_registry_lock();
    for (ThreadState *t = th_registry_first(); t; t = t->next) n += t->live_objects;
    th_registry_unlock();
    return n;
}

/* Deallocation.  Freeing a container frees what it held, which can nest
 * arbitrarily deep; past DEALLOC_DEPTH_LIMIT the object is parked on the
 * thread's trash list and freed by the outermost call (the "trashcan"). */
void obj_dealloc(Obj *o) {
    ThreadState *ts = cur_ts;
    if (ts && ts->dealloc_depth >= DEALLOC_DEPTH_LIMIT) {
        if (ts->ntrash == ts->captrash) {
            int cap = ts->captrash ? ts->captrash * 2 : 64;
            Obj **n = realloc(ts->trash, (size_t)cap * sizeof(Obj *));
            if (!n) abort(); /* nowhere to report it: freeing cannot fail */
            ts->trash = n;
            ts->captrash = cap;
        }
        ts->trash[ts->ntrash++] = o;
        return;
    }
    if (ts) ts->dealloc_depth++;
    o->type->dealloc(o);
    if (ts) {
        ts->dealloc_depth--;
        if (ts->dealloc_depth == 0) {
            while (ts->ntrash > 0) {
                Obj *next = ts->trash[--ts->ntrash];
                ts->dealloc_depth++;
                next->type->dealloc(next);
                ts->dealloc_depth--;
            }
        }
    }
}

/* ---- immortal objects made at run time --------------------------------------
 * Classes, code, module-level functions, modules and their dicts are
 * immortal: refcounting skips them, so threads that share them never write
 * their cache lines.  They are remembered here and freed at exit, after
 * everything else, so that the leak check sees every object go. */
#include <pthread.h>
static pthread_mutex_t immortal_mu = PTHREAD_MUTEX_INITIALIZER;
static Obj **immortals;
static int64_t nimmortals, capimmortals;

void immortal_track(Obj *o) {
    if (o->rc & RC_IMMORTAL) return;
    pthread_mutex_lock(&immortal_mu);
    if (nimmortals == capimmortals) {
        int64_t cap = capimmortals ? capimmortals * 2 : 256;
        Obj **n = realloc(immortals, (size_t)cap * sizeof(Obj *));
        if (!n) abort();
        immortals = n;
        capimmortals = cap;
    }
    immortals[nimmortals++] = o;
    o->rc |= RC_IMMORTAL;
    pthread_mutex_unlock(&immortal_mu);
}

void func_clear(Func *f);
void code_clear(Code *c);
void code_free(Code *c);
void dict_free_tables(Dict *d);

/* Two phases: first every immortal drops what it refers to (mortal objects
 * die then, while every immortal they may look at still exists), then the
 * immortals' memory goes. */
void immortals_finalize(void) {
    for (int64_t i = 0; i < nimmortals; i++) {
        Obj *o = immortals[i];
        Type *t = o->type;
        if (t == &DictType) dict_clear((Dict *)o);
        else if (t == &FunctionType) func_clear((Func *)o);
        else if (t == &CodeType) code_clear((Code *)o);
        else if (t == &TupleType) {
            Tuple *tp = (Tuple *)o;
            for (int64_t k = 0; k < tp->len; k++) decref(tp->items[k]);
            tp->len = 0;
        } else if (t == &NativeType) {
            Value s = ((Native *)o)->self;
            ((Native *)o)->self = V_NULL;
            xdecref(s);
        } else if (t == &StaticMethodType || t == &ClassMethodType) {
            Value f = ((Wrapper *)o)->func;
            ((Wrapper *)o)->func = V_NONE;
            decref(f);
        }
    }
    for (int64_t i = 0; i < nimmortals; i++) {
        Obj *o = immortals[i];
        if (o->type == &DictType) dict_free_tables((Dict *)o);
        if (o->type == &CodeType) code_free((Code *)o);
        else obj_free(o);
    }
    free(immortals);
    immortals = NULL;
    nimmortals = capimmortals = 0;
}

void immortal_atfork_child(void) { pthread_mutex_init(&immortal_mu, NULL); }
