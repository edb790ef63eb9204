/* iter.c - range, slice, and the iterator types behind the built-ins
 * (iter over __getitem__, enumerate, zip, map, filter, reversed). */
#include <string.h>
#include "runtime.h"

Type RangeType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type RangeIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type SliceType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type SeqIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type EnumerateType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type ZipType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type MapType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type FilterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type ReversedType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type CallIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Value list_reversed(Value v);

static void plain_dealloc(Obj *o) { obj_free(o); }

/* ---- range ------------------------------------------------------------------- */
static uint64_t range_len_of(int64_t start, int64_t stop, int64_t step) {
    if (step > 0 && start < stop) return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop) return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}
/* start + k * step for 0 <= k < len: the result lies between start and
 * stop, so computing it modulo 2**64 gives the exact value. */
static int64_t range_item(int64_t start, int64_t step, uint64_t k) {
    return (int64_t)((uint64_t)start + k * (uint64_t)step);
}
/* For i inside the range: its distance from start, and the step's size. */
static uint64_t range_offset(Range *r, int64_t i) {
    return r->step > 0 ? (uint64_t)i - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)i;
}
static uint64_t range_stride(Range *r) { return r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step; }
static bool range_len_fits(Range *r) {
    if (r->len <= INT64_MAX) return true;
    err_set_str(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

Value range_new(int64_t start, int64_t stop, int64_t step) {
    Range *r = (Range *)obj_new(&RangeType, sizeof(Range));
    if (!r) return V_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_len_of(start, stop, step);
    return OBJ_VAL(r);
}

static bool range_arg(Value v, int64_t *out) {
    if (val_as_i64(v, out)) return true;
    int64_t i = obj_index(v, NULL);
    if (i == -1 && err_occurred()) {
        err_clear();
        int_arg_error(v);
        return false;
    }
    *out = i;
    return true;
}

static Value range_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (kw_none("range", kw) < 0) return V_NULL;
    int64_t a[3] = {0, 0, 1};
    if (nargs < 1) return err_set_str(&Exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(&Exc_TypeError, "range expected at most 3 arguments, got %d", nargs);
    for (int i = 0; i < nargs; i++)
        if (!range_arg(args[i], &a[i])) return V_NULL;
    if (nargs == 1) return range_new(0, a[0], 1);
    if (nargs == 3 && a[2] == 0) return err_set_str(&Exc_ValueError, "range() arg 3 must not be zero");
    return range_new(a[0], a[1], a[2]);
}

static Value range_repr(Value v) {
    Range *r = (Range *)AS_OBJ(v);
    char buf[96];
    if (r->step == 1) snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    else snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
    return str_from_c(buf);
}
static int64_t range_len(Value v) {
    Range *r = (Range *)AS_OBJ(v);
    return range_len_fits(r) ? (int64_t)r->len : -1;
}
static bool range_truth(Value v, int *err) { (void)err; return ((Range *)AS_OBJ(v))->len != 0; }

static Value range_getitem(Value v, Value key) {
    Range *r = (Range *)AS_OBJ(v);
    if (IS_TYPE(key, SliceType)) {
        int64_t start, stop, step, n;
        if (!range_len_fits(r) || slice_indices(key, (int64_t)r->len, &start, &stop, &step, &n) < 0) return V_NULL;
        /* as CPython: the slice's own start and stop mapped through the range */
        int64_t nstep, nstart, nstop;
        if (__builtin_mul_overflow(r->step, step, &nstep) || __builtin_mul_overflow(start, r->step, &nstart) ||
            __builtin_add_overflow(nstart, r->start, &nstart) || __builtin_mul_overflow(stop, r->step, &nstop) ||
            __builtin_add_overflow(nstop, r->start, &nstop))
            return err_set_str(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        (void)n;
        return range_new(nstart, nstop, nstep);
    }
    int64_t i;
    if (!range_arg(key, &i)) return V_NULL;
    uint64_t k;
    if (i < 0) {
        if (0 - (uint64_t)i > r->len) return err_set_str(&Exc_IndexError, "range object index out of range");
        k = r->len - (0 - (uint64_t)i);
    } else {
        if ((uint64_t)i >= r->len) return err_set_str(&Exc_IndexError, "range object index out of range");
        k = (uint64_t)i;
    }
    return int_from_i64(range_item(r->start, r->step, k));
}

static int range_contains(Value v, Value x) {
    Range *r = (Range *)AS_OBJ(v);
    int64_t i;
    if (!val_as_i64(x, &i)) {
        /* CPython falls back to comparing with every element */
        for (uint64_t k = 0; k < r->len; k++) {
            int e = obj_eq(int_from_i64(range_item(r->start, r->step, k)), x);
            if (e) return e;
        }
        return 0;
    }
    if (r->len == 0) return 0;
    if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return 0;
    return range_offset(r, i) % range_stride(r) == 0;
}

static Value range_richcmp(Value a, Value b, int op) {
    if (!IS_TYPE(b, RangeType) || (op != CMP_EQ && op != CMP_NE)) return V_NOTIMPL;
    Range *x = (Range *)AS_OBJ(a), *y = (Range *)AS_OBJ(b);
    bool eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return MK_BOOL(op == CMP_EQ ? eq : !eq);
}

static int64_t range_hash(Value v) {
    Range *r = (Range *)AS_OBJ(v);
    Value t = tuple_pack(3, int_from_i64((int64_t)r->len), int_from_i64(r->start), int_from_i64(r->step));
    if (!t) return -1;
    int64_t h = obj_hash(t);
    decref(t);
    return h;
}

/* The range iterator: its fields are relaxed atomics, so a shared
 * iterator may hand the same number to two threads but never misbehaves. */
typedef struct { Obj ob; int64_t next, step; uint64_t left; } RangeIter;
static Value range_iter_make(int64_t start, int64_t step, uint64_t len) {
    RangeIter *it = (RangeIter *)obj_new(&RangeIterType, sizeof(RangeIter));
    if (!it) return V_NULL;
    it->next = start;
    it->step = step;
    it->left = len;
    return OBJ_VAL(it);
}
static Value range_iter(Value v) {
    Range *r = (Range *)AS_OBJ(v);
    return range_iter_make(r->start, r->step, r->len);
}
Value rangeiter_next(Value v) {
    RangeIter *it = (RangeIter *)AS_OBJ(v);
    uint64_t left = LOAD_RELAXED(&it->left);
    if (left == 0) return V_NULL;
    int64_t cur = LOAD_RELAXED(&it->next);
    STORE_RELAXED(&it->left, left - 1);
    STORE_RELAXED(&it->next, range_item(cur, it->step, 1)); /* past the end it may wrap: never read */
    return int_from_i64(cur);
}
static Value range_reversed(Value v) {
    Range *r = (Range *)AS_OBJ(v);
    if (r->len == 0) return range_iter_make(r->start, 1, 0);
    /* stepping back by -step: modulo 2**64 even where -step overflows */
    return range_iter_make(range_item(r->start, r->step, r->len - 1), (int64_t)(0 - (uint64_t)r->step), r->len);
}

static Value r_index(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Range *r = (Range *)AS_OBJ(a[0]);
    int c = range_contains(a[0], a[1]);
    if (c < 0) return V_NULL;
    if (!c) {
        Value rep = obj_repr(a[1]);
        if (rep) { err_format(&Exc_ValueError, "%s is not in range", AS_STR(rep)->data); decref(rep); }
        return V_NULL;
    }
    int64_t i;
    val_as_i64(a[1], &i);
    return int_from_i64((int64_t)(range_offset(r, i) / range_stride(r)));
}
static Value r_count(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int c = range_contains(a[0], a[1]);
    return c < 0 ? V_NULL : MK_SMALL(c);
}
static Value range_getattr(Value self, Str *name) {
    Range *r = (Range *)AS_OBJ(self);
    if (str_eq_c(name, "start")) return int_from_i64(r->start);
    if (str_eq_c(name, "stop")) return int_from_i64(r->stop);
    if (str_eq_c(name, "step")) return int_from_i64(r->step);
    return generic_getattr(self, name, true);
}

/* ---- slice -------------------------------------------------------------------- */
Value slice_new(Value start, Value stop, Value step) {
    Slice *s = (Slice *)obj_new(&SliceType, sizeof(Slice));
    if (!s) return V_NULL;
    incref(start); incref(stop); incref(step);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return OBJ_VAL(s);
}
/* slice(stop), slice(start, stop[, step]) */
static Value slice_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (kw_none("slice", kw) < 0) return V_NULL;
    if (nargs < 1) return err_set_str(&Exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(&Exc_TypeError, "slice expected at most 3 arguments, got %d", nargs);
    if (nargs == 1) return slice_new(V_NONE, args[0], V_NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : V_NONE);
}
static void slice_dealloc(Obj *o) {
    Slice *s = (Slice *)o;
    decref(s->start); decref(s->stop); decref(s->step);
    obj_free(o);
}
static Value slice_repr(Value v) {
    Slice *s = (Slice *)AS_OBJ(v);
    Value a = obj_repr(s->start), b = obj_repr(s->stop), c = obj_repr(s->step);
    Value r = V_NULL;
    if (a && b && c) {
        SBuf sb;
        sb_init(&sb);
        sb_addf(&sb, "slice(%s, %s, %s)", AS_STR(a)->data, AS_STR(b)->data, AS_STR(c)->data);
        r = sb_finish(&sb);
    }
    xdecref(a); xdecref(b); xdecref(c);
    return r;
}

static bool slice_part(Value v, int64_t *out) {
    if (v == V_NONE) return false;
    if (int_clamp_i64(v, out)) return true;
    int64_t i = obj_index(v, NULL);
    if (i == -1 && err_occurred()) {
        err_clear();
        err_set_str(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        *out = INT64_MIN;
        return true;
    }
    *out = i;
    return true;
}

/* CPython's PySlice_GetIndicesEx. */
int slice_indices(Value sv, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen);
/* s.indices(length): (start, stop, step) for a sequence of that length */
static Value slice_indices_m(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t len, start, stop, step, count;
    if (!val_as_i64(a[1], &len)) return int_arg_error(a[1]);
    if (len < 0) return err_set_str(&Exc_ValueError, "length should not be negative");
    if (slice_indices(a[0], len, &start, &stop, &step, &count) < 0) return V_NULL;
    return tuple_pack(3, int_from_i64(start), int_from_i64(stop), int_from_i64(step));
}
int slice_indices(Value sv, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen) {
    Slice *s = (Slice *)AS_OBJ(sv);
    int64_t st = 1, a, b;
    if (slice_part(s->step, &st)) {
        if (err_occurred()) return -1;
        if (st == 0) { err_set_str(&Exc_ValueError, "slice step cannot be zero"); return -1; }
    }
    bool has_a = slice_part(s->start, &a);
    if (err_occurred()) return -1;
    bool has_b = slice_part(s->stop, &b);
    if (err_occurred()) return -1;
    if (!has_a) a = st < 0 ? len - 1 : 0;
    else {
        if (a < 0) { a += len; if (a < 0) a = st < 0 ? -1 : 0; }
        else if (a >= len) a = st < 0 ? len - 1 : len;
    }
    if (!has_b) b = st < 0 ? -1 : len;
    else {
        if (b < 0) { b += len; if (b < 0) b = st < 0 ? -1 : 0; }
        else if (b >= len) b = st < 0 ? len - 1 : len;
    }
    *start = a;
    *stop = b;
    *step = st;
    if (st < 0) *slicelen = b < a ? (a - b - 1) / (-st) + 1 : 0;
    else *slicelen = a < b ? (b - a - 1) / st + 1 : 0;
    return 0;
}

static Value slice_getattr(Value self, Str *name) {
    Slice *s = (Slice *)AS_OBJ(self);
    Value r = V_NULL;
    if (str_eq_c(name, "start")) r = s->start;
    else if (str_eq_c(name, "stop")) r = s->stop;
    else if (str_eq_c(name, "step")) r = s->step;
    if (r) { incref(r); return r; }
    return generic_getattr(self, name, true);
}

/* ---- iteration over __getitem__ ------------------------------------------------- */
typedef struct { Obj ob; Value seq; int64_t i; } SeqIter;
Value seqiter_new(Value seq) {
    SeqIter *it = (SeqIter *)obj_new(&SeqIterType, sizeof(SeqIter));
    if (!it) return V_NULL;
    incref(seq);
    it->seq = seq;
    it->i = 0;
    return OBJ_VAL(it);
}
static Value seqiter_next(Value v) {
    SeqIter *it = (SeqIter *)AS_OBJ(v);
    if (!it->seq) return V_NULL;
    int64_t i = LOAD_RELAXED(&it->i);
    STORE_RELAXED(&it->i, i + 1);
    Value r = obj_getitem(it->seq, int_from_i64(i));
    if (!r && (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration))) err_clear();
    return r;
}
static void seqiter_dealloc(Obj *o) { xdecref(((SeqIter *)o)->seq); obj_free(o); }

/* ---- iter(callable, sentinel) ------------------------------------------------------ */
/* fn() until it returns the sentinel.  The callable and sentinel stay till
 * the iterator goes (threads may share it); done is set once, and is all
 * that changes. */
typedef struct { Obj ob; Value fn, sentinel; int done; } CallIter;
Value calliter_new(Value fn, Value sentinel) {
    CallIter *it = (CallIter *)obj_new(&CallIterType, sizeof(CallIter));
    if (!it) return V_NULL;
    incref(fn);
    incref(sentinel);
    it->fn = fn;
    it->sentinel = sentinel;
    it->done = 0;
    return OBJ_VAL(it);
}
static Value calliter_next(Value v) {
    CallIter *it = (CallIter *)AS_OBJ(v);
    if (LOAD_RELAXED(&it->done)) return V_NULL;
    Value r = call(it->fn, NULL, 0, NULL);
    if (!r) {
        if (err_matches(&Exc_StopIteration)) { err_clear(); STORE_RELAXED(&it->done, 1); }
        return V_NULL;
    }
    int eq = r == it->sentinel ? 1 : obj_eq(r, it->sentinel);
    if (eq != 0) {
        decref(r);
        if (eq > 0) STORE_RELAXED(&it->done, 1);
        return V_NULL;
    }
    return r;
}
static void calliter_dealloc(Obj *o) {
    decref(((CallIter *)o)->fn);
    decref(((CallIter *)o)->sentinel);
    obj_free(o);
}

/* ---- enumerate, zip, map, filter, reversed --------------------------------------- */
typedef struct { Obj ob; Value it; int64_t count; } Enumerate;
static Value enumerate_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    Value start = nargs > 1 ? args[1] : V_NULL;
    if (kw) {
        Value s = kw_take(kw, N.start);
        if (s) { start = s; decref(s); }
        if (kw_done("enumerate", kw) < 0) return V_NULL;
    }
    if (nargs < 1) return err_set_str(&Exc_TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
    if (nargs > 2) return err_format(&Exc_TypeError, "enumerate() takes at most 2 arguments (%d given)", nargs);
    int64_t c = 0;
    if (start && !val_as_i64(start, &c))
        return int_arg_error(start);
    Value it = obj_iter(args[0]);
    if (!it) return V_NULL;
    Enumerate *e = (Enumerate *)obj_new(&EnumerateType, sizeof(Enumerate));
    if (!e) { decref(it); return V_NULL; }
    e->it = it;
    e->count = c;
    return OBJ_VAL(e);
}
static Value enumerate_next(Value v) {
    Enumerate *e = (Enumerate *)AS_OBJ(v);
    Value x = obj_next(e->it);
    if (!x) return V_NULL;
    int64_t c = __atomic_fetch_add(&e->count, 1, __ATOMIC_RELAXED);
    return tuple_pack(2, int_from_i64(c), x);
}
static void enumerate_dealloc(Obj *o) { decref(((Enumerate *)o)->it); obj_free(o); }

typedef struct { Obj ob; Value iters; bool strict; } Zip;
static Value zip_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    bool strict = false;
    if (kw) {
        Value s = kw_take(kw, N.strict);
        int st = s ? obj_truth(s) : 0;
        xdecref(s);
        if (st < 0) return V_NULL;
        strict = st > 0;
        if (kw_done("zip", kw) < 0) return V_NULL;
    }
    Value iters = tuple_new(nargs);
    if (!iters) return V_NULL;
    for (int i = 0; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (!it) {
            decref(iters);
            return V_NULL;
        }
        AS_TUPLE(iters)->items[i] = it;
    }
    Zip *z = (Zip *)obj_new(&ZipType, sizeof(Zip));
    if (!z) { decref(iters); return V_NULL; }
    z->iters = iters;
    z->strict = strict;
    return OBJ_VAL(z);
}
static Value zip_next(Value v) {
    Zip *z = (Zip *)AS_OBJ(v);
    int64_t n = AS_TUPLE(z->iters)->len;
    if (n == 0) return V_NULL;
    Value r = tuple_new(n);
    if (!r) return V_NULL;
    for (int64_t i = 0; i < n; i++) {
        Value x = obj_next(AS_TUPLE(z->iters)->items[i]);
        if (!x) {
            if (!err_occurred() && z->strict) {
                if (i > 0) err_format(&Exc_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                                      (long long)i + 1, i == 1 ? " " : "s 1-", (long long)i);
                else {
                    for (int64_t j = 1; j < n; j++) {
                        Value y = obj_next(AS_TUPLE(z->iters)->items[j]);
                        if (y) {
                            decref(y);
                            err_format(&Exc_ValueError, "zip() argument %lld is longer than argument%s%lld",
                                       (long long)j + 1, j == 1 ? " " : "s 1-", (long long)j);
                            break;
                        }
                        if (err_occurred()) break;
                    }
                }
            }
            decref(r);
            return V_NULL;
        }
        AS_TUPLE(r)->items[i] = x;
    }
    return r;
}
static void zip_dealloc(Obj *o) { decref(((Zip *)o)->iters); obj_free(o); }

typedef struct { Obj ob; Value func; Value iters; } Map;
static Value map_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (kw_none("map", kw) < 0) return V_NULL;
    if (nargs < 2) return err_set_str(&Exc_TypeError, "map() must have at least two arguments.");
    Value iters = tuple_new(nargs - 1);
    if (!iters) return V_NULL;
    for (int i = 1; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (!it) { decref(iters); return V_NULL; }
        AS_TUPLE(iters)->items[i - 1] = it;
    }
    Map *m = (Map *)obj_new(&MapType, sizeof(Map));
    if (!m) { decref(iters); return V_NULL; }
    incref(args[0]);
    m->func = args[0];
    m->iters = iters;
    return OBJ_VAL(m);
}
static Value map_next(Value v) {
    Map *m = (Map *)AS_OBJ(v);
    int64_t n = AS_TUPLE(m->iters)->len;
    Value argv[8], *a = n <= 8 ? argv : mem_alloc((size_t)n * sizeof(Value));
    if (!a) return V_NULL;
    Value r = V_NULL;
    int64_t got = 0;
    for (; got < n; got++) {
        a[got] = obj_next(AS_TUPLE(m->iters)->items[got]);
        if (!a[got]) break;
    }
    if (got == n) r = call(m->func, a, (int)n, NULL);
    for (int64_t i = 0; i < got; i++) decref(a[i]);
    if (a != argv) mem_free(a);
    return r;
}
static void map_dealloc(Obj *o) { decref(((Map *)o)->func); decref(((Map *)o)->iters); obj_free(o); }

typedef struct { Obj ob; Value func; Value it; } Filter;
static Value filter_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (kw_none("filter", kw) < 0) return V_NULL;
    if (nargs != 2) return err_format(&Exc_TypeError, "filter expected 2 arguments, got %d", nargs);
    Value it = obj_iter(args[1]);
    if (!it) return V_NULL;
    Filter *f = (Filter *)obj_new(&FilterType, sizeof(Filter));
    if (!f) { decref(it); return V_NULL; }
    incref(args[0]);
    f->func = args[0];
    f->it = it;
    return OBJ_VAL(f);
}
static Value filter_next(Value v) {
    Filter *f = (Filter *)AS_OBJ(v);
    for (;;) {
        Value x = obj_next(f->it);
        if (!x) return V_NULL;
        int ok;
        if (f->func == V_NONE) ok = obj_truth(x);
        else {
            Value r = call1(f->func, x);
            ok = r ? obj_truth(r) : -1;
            xdecref(r);
        }
        if (ok > 0) return x;
        decref(x);
        if (ok < 0) return V_NULL;
    }
}
static void filter_dealloc(Obj *o) { decref(((Filter *)o)->func); decref(((Filter *)o)->it); obj_free(o); }

typedef struct { Obj ob; Value seq; int64_t i; } Reversed;
static Value reversed_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (kw_none("reversed", kw) < 0) return V_NULL;
    if (nargs != 1) return err_format(&Exc_TypeError, "reversed expected 1 argument, got %d", nargs);
    Value s = args[0];
    if (IS_LIST(s)) return list_reversed(s);
    if (IS_TYPE(s, RangeType)) return range_reversed(s);
    bool found;
    Value r = call_method_opt(s, N.__reversed__, NULL, 0, &found);
    if (found) return r;
    if (IS_DICT(s) || IS_TYPE(s, DictKeysType) || IS_TYPE(s, DictValuesType) || IS_TYPE(s, DictItemsType)) {
        Value l = seq_to_list(s);
        if (!l) return V_NULL;
        Value it = list_reversed(l);
        decref(l);
        return it;
    }
    Type *tp = TYPE(s);
    if (!tp->getitem || IS_DICT(s) || IS_ANYSET(s))
        return err_format(&Exc_TypeError, "'%s' object is not reversible", type_name(s));
    int64_t n = obj_len(s);
    if (n < 0) return V_NULL;
    Reversed *rv = (Reversed *)obj_new(&ReversedType, sizeof(Reversed));
    if (!rv) return V_NULL;
    incref(s);
    rv->seq = s;
    rv->i = n - 1;
    return OBJ_VAL(rv);
}
static Value reversed_next(Value v) {
    Reversed *r = (Reversed *)AS_OBJ(v);
    int64_t i = LOAD_RELAXED(&r->i);
    if (i < 0) return V_NULL;
    STORE_RELAXED(&r->i, i - 1);
    Value x = obj_getitem(r->seq, int_from_i64(i));
    if (!x && (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration))) err_clear();
    return x;
}
static void reversed_dealloc(Obj *o) { decref(((Reversed *)o)->seq); obj_free(o); }

void iter_init_types(void) {
    RangeType.dealloc = plain_dealloc;
    RangeType.repr = range_repr;
    RangeType.len = range_len;
    RangeType.truth = range_truth;
    RangeType.getitem = range_getitem;
    RangeType.contains = range_contains;
    RangeType.richcmp = range_richcmp;
    RangeType.hash = range_hash;
    RangeType.iter = range_iter;
    RangeType.newobj = range_newobj;
    RangeType.getattr = range_getattr;
    type_ready(&RangeType, "range", &ObjectType);
    type_add_method(&RangeType, "index", r_index, 2, 2, false);
    type_add_method(&RangeType, "count", r_count, 2, 2, false);
    RangeIterType.dealloc = plain_dealloc;
    RangeIterType.next = rangeiter_next;
    RangeIterType.flags = TF_ITER_SELF;
    type_ready(&RangeIterType, "range_iterator", &ObjectType);
    SliceType.dealloc = slice_dealloc;
    SliceType.newobj = slice_newobj;
    SliceType.repr = slice_repr;
    SliceType.getattr = slice_getattr;
    type_ready(&SliceType, "slice", &ObjectType);
    type_add_method(&SliceType, "indices", slice_indices_m, 2, 2, false);
    struct { Type *t; const char *name; void (*d)(Obj *); Value (*next)(Value); Value (*newobj)(Type *, Value *, int, Dict *); } its[] = {
        {&SeqIterType, "iterator", seqiter_dealloc, seqiter_next, NULL},
        {&EnumerateType, "enumerate", enumerate_dealloc, enumerate_next, enumerate_newobj},
        {&ZipType, "zip", zip_dealloc, zip_next, zip_newobj},
        {&MapType, "map", map_dealloc, map_next, map_newobj},
        {&FilterType, "filter", filter_dealloc, filter_next, filter_newobj},
        {&ReversedType, "reversed", reversed_dealloc, reversed_next, reversed_newobj},
        {&CallIterType, "callable_iterator", calliter_dealloc, calliter_next, NULL},
    };
    for (size_t i = 0; i < sizeof its / sizeof its[0]; i++) {
        its[i].t->dealloc = its[i].d;
        its[i].t->next = its[i].next;
        its[i].t->newobj = its[i].newobj;
        its[i].t->flags = TF_ITER_SELF;
        type_ready(its[i].t, its[i].name, &ObjectType);
    }
}
