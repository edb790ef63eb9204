/* list.c - mutable sequences.
 *
 * Every write of a list's contents, and every read that takes a
 * reference, happens inside its critical section (CRITICAL_BEGIN/END: the
 * object lock in the free-threaded build, nothing in the locked one).  A
 * reference read out of the list is taken (incref) before the section
 * ends.  No Python code runs inside: operations that must compare items
 * with __eq__ or __lt__ (index, remove, count, in, sort, ==) read one item
 * at a time, or take a snapshot, and compare outside.
 *
 * Reading a small int needs no reference, so list_get() first tries
 * without the lock: it reads the items array, the length and the slot
 * with acquire loads and keeps the answer if it is a small int and the
 * array is still the list's.  For that, writers store slots of a published
 * array with atomic stores (slot_set, slots_move), an array carries its
 * capacity in a header (a reader bounds its index by the array it read),
 * and a replaced array goes to pol_retire(), which frees it once no reader
 * can be in it.  `len` is atomic too, so len(xs) needs no lock. */
#include <string.h>
#include "runtime.h"

Type ListType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type ListIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type ListRevIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Value seq_repr(Value *items, int64_t n, const char *open, const char *close, bool one_comma);
Value seq_richcmp(Value *a, int64_t na, Value *b, int64_t nb, int op);

#define LEN(l) LOAD_RELAXED(&(l)->len)
#define SET_LEN(l, n) (POL_ASSERT_HELD(l), STORE_RELEASE(&(l)->len, (n)))

/* ---- items arrays ----------------------------------------------------------- */
#define ITEMS_HDR 2 /* Values before slot 0: the capacity, and padding */
static Value *items_alloc(int64_t cap) {
    Value *b = malloc((size_t)(cap + ITEMS_HDR) * sizeof(Value));
    if (!b) return NULL;
    b[0] = (Value)cap;
    return b + ITEMS_HDR;
}
static inline int64_t items_cap(Value *it) { return (int64_t)it[-ITEMS_HDR]; }
static void items_free(Value *it) { if (it) free(it - ITEMS_HDR); }
/* an array a lock-free reader may still be reading */
static void items_retire(Value *it) { if (it) pol_retire(cur_ts, it - ITEMS_HDR); }

/* Stores into a published array: atomic, for the lock-free readers. */
static inline void slot_set(Value *it, int64_t i, Value v) { STORE_RELAXED(&it[i], v); }
static void slots_move(Value *it, int64_t dst, int64_t src, int64_t n) {
    if (dst < src)
        for (int64_t k = 0; k < n; k++) STORE_RELAXED(&it[dst + k], it[src + k]);
    else
        for (int64_t k = n - 1; k >= 0; k--) STORE_RELAXED(&it[dst + k], it[src + k]);
}

Value list_new(int64_t cap) {
    List *l = (List *)obj_new(&ListType, sizeof(List));
    if (!l) return V_NULL;
    l->len = 0;
    l->cap = cap;
    l->items = NULL;
    if (cap > 0) {
        l->items = items_alloc(cap);
        if (!l->items) { obj_free(&l->ob); return err_no_memory(); }
    }
    return OBJ_VAL(l);
}

/* Make room for `extra` more items; called inside the critical section. */
static bool list_reserve(List *l, int64_t extra) {
    POL_ASSERT_HELD(l);
    int64_t need = l->len + extra;
    if (need <= l->cap) return true;
    if (need > (INT64_C(1) << 36)) return false;
    int64_t cap = l->cap + (l->cap >> 1) + 4;
    if (cap < need) cap = need;
    Value *n = items_alloc(cap);
    if (!n) return false;
    Value *old = l->items;
    if (l->len) memcpy(n, old, (size_t)l->len * sizeof(Value));
    STORE_RELEASE(&l->items, n);
    l->cap = cap;
    items_retire(old);
    return true;
}

int list_append(Value lv, Value v) {
    List *l = AS_LIST(lv);
    bool ok;
    incref(v);
    CRITICAL_BEGIN(l);
    ok = list_reserve(l, 1);
    if (ok) {
        slot_set(l->items, l->len, v);
        SET_LEN(l, l->len + 1);
    }
    CRITICAL_END();
    if (!ok) {
        decref(v);
        err_no_memory();
        return -1;
    }
    return 0;
}

Value list_from_array(Value *items, int64_t n) {
    Value l = list_new(n);
    if (!l) return V_NULL;
    for (int64_t i = 0; i < n; i++) {
        incref(items[i]);
        AS_LIST(l)->items[i] = items[i];
    }
    AS_LIST(l)->len = n;
    return l;
}

Value list_get(Value lv, int64_t i) {
    List *l = AS_LIST(lv);
    /* without the lock, for a small int */
    Value *it = LOAD_ACQUIRE(&l->items);
    int64_t n = LOAD_ACQUIRE(&l->len), j = i < 0 ? i + n : i;
    if (it && j >= 0 && j < n && j < items_cap(it)) {
        Value v = LOAD_ACQUIRE(&it[j]);
        if (IS_SMALL(v) && LOAD_RELAXED(&l->items) == it) return v;
    }
    Value r = V_NULL;
    CRITICAL_BEGIN(l);
    if (i < 0) i += l->len;
    if (i >= 0 && i < l->len) {
        r = SLOT_READ(l->items[i]);
        incref(r);
    }
    CRITICAL_END();
    return r;
}

/* A tuple holding the list's items at one instant. */
Value list_snapshot(Value lv) {
    List *l = AS_LIST(lv);
    Value t;
    for (;;) {
        int64_t n = LEN(l);
        t = tuple_new(n);
        if (!t) return V_NULL;
        bool fits;
        CRITICAL_BEGIN(l);
        fits = l->len == n;
        if (fits)
            for (int64_t i = 0; i < n; i++) {
                incref(SLOT_READ(l->items[i]));
                AS_TUPLE(t)->items[i] = l->items[i];
            }
        CRITICAL_END();
        if (fits) return t;
        decref(t); /* the list changed size meanwhile: try again */
    }
}

/* Append every item of iterable to l, a list no other thread sees yet. */
static int fill_from_iter(List *l, Value iterable) {
    /* a known length: reserve it first, so an impossible size fails at
     * once with MemoryError instead of growing until the system gives out */
    Type *t = TYPE(iterable);
    if (t == &RangeType || t == &DictType || t == &SetType || t == &FrozenSetType || t == &StrType) {
        int64_t n = obj_len(iterable);
        if (n < 0) return -1;
        bool ok;
        CRITICAL_BEGIN(l);
        ok = list_reserve(l, n);
        CRITICAL_END();
        if (!ok) { err_no_memory(); return -1; }
    }
    Value it = obj_iter(iterable);
    if (!it) return -1;
    Value v;
    while ((v = obj_next(it)) != V_NULL) {
        int r = list_append(OBJ_VAL(l), v);
        decref(v);
        if (r < 0) { decref(it); return -1; }
    }
    decref(it);
    return err_occurred() ? -1 : 0;
}

Value seq_to_list(Value it) {
    if (IS_LIST(it) || IS_TUPLE(it)) {
        Value t = IS_LIST(it) ? list_snapshot(it) : (incref(it), it);
        if (!t) return V_NULL;
        Value l = list_from_array(AS_TUPLE(t)->items, AS_TUPLE(t)->len);
        decref(t);
        return l;
    }
    Value snap = container_snapshot(it);
    if (snap) {
        if (IS_LIST(snap)) return snap;
        Value l = list_from_array(AS_TUPLE(snap)->items, AS_TUPLE(snap)->len);
        decref(snap);
        return l;
    }
    if (err_occurred()) return V_NULL;
    Value l = list_new(0);
    if (!l) return V_NULL;
    if (fill_from_iter(AS_LIST(l), it) < 0) {
        decref(l);
        return V_NULL;
    }
    return l;
}

/* Append every item of an array (already owned references are not taken). */
static int list_append_array(List *l, Value *items, int64_t n) {
    bool ok;
    if (n == 0) return 0;
    for (int64_t i = 0; i < n; i++) incref(items[i]);
    CRITICAL_BEGIN(l);
    ok = list_reserve(l, n);
    if (ok) {
        for (int64_t k = 0; k < n; k++) slot_set(l->items, l->len + k, items[k]);
        SET_LEN(l, l->len + n);
    }
    CRITICAL_END();
    if (!ok) {
        for (int64_t i = 0; i < n; i++) decref(items[i]);
        err_no_memory();
        return -1;
    }
    return 0;
}

int list_extend(Value lv, Value iterable) {
    List *l = AS_LIST(lv);
    if (IS_LIST(iterable) || IS_TUPLE(iterable)) {
        Value t = IS_LIST(iterable) ? list_snapshot(iterable) : (incref(iterable), iterable);
        if (!t) return -1;
        int r = list_append_array(l, AS_TUPLE(t)->items, AS_TUPLE(t)->len);
        decref(t);
        return r;
    }
    Value snap = container_snapshot(iterable);
    if (snap) {
        int64_t n;
        Value *items = snapshot_items(snap, &n);
        int r = list_append_array(l, items, n);
        decref(snap);
        return r;
    }
    if (err_occurred()) return -1;
    Type *t = TYPE(iterable);
    if (t == &RangeType || t == &StrType || t == &RangeIterType || t == &ListIterType ||
        t == &TupleIterType || t == &StrIterType || t == &DictIterType || t == &SetIterType) {
        /* iterating these runs no Python code: gathered first, then appended
         * in one step, so other threads see the list before or after the
         * extend, never inside (under a GIL, too, nothing could switch) */
        Value tmp = list_new(0);
        if (!tmp) return -1;
        int r = fill_from_iter(AS_LIST(tmp), iterable);
        if (r == 0) r = list_append_array(l, AS_LIST(tmp)->items, AS_LIST(tmp)->len);
        decref(tmp);
        return r;
    }
    /* a generator or any Python-level iterator: item by item, as CPython
     * (it may look at the list as it grows: l.extend(x for x in l ...)) */
    return fill_from_iter(l, iterable);
}

Value list_pop(Value lv, int64_t i) {
    List *l = AS_LIST(lv);
    Value r = V_NULL;
    bool empty = false;
    CRITICAL_BEGIN(l);
    if (l->len == 0) empty = true;
    else {
        if (i < 0) i += l->len;
        if (i >= 0 && i < l->len) {
            r = l->items[i];
            slots_move(l->items, i, i + 1, l->len - i - 1);
            SET_LEN(l, l->len - 1);
        }
    }
    CRITICAL_END();
    if (!r) return err_set_str(&Exc_IndexError, empty ? "pop from empty list" : "pop index out of range");
    return r;
}

Value list_clear_method(Value *a, int n, Dict *kw);

/* xs *= n: repeat in place */
Value list_inplace_repeat(Value lv, int64_t n) {
    Value t = list_snapshot(lv);
    if (!t) return V_NULL;
    List *l = AS_LIST(lv);
    int64_t len = AS_TUPLE(t)->len;
    if (len == 0) n = 1; /* nothing to repeat, however often */
    if (len && n > (INT64_C(1) << 32) / len) { decref(t); return err_no_memory(); }
    if (n <= 0) {
        Value args[1] = {lv};

        decref(t);
        Value r = list_clear_method(args, 1, NULL);
        if (!r) return V_NULL;
        incref(lv);
        return lv;
    }
    for (int64_t i = 1; i < n; i++)
        if (list_append_array(l, AS_TUPLE(t)->items, len) < 0) { decref(t); return V_NULL; }
    decref(t);
    incref(lv);
    return lv;
}

/* ---- sorting: a stable merge sort over a detached array ------------------- */
typedef struct {
    Value *keys;   /* what is compared */
    Value *vals;   /* what is moved (== keys without a key function) */
    bool failed;
    int kind;      /* 1: all small ints, 2: all floats/ints, 3: all str,
                      4: tuples of small ints and strs (sort_tuple_kind), 0: generic */
} SortCtx;

/* Tuples that passed sort_tuple_kind: at each position every tuple holds a
 * small int, or every tuple a str, so they compare as Python compares
 * tuples (first differing item, else the shorter first) without Python code. */
static int tuple_lt_plain(Tuple *a, Tuple *b) {
    int64_t n = a->len < b->len ? a->len : b->len;
    for (int64_t i = 0; i < n; i++) {
        Value x = a->items[i], y = b->items[i];
        if (IS_SMALL(x)) {
            if (SMALL_VAL(x) != SMALL_VAL(y)) return SMALL_VAL(x) < SMALL_VAL(y);
        } else {
            int r = str_cmp(AS_STR(x), AS_STR(y));
            if (r != 0) return r < 0;
        }
    }
    return a->len < b->len;
}

static int sort_lt(SortCtx *c, Value a, Value b) {
    switch (c->kind) {
    case 1: return SMALL_VAL(a) < SMALL_VAL(b);
    case 2: { double x, y; val_as_double(a, &x); val_as_double(b, &y); return x < y; }
    case 3: return str_cmp(AS_STR(a), AS_STR(b)) < 0;
    case 4: return tuple_lt_plain(AS_TUPLE(a), AS_TUPLE(b));
    }
    int r = obj_lt(a, b);
    if (r < 0) c->failed = true;
    return r > 0;
}

static void merge_sort(SortCtx *c, int64_t lo, int64_t hi, Value *tk, Value *tv) {
    if (hi - lo < 2 || c->failed) return;
    if (hi - lo <= 16) { /* insertion sort */
        for (int64_t i = lo + 1; i < hi && !c->failed; i++) {
            Value k = c->keys[i], v = c->vals[i];
            int64_t j = i;
            while (j > lo && sort_lt(c, k, c->keys[j - 1])) {
                c->keys[j] = c->keys[j - 1];
                c->vals[j] = c->vals[j - 1];
                j--;
            }
            c->keys[j] = k;
            c->vals[j] = v;
        }
        return;
    }
    int64_t mid = lo + (hi - lo) / 2;
    merge_sort(c, lo, mid, tk, tv);
    merge_sort(c, mid, hi, tk, tv);
    if (c->failed) return;
    if (!sort_lt(c, c->keys[mid], c->keys[mid - 1])) return; /* already in order */
    int64_t i = lo, j = mid, k = 0;
    while (i < mid && j < hi) {
        if (sort_lt(c, c->keys[j], c->keys[i])) { tk[k] = c->keys[j]; tv[k++] = c->vals[j++]; }
        else { tk[k] = c->keys[i]; tv[k++] = c->vals[i++]; }
    }
    while (i < mid) { tk[k] = c->keys[i]; tv[k++] = c->vals[i++]; }
    while (j < hi) { tk[k] = c->keys[j]; tv[k++] = c->vals[j++]; }
    memcpy(c->keys + lo, tk, (size_t)k * sizeof(Value));
    if (c->vals != c->keys) memcpy(c->vals + lo, tv, (size_t)k * sizeof(Value));
}

/* Whether keys are all tuples (of at most 8 items) whose items are, position
 * by position, all small ints or all strs: tuples as (priority, n) or
 * (name, count) pairs then sort without Python code (kind 4). */
#define SORT_TUPLE_MAX 8
static bool sort_tuple_kind(Value *keys, int64_t n) {
    char pos[SORT_TUPLE_MAX] = {0}; /* 0: not seen yet, 1: small int, 3: str */
    for (int64_t i = 0; i < n; i++) {
        if (!IS_TUPLE(keys[i])) return false;
        Tuple *t = AS_TUPLE(keys[i]);
        if (t->len > SORT_TUPLE_MAX) return false;
        for (int64_t j = 0; j < t->len; j++) {
            Value x = t->items[j];
            char k = IS_SMALL(x) ? 1 : IS_STR(x) ? 3 : 0;
            if (k == 0 || (pos[j] && pos[j] != k)) return false;
            pos[j] = k;
        }
    }
    return true;
}

/* The comparison kind of keys (SortCtx.kind): one that runs no Python code, or 0. */
static int sort_kind(Value *keys, int64_t n) {
    if (n > 0 && IS_TUPLE(keys[0])) return sort_tuple_kind(keys, n) ? 4 : 0;
    bool all_small = true, all_num = true, all_str = true;
    for (int64_t i = 0; i < n; i++) {
        Value k = keys[i];
        bool small = IS_SMALL(k);
        if (!small) all_small = false;
        if (!(IS_FLOAT(k) || (small && SMALL_VAL(k) <= (INT64_C(1) << 53) && SMALL_VAL(k) >= -(INT64_C(1) << 53))))
            all_num = false;
        if (!IS_STR(k)) all_str = false;
    }
    return all_small ? 1 : all_num ? 2 : all_str ? 3 : 0;
}

/* Sort c's n keys (moving c->vals along), stably; reversed first and after,
 * so equal items keep their order. tk, tv: scratch of n values each. */
static void sort_run(SortCtx *c, int64_t n, bool reverse, Value *tk, Value *tv) {
    bool pairs = c->vals != c->keys;
    for (int pass = 0; pass < 2; pass++) {
        if (reverse)
            for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
                Value t = c->keys[i]; c->keys[i] = c->keys[j]; c->keys[j] = t;
                if (pairs) { t = c->vals[i]; c->vals[i] = c->vals[j]; c->vals[j] = t; }
            }
        if (pass == 0) merge_sort(c, 0, n, tk, tv);
    }
}

/* Without a key function, items that compare without Python code are
 * sorted inside the list's critical section, as free-threaded CPython's
 * sort is atomic for them: into a new array, the old one retired (a
 * lock-free reader may be in it).  1: sorted (or under 2 items); 0: not
 * such items. */
static int sort_plain(List *l, bool reverse) {
    int done = 0;
    Value *old = NULL;
    CRITICAL_BEGIN(l);
    int64_t n = l->len;
    int kind = n > 1 ? sort_kind(l->items, n) : 0;
    if (n < 2) done = 1; /* nothing to sort, and never detached */
    Value *items = kind ? items_alloc(n) : NULL;
    Value *tk = items ? malloc((size_t)n * sizeof(Value)) : NULL; /* no error set in here */
    Value *tv = tk ? malloc((size_t)n * sizeof(Value)) : NULL;
    if (tv) {
        memcpy(items, l->items, (size_t)n * sizeof(Value));
        SortCtx c = {items, items, false, kind};
        sort_run(&c, n, reverse, tk, tv);
        old = l->items;
        l->cap = n;
        STORE_RELEASE(&l->items, items);
        done = 1;
    } else if (items) items_free(items);
    free(tk);
    free(tv);
    CRITICAL_END();
    items_retire(old);
    return done;
}

int list_sort(Value lv, Value keyfn, bool reverse) {
    List *l = AS_LIST(lv);
    Value *items;
    int64_t n, cap;
    if ((!keyfn || keyfn == V_NONE) && sort_plain(l, reverse)) return 0;
    /* Detach the items: the list is empty while it sorts, as in CPython.
     * The sort works on a private copy: a lock-free reader may still be
     * reading the array it had. */
    Value *published;
    CRITICAL_BEGIN(l);
    published = l->items;
    n = l->len;
    SET_LEN(l, 0);
    STORE_RELEASE(&l->items, NULL);
    l->cap = 0;
    CRITICAL_END();
    cap = n;
    items = n ? items_alloc(n) : NULL;
    if (n && !items) {
        /* put them back unsorted */
        CRITICAL_BEGIN(l);
        STORE_RELEASE(&l->items, published);
        l->cap = items_cap(published);
        SET_LEN(l, n);
        CRITICAL_END();
        err_no_memory();
        return -1;
    }
    if (n) memcpy(items, published, (size_t)n * sizeof(Value));
    items_retire(published);
    SortCtx c = {items, items, false, 0};
    Value *keys = NULL;
    int64_t nkeys = 0;
    int rc = 0;
    if (keyfn && keyfn != V_NONE) {
        keys = mem_alloc((size_t)(n ? n : 1) * sizeof(Value));
        if (!keys) rc = -1;
        for (int64_t i = 0; rc == 0 && i < n; i++) {
            keys[i] = call1(keyfn, items[i]);
            if (!keys[i]) rc = -1;
            else nkeys++;
        }
        c.keys = keys;
    }
    if (rc == 0 && n > 1) {
        /* a fast comparison when every key is of one simple kind: small ints;
         * floats mixed with ints that a double holds exactly; strs */
        c.kind = sort_kind(c.keys, n);
        Value *tk = mem_alloc((size_t)n * sizeof(Value)), *tv = mem_alloc((size_t)n * sizeof(Value));
        if (!tk || !tv) rc = -1;
        else sort_run(&c, n, reverse, tk, tv);
        mem_free(tk);
        mem_free(tv);
        if (c.failed) rc = -1;
    }
    if (keys) {
        for (int64_t i = 0; i < nkeys; i++) decref(keys[i]);
        mem_free(keys);
    }
    /* Put the items back; if other threads added some meanwhile, CPython
     * raises ValueError and keeps the sorted items. */
    Value *extra = NULL;
    int64_t nextra = 0;
    CRITICAL_BEGIN(l);
    extra = l->items;
    nextra = l->len;
    l->cap = cap;
    STORE_RELEASE(&l->items, items);
    SET_LEN(l, n);
    CRITICAL_END();
    if (extra) {
        for (int64_t i = 0; i < nextra; i++) decref(extra[i]);
        items_retire(extra);
        if (rc == 0) { err_set_str(&Exc_ValueError, "list modified during sort"); rc = -1; }
    }
    return rc;
}

/* ---- slots ----------------------------------------------------------------- */
static void list_dealloc(Obj *o) {
    List *l = (List *)o;
    for (int64_t i = 0; i < l->len; i++) decref(l->items[i]);
    items_free(l->items); /* nobody else can see a dead list */
    obj_free(o);
}

static Value list_repr(Value v) {
    if (LEN(AS_LIST(v)) == 0) return str_from_c("[]");
    if (c_recursion_enter(NULL) < 0) return V_NULL;
    /* Repr of a list that contains itself prints [...] */
    if (!repr_enter(v)) { c_recursion_leave(); return str_from_c("[...]"); }
    Value t = list_snapshot(v);
    Value r = t ? seq_repr(AS_TUPLE(t)->items, AS_TUPLE(t)->len, "[", "]", false) : V_NULL;
    xdecref(t);
    repr_leave(v);
    c_recursion_leave();
    return r;
}

static Value list_richcmp(Value a, Value b, int op) {
    if (!IS_LIST(b)) return V_NOTIMPL;
    if (a == b && (op == CMP_EQ || op == CMP_LE || op == CMP_GE)) return V_TRUE;
    Value ta = list_snapshot(a);
    if (!ta) return V_NULL;
    Value tb = list_snapshot(b);
    if (!tb) { decref(ta); return V_NULL; }
    Value r = seq_richcmp(AS_TUPLE(ta)->items, AS_TUPLE(ta)->len, AS_TUPLE(tb)->items, AS_TUPLE(tb)->len, op);
    decref(ta);
    decref(tb);
    return r;
}

static int64_t list_len(Value v) { return LEN(AS_LIST(v)); }
static bool list_truth(Value v, int *err) { (void)err; return LEN(AS_LIST(v)) != 0; }

static int64_t index_arg(Value key, const char *what) {
    int64_t i;
    if (val_as_i64(key, &i)) return i;
    if (IS_BIG(key)) { err_set_str(&Exc_IndexError, "cannot fit 'int' into an index-sized integer"); return -1; }
    i = obj_index(key, NULL);
    if (i == -1 && err_occurred()) {
        err_clear();
        err_format(&Exc_TypeError, "list indices must be integers or slices, not %s", type_name(key));
    }
    (void)what;
    return i;
}

static Value list_getitem(Value v, Value key) {
    List *l = AS_LIST(v);
    if (IS_TYPE(key, SliceType)) {
        Value t = list_snapshot(v);
        if (!t) return V_NULL;
        int64_t start, stop, step, n;
        Value r = V_NULL;
        if (slice_indices(key, AS_TUPLE(t)->len, &start, &stop, &step, &n) == 0) {
            r = list_new(n);
            if (r) {
                for (int64_t i = 0, j = start; i < n; i++, j += step) {
                    incref(AS_TUPLE(t)->items[j]);
                    AS_LIST(r)->items[i] = AS_TUPLE(t)->items[j];
                }
                AS_LIST(r)->len = n;
            }
        }
        decref(t);
        return r;
    }
    int64_t i = index_arg(key, "list");
    if (i == -1 && err_occurred()) return V_NULL;
    Value r = list_get(v, i);
    (void)l;
    if (!r) return err_set_str(&Exc_IndexError, "list index out of range");
    return r;
}

/* a[start:stop:step] = items (a tuple), or deletion when items is 0. */
static int list_assign_slice(List *l, Value slice, Value items) {
    Value *src = items ? AS_TUPLE(items)->items : NULL;
    int64_t m = items ? AS_TUPLE(items)->len : 0;
    Value *old = NULL;
    int64_t nold = 0;
    int err = 0;
    int64_t bad_n = 0, bad_m = 0;
    for (int64_t i = 0; i < m; i++) incref(src[i]);
    CRITICAL_BEGIN(l);
    int64_t start, stop, step, n;
    if (slice_indices(slice, l->len, &start, &stop, &step, &n) < 0) err = 1;
    else if (step == 1) {
        if (stop < start) stop = start;
        old = mem_alloc((size_t)(n ? n : 1) * sizeof(Value));
        if (!old || !list_reserve(l, m - n > 0 ? m - n : 0)) err = 2;
        else {
            nold = n;
            if (n) memcpy(old, l->items + start, (size_t)n * sizeof(Value));
            if (l->len > stop && m != n) slots_move(l->items, start + m, stop, l->len - stop);
            for (int64_t k = 0; k < m; k++) slot_set(l->items, start + k, src[k]);
            SET_LEN(l, l->len - n + m);
        }
    } else if (!items) {
        old = mem_alloc((size_t)(n ? n : 1) * sizeof(Value));
        if (!old) err = 2;
        else {
            if (step < 0) { start = start + (n - 1) * step; step = -step; }
            int64_t w = start, k = 0;
            for (int64_t r = start; r < l->len; r++) {
                if (k < n && r == start + k * step) old[k++] = l->items[r];
                else slot_set(l->items, w++, l->items[r]);
            }
            nold = n;
            SET_LEN(l, w);
        }
    } else if (m != n) {
        err = 3;
        bad_n = n;
        bad_m = m;
    } else {
        old = mem_alloc((size_t)(n ? n : 1) * sizeof(Value));
        if (!old) err = 2;
        else {
            for (int64_t i = 0, j = start; i < n; i++, j += step) {
                old[i] = l->items[j];
                slot_set(l->items, j, src[i]);
            }
            nold = n;
        }
    }
    CRITICAL_END();
    if (err) {
        for (int64_t i = 0; i < m; i++) decref(src[i]);
        mem_free(old);
        if (err == 2) err_no_memory();
        if (err == 3)
            err_format(&Exc_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                       (long long)bad_m, (long long)bad_n);
        return -1;
    }
    for (int64_t i = 0; i < nold; i++) decref(old[i]);
    mem_free(old);
    return 0;
}

static int list_setitem(Value v, Value key, Value val) {
    List *l = AS_LIST(v);
    if (IS_TYPE(key, SliceType)) {
        Value items = V_NULL;
        if (val) {
            if (val == v) items = list_snapshot(v);
            else {
                Value tmp = seq_to_list(val);
                if (!tmp) {
                    if (err_matches(&Exc_TypeError)) {
                        err_clear();
                        err_set_str(&Exc_TypeError, "can only assign an iterable");
                    }
                    return -1;
                }
                items = list_snapshot(tmp);
                decref(tmp);
            }
            if (!items) return -1;
        }
        int r = list_assign_slice(l, key, items);
        xdecref(items);
        return r;
    }
    int64_t i = index_arg(key, "list");
    if (i == -1 && err_occurred()) return -1;
    Value old = V_NULL;
    bool ok = false;
    if (val) incref(val);
    CRITICAL_BEGIN(l);
    if (i < 0) i += l->len;
    if (i >= 0 && i < l->len) {
        ok = true;
        old = l->items[i];
        if (val) slot_set(l->items, i, val);
        else {
            slots_move(l->items, i, i + 1, l->len - i - 1);
            SET_LEN(l, l->len - 1);
        }
    }
    CRITICAL_END();
    if (!ok) {
        xdecref(val);
        err_set_str(&Exc_IndexError, val ? "list assignment index out of range" : "list assignment index out of range");
        return -1;
    }
    decref(old);
    return 0;
}

/* Walk the items one at a time, comparing outside the lock.  Returns the
 * first index i >= from where items[i] == x, -1 if none, -2 on error. */
/* Inside l's lock: the first index in [*at, to) whose item equals x, while
 * the items compare without Python code (x must too).  -1 when none; *at
 * is left at the first item that needs Python code, or at the end; *bad is
 * set when a comparison failed (the error is set). */
static int64_t find_plain_locked(List *l, Value x, int64_t *at, int64_t to, bool *bad) {
    int64_t i = *at, end = to < l->len ? to : l->len;
    for (; i < end; i++) {
        Value item = l->items[i];
        if (item == x) break;
        if (!obj_simple_key(item)) { *at = i; return -1; }
        int r = obj_eq(item, x);
        if (r < 0) { *bad = true; break; }
        if (r) break;
    }
    *at = i;
    return i < end && !*bad ? i : -1;
}

/* The first index in [from, to) whose item equals x: -1 none, -2 error.
 * While the items compare without Python code the scan holds the lock, so
 * another thread's insert or remove cannot make it skip an item; from the
 * first item with a Python-level __eq__ on, one item is read at a time. */
static int64_t list_find(List *l, Value x, int64_t from, int64_t to) {
    if (obj_simple_key(x)) {
        int64_t r;
        bool bad = false, settled;
        CRITICAL_BEGIN(l);
        r = find_plain_locked(l, x, &from, to, &bad);
        settled = r >= 0 || bad || from >= to || from >= l->len;
        CRITICAL_END();
        if (bad) return -2;
        if (settled) return r;
    }
    for (int64_t i = from; i < to; i++) {
        Value item = list_get(OBJ_VAL(l), i);
        if (!item) return -1;
        int r = item == x ? 1 : obj_eq(item, x);
        decref(item);
        if (r < 0) return -2;
        if (r) return i;
    }
    return -1;
}

static int list_contains(Value v, Value x) {
    int64_t r = list_find(AS_LIST(v), x, 0, INT64_MAX);
    return r == -2 ? -1 : r >= 0;
}

typedef struct { Obj ob; Value list; int64_t i; } ListIter;
static Value list_iter(Value v) {
    ListIter *it = (ListIter *)obj_new(&ListIterType, sizeof(ListIter));
    if (!it) return V_NULL;
    incref(v);
    it->list = v;
    it->i = 0;
    return OBJ_VAL(it);
}
/* The iterator's position is guarded by the list's lock. */
static Value listiter_next(Value v) {
    ListIter *it = (ListIter *)AS_OBJ(v);
    List *l = AS_LIST(it->list);
    Value r = V_NULL;
    CRITICAL_BEGIN(l);
    if (it->i < l->len) {
        r = SLOT_READ(l->items[it->i++]);
        incref(r);
    }
    CRITICAL_END();
    return r;
}
static Value listreviter_next(Value v) {
    ListIter *it = (ListIter *)AS_OBJ(v);
    List *l = AS_LIST(it->list);
    Value r = V_NULL;
    CRITICAL_BEGIN(l);
    if (it->i >= 0 && it->i < l->len) {
        r = SLOT_READ(l->items[it->i--]);
        incref(r);
    } else it->i = -1;
    CRITICAL_END();
    return r;
}
static void listiter_dealloc(Obj *o) { decref(((ListIter *)o)->list); obj_free(o); }

Value list_reversed(Value v) {
    ListIter *it = (ListIter *)obj_new(&ListRevIterType, sizeof(ListIter));
    if (!it) return V_NULL;
    incref(v);
    it->list = v;
    it->i = LEN(AS_LIST(v)) - 1;
    return OBJ_VAL(it);
}

static Value list_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (kw_none("list", kw) < 0) return V_NULL;
    if (nargs > 1) return err_format(&Exc_TypeError, "list expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return list_new(0);
    return seq_to_list(args[0]);
}

/* ---- methods ----------------------------------------------------------------- */
#define SELFL AS_LIST(a[0])
static Value l_append(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (list_append(a[0], a[1]) < 0) return V_NULL;
    return V_NONE;
}
static Value l_extend(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (list_extend(a[0], a[1]) < 0) return V_NULL;
    return V_NONE;
}
static Value l_pop(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t i = -1;
    if (n > 1 && !val_as_i64(a[1], &i))
        return int_arg_error(a[1]);
    return list_pop(a[0], i);
}
static Value l_insert(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t i;
    if (!val_as_i64(a[1], &i))
        return int_arg_error(a[1]);
    List *l = SELFL;
    bool ok;
    incref(a[2]);
    CRITICAL_BEGIN(l);
    if (i < 0) { i += l->len; if (i < 0) i = 0; }
    if (i > l->len) i = l->len;
    ok = list_reserve(l, 1);
    if (ok) {
        slots_move(l->items, i + 1, i, l->len - i);
        slot_set(l->items, i, a[2]);
        SET_LEN(l, l->len + 1);
    }
    CRITICAL_END();
    if (!ok) { decref(a[2]); return err_no_memory(); }
    return V_NONE;
}
static Value l_index(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t lo = 0, hi = INT64_MAX, len = LEN(SELFL);
    if (n > 2 && !val_as_i64(a[2], &lo)) return err_set_str(&Exc_TypeError, "slice indices must be integers");
    if (n > 3 && !val_as_i64(a[3], &hi)) return err_set_str(&Exc_TypeError, "slice indices must be integers");
    if (lo < 0) { lo += len; if (lo < 0) lo = 0; }
    if (hi < 0) { hi += len; if (hi < 0) hi = 0; }
    int64_t r = list_find(SELFL, a[1], lo, hi);
    if (r == -2) return V_NULL;
    if (r < 0) {
        Value rep = obj_repr(a[1]);
        if (!rep) return V_NULL;
        err_format(&Exc_ValueError, "%s is not in list", AS_STR(rep)->data);
        decref(rep);
        return V_NULL;
    }
    return MK_SMALL(r);
}
static Value l_count(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    List *l = SELFL;
    Value x = a[1];
    int64_t c = 0, i = 0;
    if (obj_simple_key(x)) {
        /* while the items are simple the whole count is one critical
         * section: an insert meanwhile cannot make it count an item twice */
        bool bad = false, settled;
        CRITICAL_BEGIN(l);
        for (;;) {
            int64_t r = find_plain_locked(l, x, &i, INT64_MAX, &bad);
            if (r < 0) break;
            c++;
            i = r + 1;
        }
        settled = !bad && i >= l->len;
        CRITICAL_END();
        if (bad) return V_NULL;
        if (settled) return MK_SMALL(c);
    }
    for (;;) { /* per item, from the first item with a Python-level __eq__ */
        int64_t r = list_find(l, x, i, INT64_MAX);
        if (r == -2) return V_NULL;
        if (r < 0) break;
        c++;
        i = r + 1;
    }
    return MK_SMALL(c);
}
static Value l_remove(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    List *l = SELFL;
    Value x = a[1];
    for (;;) {
        /* items that compare without Python code: found and removed in one
         * critical section, atomic as in free-threaded CPython */
        Value old = V_NULL, want = V_NULL;
        int64_t at = 0, r = -1;
        bool bad = false, settled = false;
        if (obj_simple_key(x)) {
            CRITICAL_BEGIN(l);
            r = find_plain_locked(l, x, &at, INT64_MAX, &bad);
            if (r >= 0) {
                old = l->items[r];
                slots_move(l->items, r, r + 1, l->len - r - 1);
                SET_LEN(l, l->len - 1);
            }
            settled = r >= 0 || bad || at >= l->len;
            CRITICAL_END();
            if (old) { decref(old); return V_NONE; }
            if (bad) return V_NULL;
        }
        if (!settled) {
            /* some __eq__ is Python code: compare on a snapshot outside the
             * lock, then remove the item found where it is now */
            Value snap = list_snapshot(a[0]);
            if (!snap) return V_NULL;
            Tuple *t = AS_TUPLE(snap);
            for (int64_t i = 0; i < t->len && !want; i++) {
                int eq = t->items[i] == x ? 1 : obj_eq(t->items[i], x);
                if (eq < 0) { decref(snap); return V_NULL; }
                if (eq) want = t->items[i];
            }
            if (want) {
                CRITICAL_BEGIN(l);
                for (int64_t i = 0; i < l->len; i++)
                    if (l->items[i] == want) {
                        old = want;
                        slots_move(l->items, i, i + 1, l->len - i - 1);
                        SET_LEN(l, l->len - 1);
                        break;
                    }
                CRITICAL_END();
            }
            decref(snap);
            if (old) { decref(old); return V_NONE; }
            if (want) continue; /* another thread took that one first: look again */
        }
        return err_set_str(&Exc_ValueError, "list.remove(x): x not in list");
    }
}
static Value l_reverse(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    List *l = SELFL;
    CRITICAL_BEGIN(l);
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        slot_set(l->items, i, l->items[j]);
        slot_set(l->items, j, t);
    }
    CRITICAL_END();
    return V_NONE;
}
static Value l_sort(Value *a, int n, Dict *kw) {
    if (n > 1) return err_set_str(&Exc_TypeError, "sort() takes no positional arguments");
    Value key = V_NULL, rev = V_NULL;
    if (kw) {
        key = kw_take(kw, N.key);
        rev = kw_take(kw, N.reverse);
        if (kw_done("sort", kw) < 0) { xdecref(key); xdecref(rev); return V_NULL; }
    }
    int r = rev ? obj_truth(rev) : 0;
    if (r >= 0) r = list_sort(a[0], key, r > 0);
    xdecref(key);
    xdecref(rev);
    return r < 0 ? V_NULL : V_NONE;
}
static Value l_copy(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    return seq_to_list(a[0]);
}
Value list_clear_method(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    List *l = SELFL;
    Value *items;
    int64_t len;
    CRITICAL_BEGIN(l);
    items = l->items;
    len = l->len;
    SET_LEN(l, 0);
    STORE_RELEASE(&l->items, NULL);
    l->cap = 0;
    CRITICAL_END();
    for (int64_t i = 0; i < len; i++) decref(items[i]);
    items_retire(items);
    return V_NONE;
}

void list_init_type(void) {
    Type *t = &ListType;
    t->dealloc = list_dealloc;
    t->repr = list_repr;
    t->richcmp = list_richcmp;
    t->len = list_len;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->contains = list_contains;
    t->iter = list_iter;
    t->truth = list_truth;
    t->newobj = list_newobj;
    ListIterType.dealloc = listiter_dealloc;
    ListIterType.next = listiter_next;
    ListIterType.flags = TF_ITER_SELF;
    ListRevIterType.dealloc = listiter_dealloc;
    ListRevIterType.next = listreviter_next;
    ListRevIterType.flags = TF_ITER_SELF;
}

void list_init_methods(void) {
    type_ready(&ListType, "list", &ObjectType);
    type_ready(&ListIterType, "list_iterator", &ObjectType);
    type_ready(&ListRevIterType, "list_reverseiterator", &ObjectType);
    Type *t = &ListType;
    type_add_method(t, "append", l_append, 2, 2, false);
    type_add_method(t, "extend", l_extend, 2, 2, false);
    type_add_method(t, "pop", l_pop, 1, 2, false);
    type_add_method(t, "insert", l_insert, 3, 3, false);
    type_add_method(t, "index", l_index, 2, 4, false);
    type_add_method(t, "count", l_count, 2, 2, false);
    type_add_method(t, "remove", l_remove, 2, 2, false);
    type_add_method(t, "reverse", l_reverse, 1, 1, false);
    type_add_method(t, "sort", l_sort, 1, 1, true);
    type_add_method(t, "copy", l_copy, 1, 1, false);
    type_add_method(t, "clear", list_clear_method, 1, 1, false);
}
