/* set.c - hash sets (set and frozenset) with CPython's table layout.
 *
 * The probing (a short linear run, then the perturbed jump), the resize
 * thresholds and the order in which the set operations insert are
 * CPython's, so a set of numbers prints in the same order as CPython
 * prints it.  Every access happens inside the set's critical section;
 * equality that may run Python code is compared outside it, as in dict.c.
 *
 * A frozenset is the same object with the other type: built as a set no
 * other thread sees, then retyped (frozen_of), and never changed again.
 * The operations build their results as sets and give them the left
 * operand's type, as CPython does (frozenset({1}) | {2} is a frozenset). */
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

Type SetType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type FrozenSetType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type SetIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Value seq_repr(Value *items, int64_t n, const char *open, const char *close, bool one_comma);

static Obj dummy_obj = OBJ_HEAD_INIT(&NoneType);
#define DUMMYKEY OBJ_VAL(&dummy_obj)
#define MINSIZE 8
#define LINEAR_PROBES 9

Value set_new(void) {
    Set *s = (Set *)obj_new(&SetType, sizeof(Set));
    if (!s) return V_NULL;
    s->fill = s->used = 0;
    s->mask = MINSIZE - 1;
    s->finger = 0;
    memset(s->small, 0, sizeof s->small);
    s->table = s->small;
    return OBJ_VAL(s);
}

/* Insert into a table known to hold no equal key and no dummies. */
/* every change of a set's size happens inside its lock */
#define SET_USED(s, n) (POL_ASSERT_HELD(s), STORE_RELAXED(&(s)->used, (n)))

static void insert_clean(SetEntry *table, int64_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    int64_t i = hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= 5;
        i = (int64_t)(((uint64_t)i * 5 + 1 + perturb) & (uint64_t)mask);
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static bool table_resize(Set *s, int64_t minused) {
    int64_t newsize = MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    SetEntry *old = s->table, *nt;
    int64_t oldmask = s->mask;
    SetEntry tmp[MINSIZE];
    if (newsize == MINSIZE) {
        if (old == s->small) {
            memcpy(tmp, old, sizeof tmp);
            old = tmp;
        }
        nt = s->small;
    } else {
        nt = calloc((size_t)newsize, sizeof(SetEntry));
        if (!nt) return false;
    }
    if (nt == s->small) memset(nt, 0, sizeof s->small);
    s->mask = newsize - 1;
    s->table = nt;
    for (int64_t i = 0; i <= oldmask; i++)
        if (old[i].key && old[i].key != DUMMYKEY) insert_clean(nt, s->mask, old[i].key, old[i].hash);
    s->fill = s->used;
    if (old != s->small && old != tmp) free(old);
    return true;
}

enum { F_ABSENT = 0, F_FOUND = 1, F_PYTHON = -1, F_RETRY = -2 };

/* Inside the critical section: look for key.  *slot is the entry found, or
 * where an insertion should go. */
static int find(Set *s, Value key, int64_t hash, bool simple, const KeyCands *unequal, SetEntry **slot) {
    uint64_t perturb = (uint64_t)hash;
    int64_t mask = s->mask, i = hash & mask;
    SetEntry *freeslot = NULL;
    for (;;) {
        SetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (!e->key) {
                *slot = freeslot ? freeslot : e;
                return F_ABSENT;
            }
            if (e->key == key) { *slot = e; return F_FOUND; }
            if (e->hash == hash && e->key != DUMMYKEY && !cands_has(unequal, e->key)) {
                if (simple && obj_simple_key(e->key)) {
                    bool eq = IS_STR(key) && IS_STR(e->key) ? str_eq(AS_STR(key), AS_STR(e->key)) : obj_eq(e->key, key) == 1;
                    if (eq) { *slot = e; return F_FOUND; }
                } else return F_PYTHON;
            } else if (e->key == DUMMYKEY && !freeslot) freeslot = e;
            e++;
        } while (probes--);
        perturb >>= 5;
        i = (int64_t)(((uint64_t)i * 5 + 1 + perturb) & (uint64_t)mask);
    }
}

/* The key in the set equal to `key` (new ref), or key itself: the same-hash
 * keys on its probe path not yet in *unequal are compared outside the lock.
 * V_NULL on error. */
static Value resolve(Set *s, Value key, int64_t hash, KeyCands *unequal) {
    KeyCands c;
    cands_init(&c);
    CRITICAL_BEGIN(s);
    uint64_t perturb = (uint64_t)hash;
    int64_t mask = s->mask, i = hash & mask;
    for (bool done = false; !done;) {
        SetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (!e->key) { done = true; break; }
            if (e->hash == hash && e->key != key && e->key != DUMMYKEY && !cands_has(unequal, e->key)) cands_push(&c, e->key);
            e++;
        } while (probes--);
        perturb >>= 5;
        i = (int64_t)(((uint64_t)i * 5 + 1 + perturb) & (uint64_t)mask);
    }
    CRITICAL_END();
    bool err;
    Value canon = cands_first_equal(&c, key, unequal, &err);
    if (err) return V_NULL;
    if (!canon) { incref(key); canon = key; }
    return canon;
}

enum { OP_ADD, OP_CONTAINS, OP_DISCARD };

/* add / contains / discard.  Returns 1 (added / present / removed), 0, -1. */
static int set_op(Set *s, Value key, int op) {
    int64_t hash = obj_hash(key);
    if (hash == -1 && err_occurred()) return -1;
    bool simple = obj_simple_key(key);
    KeyCands unequal;
    cands_init(&unequal);
    Value k = key;
    incref(k);
    for (;;) {
        int r, result = 0;
        Value drop = V_NULL;
        bool nomem = false;
        CRITICAL_BEGIN(s);
        SetEntry *e;
        r = find(s, k, hash, simple, &unequal, &e);
        if (r == F_ABSENT && k != key && op == OP_ADD) r = F_RETRY; /* the equal key went away: add key itself */
        if (r == F_FOUND || r == F_ABSENT) {
            if (op == OP_CONTAINS) result = r == F_FOUND;
            else if (op == OP_DISCARD) {
                if (r == F_FOUND) {
                    drop = e->key;
                    e->key = DUMMYKEY;
                    e->hash = -1;
                    SET_USED(s, s->used - 1);
                    result = 1;
                }
            } else if (r == F_ABSENT) {
                bool was_unused = e->key == V_NULL;
                incref(k);
                e->key = k;
                e->hash = hash;
                if (was_unused) s->fill++;
                SET_USED(s, s->used + 1);
                result = 1;
                if (was_unused && s->fill * 5 >= s->mask * 3)
                    nomem = !table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
            }
        }
        CRITICAL_END();
        if (r == F_FOUND || r == F_ABSENT) {
            decref(k);
            xdecref(drop);
            cands_release(&unequal);
            if (nomem) { err_no_memory(); return -1; }
            return result;
        }
        if (r == F_RETRY) {
            decref(k);
            k = key;
            incref(k);
            continue;
        }
        Value canon = resolve(s, key, hash, &unequal);
        decref(k);
        if (!canon) { cands_release(&unequal); return -1; }
        k = canon;
        simple = false;
    }
}

int set_add(Value s, Value key) { return set_op(AS_SET(s), key, OP_ADD) < 0 ? -1 : 0; }
int set_contains(Value s, Value key) { return set_op(AS_SET(s), key, OP_CONTAINS); }

/* The keys in table order, taken under the lock. */
static Value set_snapshot(Set *s);
Value set_keys_snapshot(Value s) { return set_snapshot(AS_SET(s)); }
static Value set_snapshot(Set *s) {
    for (;;) {
        int64_t n = LOAD_RELAXED(&s->used);
        Value t = tuple_new(n);
        if (!t) return V_NULL;
        bool fits;
        CRITICAL_BEGIN(s);
        fits = s->used == n;
        if (fits) {
            int64_t k = 0;
            for (int64_t i = 0; i <= s->mask; i++) {
                Value key = s->table[i].key;
                if (key && key != DUMMYKEY) {
                    incref(key);
                    AS_TUPLE(t)->items[k++] = key;
                }
            }
        }
        CRITICAL_END();
        if (fits) return t;
        decref(t);
    }
}

/* Add many keys, growing first the way CPython's set_merge does. */
static int add_all(Set *s, Value *keys, int64_t n) {
    bool ok = true;
    CRITICAL_BEGIN(s);
    if ((s->fill + n) * 5 >= s->mask * 3) ok = table_resize(s, (s->used + n) * 2);
    CRITICAL_END();
    if (!ok) { err_no_memory(); return -1; }
    for (int64_t i = 0; i < n; i++)
        if (set_op(s, keys[i], OP_ADD) < 0) return -1;
    return 0;
}

/* s.update(o) for a set o, as CPython's set_merge: one resize first; an
 * empty table of o's size takes o's entries where they are (so a copy
 * keeps the layout), anything else gets them in o's table order. */
static int merge_set(Set *s, Set *o) {
    if (s == o) return 0;
    SetEntry *copy = NULL;
    int64_t omask, ofill, oused;
    CRITICAL_BEGIN(o);
    omask = o->mask;
    ofill = o->fill;
    oused = o->used;
    copy = malloc((size_t)(omask + 1) * sizeof(SetEntry));
    if (copy) {
        memcpy(copy, o->table, (size_t)(omask + 1) * sizeof(SetEntry));
        for (int64_t i = 0; i <= omask; i++)
            if (copy[i].key && copy[i].key != DUMMYKEY) incref(copy[i].key);
    }
    CRITICAL_END();
    if (!copy) { err_no_memory(); return -1; }
    if (oused == 0) { free(copy); return 0; } /* a.update(set()): nothing, not even a resize */
    bool ok = true, placed = false;
    CRITICAL_BEGIN(s);
    if ((s->fill + oused) * 5 >= s->mask * 3) ok = table_resize(s, (s->used + oused) * 2);
    if (ok && s->fill == 0 && s->mask == omask && ofill == oused) {
        memcpy(s->table, copy, (size_t)(omask + 1) * sizeof(SetEntry));
        s->fill = oused;
        SET_USED(s, oused);
        placed = true;
    }
    CRITICAL_END();
    int rc = ok ? 0 : (err_no_memory(), -1);
    if (!placed)
        for (int64_t i = 0; i <= omask; i++) {
            Value k = copy[i].key;
            if (!k || k == DUMMYKEY) continue;
            if (!rc && set_op(s, k, OP_ADD) < 0) rc = -1;
            decref(k);
        }
    free(copy);
    return rc;
}

int set_update(Value sv, Value other) {
    Set *s = AS_SET(sv);
    if (IS_ANYSET(other)) return merge_set(s, AS_SET(other));
    Value t = container_snapshot(other);
    if (t) {
        int64_t n;
        Value *items = snapshot_items(t, &n);
        int r = add_all(s, items, n);
        decref(t);
        return r;
    }
    if (err_occurred()) return -1;
    Value it = obj_iter(other);
    if (!it) return -1;
    Value v;
    while ((v = obj_next(it))) {
        int r = set_op(s, v, OP_ADD);
        decref(v);
        if (r < 0) { decref(it); return -1; }
    }
    decref(it);
    return err_occurred() ? -1 : 0;
}

static Value set_copy(Value s) {
    Value r = set_new();
    if (r && set_update(r, s) < 0) { decref(r); return V_NULL; }
    return r;
}

/* Any iterable as a set (the argument of union, issubset, ...). */
static Value as_set(Value v) {
    if (IS_ANYSET(v)) { incref(v); return v; }
    return set_copy(v);
}

/* ---- slots ---------------------------------------------------------------------- */
static void set_dealloc(Obj *o) {
    Set *s = (Set *)o;
    for (int64_t i = 0; i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != DUMMYKEY) decref(s->table[i].key);
    if (s->table != s->small) free(s->table);
    obj_free(o);
}

/* A new set r, made by an operation on a, with a's kind: a set stays a
 * set, a frozenset's result is frozen.  r is seen by no other thread. */
static Value freeze(Value r) {
    if (r) AS_OBJ(r)->type = &FrozenSetType;
    return r;
}
static Value frozen_of(Value a, Value r) { return IS_FROZENSET(a) ? freeze(r) : r; }

static Value set_repr(Value v) {
    Set *s = AS_SET(v);
    bool frozen = IS_FROZENSET(v);
    if (LOAD_RELAXED(&s->used) == 0) return str_from_c(frozen ? "frozenset()" : "set()");
    Value t = set_snapshot(s);
    if (!t) return V_NULL;
    Value r = seq_repr(AS_TUPLE(t)->items, AS_TUPLE(t)->len, frozen ? "frozenset({" : "{", frozen ? "})" : "}", false);
    decref(t);
    return r;
}

/* CPython's frozenset hash: the entries' hashes, each with its bits
 * shuffled, combined by xor (so the order does not matter), then the size
 * mixed in and the result dispersed, so that hash(frozenset({1, 2}))
 * is CPython's number. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u; }
static int64_t frozenset_hash(Value v) {
    Set *s = AS_SET(v);
    uint64_t h = 0;
    int64_t n;
    CRITICAL_BEGIN(s);
    n = s->used;
    for (int64_t i = 0; i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != DUMMYKEY) h ^= shuffle_bits((uint64_t)s->table[i].hash);
    CRITICAL_END();
    h ^= ((uint64_t)n + 1) * 1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923u;
    if (h == (uint64_t)-1) h = 590923713u;
    return (int64_t)h;
}

static int64_t set_len(Value v) { return LOAD_RELAXED(&AS_SET(v)->used); }
static bool set_truth(Value v, int *err) { (void)err; return set_len(v) != 0; }
static int set_contains_slot(Value s, Value x) { return set_op(AS_SET(s), x, OP_CONTAINS); }

/* subset test: every key of a is in b */
static int is_subset(Value a, Value b) {
    if (set_len(a) > set_len(b)) return 0;
    Value t = set_snapshot(AS_SET(a));
    if (!t) return -1;
    int r = 1;
    for (int64_t i = 0; i < AS_TUPLE(t)->len && r == 1; i++) r = set_op(AS_SET(b), AS_TUPLE(t)->items[i], OP_CONTAINS);
    decref(t);
    return r;
}

static Value set_richcmp(Value a, Value b, int op) {
    if (!IS_ANYSET(b)) return V_NOTIMPL;
    int64_t la = set_len(a), lb = set_len(b);
    int r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        r = la == lb ? is_subset(a, b) : 0;
        if (r < 0) return V_NULL;
        return MK_BOOL(op == CMP_EQ ? r : !r);
    case CMP_LE: r = is_subset(a, b); break;
    case CMP_GE: r = is_subset(b, a); break;
    case CMP_LT: r = la < lb ? is_subset(a, b) : 0; break;
    default: r = lb < la ? is_subset(b, a) : 0; break;
    }
    if (r < 0) return V_NULL;
    return MK_BOOL(r);
}

typedef struct { Obj ob; Set *s; int64_t pos; int64_t used; } SetIter;
static Value set_iter(Value v) {
    SetIter *it = (SetIter *)obj_new(&SetIterType, sizeof(SetIter));
    if (!it) return V_NULL;
    incref(v);
    it->s = AS_SET(v);
    it->pos = 0;
    it->used = set_len(v);
    return OBJ_VAL(it);
}
static Value setiter_next(Value v) {
    SetIter *it = (SetIter *)AS_OBJ(v);
    Set *s = it->s;
    Value r = V_NULL;
    bool changed = false;
    CRITICAL_BEGIN(s);
    if (it->used >= 0) {
        if (s->used != it->used) {
            changed = true;
            it->used = -1;
        } else {
            while (it->pos <= s->mask) {
                Value k = s->table[it->pos++].key;
                if (k && k != DUMMYKEY) { r = k; incref(r); break; }
            }
        }
    }
    CRITICAL_END();
    if (changed) return err_set_str(&Exc_RuntimeError, "Set changed size during iteration");
    return r;
}
static void setiter_dealloc(Obj *o) { decref(OBJ_VAL(((SetIter *)o)->s)); obj_free(o); }

static Value set_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    bool frozen = t == &FrozenSetType;
    const char *name = frozen ? "frozenset" : "set";
    if (kw_none(name, kw) < 0) return V_NULL;
    if (nargs > 1) return err_format(&Exc_TypeError, "%s expected at most 1 argument, got %d", name, nargs);
    if (frozen && nargs == 1 && IS_FROZENSET(args[0])) { incref(args[0]); return args[0]; }
    Value s = set_new();
    if (s && nargs == 1 && set_update(s, args[0]) < 0) { decref(s); return V_NULL; }
    return frozen ? freeze(s) : s;
}

/* ---- set algebra (CPython's insertion orders) ---------------------------------- */
static Value set_union2(Value a, Value b) {
    Value r = set_copy(a);
    if (r && set_update(r, b) < 0) { decref(r); return V_NULL; }
    return r;
}
/* a & b: a set argument is walked (the smaller of the two, b on a tie),
 * any other iterable is walked as it comes, as in CPython */
static Value set_intersection2(Value a, Value b) {
    Value r = set_new();
    if (!r) return V_NULL;
    int rc = 0;
    if (IS_ANYSET(b)) {
        Value walk = b, probe = a;
        if (set_len(b) > set_len(a)) { walk = a; probe = b; }
        Value t = set_snapshot(AS_SET(walk));
        if (!t) rc = -1;
        for (int64_t i = 0; !rc && i < AS_TUPLE(t)->len; i++) {
            int c = set_op(AS_SET(probe), AS_TUPLE(t)->items[i], OP_CONTAINS);
            if (c < 0 || (c && set_add(r, AS_TUPLE(t)->items[i]) < 0)) rc = -1;
        }
        xdecref(t);
    } else {
        Value it = obj_iter(b), x;
        if (!it) rc = -1;
        while (!rc && (x = obj_next(it)) != V_NULL) {
            int c = set_op(AS_SET(a), x, OP_CONTAINS);
            if (c < 0 || (c && set_add(r, x) < 0)) rc = -1;
            decref(x);
        }
        if (it && !rc && err_occurred()) rc = -1;
        xdecref(it);
    }
    if (rc) { decref(r); return V_NULL; }
    return r;
}
static int discard_all(Value sv, Value other);
/* a - b: a copy of a with b's keys discarded when b is not a set (or is
 * much smaller than a), else a's keys not in b, as in CPython */
static Value set_difference2(Value a, Value b) {
    if (!IS_ANYSET(b) || (set_len(a) >> 2) > set_len(b)) {
        Value r = set_copy(a);
        if (r && discard_all(r, b) < 0) { decref(r); return V_NULL; }
        return r;
    }
    Value t = set_snapshot(AS_SET(a)), r = set_new();
    for (int64_t i = 0; t && r && i < AS_TUPLE(t)->len; i++) {
        int c = set_op(AS_SET(b), AS_TUPLE(t)->items[i], OP_CONTAINS);
        if (c < 0 || (!c && set_add(r, AS_TUPLE(t)->items[i]) < 0)) { decref(r); r = V_NULL; }
    }
    xdecref(t);
    if (!t) { xdecref(r); return V_NULL; }
    return r;
}
static Value take_result(Value a, Value r);
/* s.clear() by giving s the body of a new empty set */
static int empty_in_place(Value sv) {
    Value r = take_result(sv, set_new());
    if (!r) return -1;
    decref(r);
    return 0;
}
/* Toggle every key of other (any iterable) in s, in place: CPython's
 * symmetric_difference_update, which walks a set argument in table order. */
static int toggle_all(Value sv, Value other) {
    Set *s = AS_SET(sv);
    if (sv == other) return empty_in_place(sv);
    Value os = as_set(other);
    if (!os) return -1;
    Value t = set_snapshot(AS_SET(os));
    decref(os);
    if (!t) return -1;
    int rc = 0;
    for (int64_t i = 0; i < AS_TUPLE(t)->len && !rc; i++) {
        int c = set_op(s, AS_TUPLE(t)->items[i], OP_DISCARD);
        if (c < 0 || (!c && set_op(s, AS_TUPLE(t)->items[i], OP_ADD) < 0)) rc = -1;
    }
    decref(t);
    return rc;
}
/* a ^ b is built, as in CPython, from a copy of b with a's keys toggled */
static Value set_symdiff2(Value a, Value b) {
    Value r = set_copy(b);
    if (r && toggle_all(r, a) < 0) { decref(r); return V_NULL; }
    return r;
}
/* Discard every key of other (any iterable) from s, in place. */
static int discard_all(Value sv, Value other) {
    if (sv == other) return empty_in_place(sv);
    Value t;
    if (IS_ANYSET(other)) t = set_snapshot(AS_SET(other));
    else if (!(t = seq_to_tuple(other))) return -1;
    if (!t) return -1;
    int rc = 0;
    for (int64_t i = 0; i < AS_TUPLE(t)->len && !rc; i++)
        if (set_op(AS_SET(sv), AS_TUPLE(t)->items[i], OP_DISCARD) < 0) rc = -1;
    decref(t);
    return rc;
}
/* a takes r's table as it is (CPython's set_swap_bodies): a &= b keeps the
 * layout the intersection was built with.  r gets a's old contents. */
static void swap_bodies(Set *a, Set *b) {
    CRITICAL_BEGIN2(a, b);
    bool a_small = a->table == a->small, b_small = b->table == b->small;
    SetEntry *at = a->table, *bt = b->table, tmp[MINSIZE];
    memcpy(tmp, a->small, sizeof tmp);
    memcpy(a->small, b->small, sizeof tmp);
    memcpy(b->small, tmp, sizeof tmp);
    a->table = b_small ? a->small : bt;
    b->table = a_small ? b->small : at;
    int64_t f = a->fill, u = a->used, m = a->mask, g = a->finger;
    a->fill = b->fill; a->mask = b->mask; a->finger = b->finger;
    b->fill = f; b->mask = m; b->finger = g;
    STORE_RELAXED(&a->used, b->used);
    STORE_RELAXED(&b->used, u);
    CRITICAL_END2();
}
static Value take_result(Value a, Value r) {
    if (!r) return V_NULL;
    swap_bodies(AS_SET(a), AS_SET(r));
    decref(r);
    incref(a);
    return a;
}

#define SELFS a[0]
/* The methods with many arguments, as CPython: union copies and updates in
 * place, difference makes one difference and then discards in place,
 * intersection intersects the running result with each argument. */
static Value s_union(Value *a, int n, Dict *kw) {
    (void)kw;
    Value r = set_copy(SELFS);
    for (int i = 1; r && i < n; i++)
        if (set_update(r, a[i]) < 0) { decref(r); r = V_NULL; }
    return frozen_of(SELFS, r);
}
static Value s_intersection(Value *a, int n, Dict *kw) {
    (void)kw;
    if (n == 1) return frozen_of(SELFS, set_copy(SELFS));
    Value r = SELFS;
    incref(r);
    for (int i = 1; r && i < n; i++) {
        Value nr = set_intersection2(r, a[i]);
        decref(r);
        r = nr;
    }
    return frozen_of(SELFS, r);
}
static Value s_difference(Value *a, int n, Dict *kw) {
    (void)kw;
    if (n == 1) return frozen_of(SELFS, set_copy(SELFS));
    Value r = set_difference2(SELFS, a[1]);
    for (int i = 2; r && i < n; i++)
        if (discard_all(r, a[i]) < 0) { decref(r); r = V_NULL; }
    return frozen_of(SELFS, r);
}
static Value s_symdiff(Value *a, int n, Dict *kw) { (void)n; (void)kw; return frozen_of(a[0], set_symdiff2(a[0], a[1])); }
static Value s_update(Value *a, int n, Dict *kw) {
    (void)kw;
    for (int i = 1; i < n; i++) if (set_update(a[0], a[i]) < 0) return V_NULL;
    return V_NONE;
}
static Value upd_result(Value r) { if (!r) return V_NULL; decref(r); return V_NONE; }
static Value s_intersection_update(Value *a, int n, Dict *kw) { return upd_result(take_result(a[0], s_intersection(a, n, kw))); }
static Value s_difference_update(Value *a, int n, Dict *kw) {
    (void)kw;
    for (int i = 1; i < n; i++) if (discard_all(a[0], a[i]) < 0) return V_NULL;
    return V_NONE;
}
static Value s_symdiff_update(Value *a, int n, Dict *kw) { (void)n; (void)kw; return toggle_all(a[0], a[1]) < 0 ? V_NULL : V_NONE; }

static Value s_add(Value *a, int n, Dict *kw) { (void)n; (void)kw; return set_add(a[0], a[1]) < 0 ? V_NULL : V_NONE; }
static Value s_discard(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    return set_op(AS_SET(a[0]), a[1], OP_DISCARD) < 0 ? V_NULL : V_NONE;
}
static Value s_remove(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int r = set_op(AS_SET(a[0]), a[1], OP_DISCARD);
    if (r < 0) return V_NULL;
    if (r == 0) { incref(a[1]); return err_set_value(&Exc_KeyError, a[1]); }
    return V_NONE;
}
static Value s_pop(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Set *s = AS_SET(a[0]);
    Value r = V_NULL;
    CRITICAL_BEGIN(s);
    if (s->used > 0) {
        SetEntry *e = s->table + (s->finger & s->mask);
        SetEntry *limit = s->table + s->mask;
        while (!e->key || e->key == DUMMYKEY) {
            e++;
            if (e > limit) e = s->table;
        }
        r = e->key;
        e->key = DUMMYKEY;
        e->hash = -1;
        SET_USED(s, s->used - 1);
        s->finger = e - s->table + 1;
    }
    CRITICAL_END();
    if (!r) return err_set_str(&Exc_KeyError, "pop from an empty set");
    return r;
}
static Value s_clear(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value old = set_snapshot(AS_SET(a[0]));
    if (!old) return V_NULL;
    Set *s = AS_SET(a[0]);
    SetEntry *tab = NULL;
    int64_t mask = 0;
    CRITICAL_BEGIN(s);
    tab = s->table;
    mask = s->mask;
    if (tab == s->small) {
        tab = malloc(sizeof s->small);
        if (tab) memcpy(tab, s->small, sizeof s->small);
    }
    memset(s->small, 0, sizeof s->small);
    s->table = s->small;
    s->mask = MINSIZE - 1;
    s->fill = 0;
    SET_USED(s, 0);
    CRITICAL_END();
    if (tab)
        for (int64_t i = 0; i <= mask; i++)
            if (tab[i].key && tab[i].key != DUMMYKEY) decref(tab[i].key);
    free(tab);
    decref(old);
    return V_NONE;
}
static Value s_copy(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (IS_FROZENSET(a[0])) { incref(a[0]); return a[0]; } /* nothing to copy: it never changes */
    return set_copy(a[0]);
}
static Value s_issubset(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value b = as_set(a[1]);
    if (!b) return V_NULL;
    int r = is_subset(a[0], b);
    decref(b);
    return r < 0 ? V_NULL : MK_BOOL(r);
}
static Value s_issuperset(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value b = as_set(a[1]);
    if (!b) return V_NULL;
    int r = is_subset(b, a[0]);
    decref(b);
    return r < 0 ? V_NULL : MK_BOOL(r);
}
static Value s_isdisjoint(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value r = set_intersection2(a[0], a[1]);
    if (!r) return V_NULL;
    bool empty = set_len(r) == 0;
    decref(r);
    return MK_BOOL(empty);
}

/* Operators: only between sets (CPython raises TypeError otherwise). */
#define BINOP(name, fn) \
    static Value name(Value *a, int n, Dict *kw) { \
        (void)n; (void)kw; \
        if (!IS_ANYSET(a[1])) return V_NOTIMPL; \
        return frozen_of(a[0], fn(a[0], a[1])); \
    }
BINOP(s_or, set_union2)
BINOP(s_and, set_intersection2)
BINOP(s_sub, set_difference2)
BINOP(s_xor, set_symdiff2)
/* In-place operators change the left set in place, as CPython's do */
#define IBINOP(name, body) \
    static Value name(Value *a, int n, Dict *kw) { \
        (void)n; (void)kw; \
        if (!IS_ANYSET(a[1])) return V_NOTIMPL; \
        body; \
    }
IBINOP(s_ior, if (set_update(a[0], a[1]) < 0) return V_NULL; incref(a[0]); return a[0])
IBINOP(s_iand, return take_result(a[0], set_intersection2(a[0], a[1])))
IBINOP(s_isub, if (discard_all(a[0], a[1]) < 0) return V_NULL; incref(a[0]); return a[0])
IBINOP(s_ixor, if (toggle_all(a[0], a[1]) < 0) return V_NULL; incref(a[0]); return a[0])

void set_init_type(void) {
    Type *t = &SetType;
    t->dealloc = set_dealloc;
    t->repr = set_repr;
    t->richcmp = set_richcmp;
    t->len = set_len;
    t->contains = set_contains_slot;
    t->iter = set_iter;
    t->truth = set_truth;
    t->newobj = set_newobj;
    Type *f = &FrozenSetType;
    f->dealloc = set_dealloc;
    f->repr = set_repr;
    f->richcmp = set_richcmp;
    f->len = set_len;
    f->contains = set_contains_slot;
    f->iter = set_iter;
    f->truth = set_truth;
    f->newobj = set_newobj;
    f->hash = frozenset_hash;
    SetIterType.dealloc = setiter_dealloc;
    SetIterType.next = setiter_next;
    SetIterType.flags = TF_ITER_SELF;
}

void set_init_methods(void) {
    type_ready(&SetType, "set", &ObjectType);
    type_ready(&FrozenSetType, "frozenset", &ObjectType);
    type_ready(&SetIterType, "set_iterator", &ObjectType);
    Type *t = &SetType;
    /* frozen: 1 for the methods a frozenset has too (those that change nothing) */
    struct { const char *n; NativeFn f; int min, max; bool frozen; } m[] = {
        {"add", s_add, 2, 2, 0}, {"discard", s_discard, 2, 2, 0}, {"remove", s_remove, 2, 2, 0},
        {"pop", s_pop, 1, 1, 0}, {"clear", s_clear, 1, 1, 0}, {"copy", s_copy, 1, 1, 1},
        {"update", s_update, 1, -1, 0}, {"union", s_union, 1, -1, 1}, {"intersection", s_intersection, 1, -1, 1},
        {"difference", s_difference, 1, -1, 1}, {"symmetric_difference", s_symdiff, 2, 2, 1},
        {"intersection_update", s_intersection_update, 1, -1, 0},
        {"difference_update", s_difference_update, 1, -1, 0},
        {"symmetric_difference_update", s_symdiff_update, 2, 2, 0},
        {"issubset", s_issubset, 2, 2, 1}, {"issuperset", s_issuperset, 2, 2, 1},
        {"isdisjoint", s_isdisjoint, 2, 2, 1}, {"__or__", s_or, 2, 2, 1}, {"__and__", s_and, 2, 2, 1},
        {"__sub__", s_sub, 2, 2, 1}, {"__xor__", s_xor, 2, 2, 1}, {"__ior__", s_ior, 2, 2, 0},
        {"__iand__", s_iand, 2, 2, 0}, {"__isub__", s_isub, 2, 2, 0}, {"__ixor__", s_ixor, 2, 2, 0},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) {
        type_add_method(t, m[i].n, m[i].f, m[i].min, m[i].max, false);
        if (m[i].frozen) type_add_method(&FrozenSetType, m[i].n, m[i].f, m[i].min, m[i].max, false);
    }
}
