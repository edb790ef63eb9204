/* tuple.c - immutable sequences.  No locks: a tuple never changes after it
 * is built, and it is built before anyone else can see it. */
#include <string.h>
#include "runtime.h"

Type TupleType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type TupleIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
static Tuple *empty_tuple;

Value tuple_new(int64_t n) {
    if (n == 0 && empty_tuple) return OBJ_VAL(empty_tuple);
    if (n < 0 || n > (INT64_C(1) << 40)) return err_no_memory();
    Tuple *t = (Tuple *)obj_new(&TupleType, sizeof(Tuple) + (size_t)n * sizeof(Value));
    if (!t) return V_NULL;
    t->len = n;
    memset(t->items, 0, (size_t)n * sizeof(Value));
    return OBJ_VAL(t);
}

Value tuple_pack(int n, ...) {
    va_list ap;
    va_start(ap, n);
    Value t = tuple_new(n);
    bool bad = !t;
    for (int i = 0; i < n; i++) {
        Value v = va_arg(ap, Value);
        if (!v) bad = true;
        if (t) AS_TUPLE(t)->items[i] = v;
        else xdecref(v);
    }
    va_end(ap);
    if (bad && t) {
        decref(t);
        if (!err_occurred()) err_no_memory();
        return V_NULL;
    }
    return t;
}

Value tuple_from_array(Value *items, int64_t n) {
    Value t = tuple_new(n);
    if (!t) return V_NULL;
    for (int64_t i = 0; i < n; i++) {
        incref(items[i]);
        AS_TUPLE(t)->items[i] = items[i];
    }
    return t;
}

Value seq_to_tuple(Value it) {
    if (IS_TUPLE(it)) { incref(it); return it; }
    if (IS_LIST(it)) return list_snapshot(it);
    Value l = seq_to_list(it);
    if (!l) return V_NULL;
    Value t = list_snapshot(l);
    decref(l);
    return t;
}

static void tuple_dealloc(Obj *o) {
    Tuple *t = (Tuple *)o;
    for (int64_t i = 0; i < t->len; i++) xdecref(t->items[i]);
    obj_free(o);
}

/* Shared by tuple and list repr: "(1, 2)" / "[1, 2]" with the items of a snapshot. */
Value seq_repr(Value *items, int64_t n, const char *open, const char *close, bool one_comma) {
    if (c_recursion_enter(" while getting the repr of an object") < 0) return V_NULL;
    SBuf b;
    sb_init(&b);
    sb_adds(&b, open);
    for (int64_t i = 0; i < n; i++) {
        if (i) sb_adds(&b, ", ");
        Value r = obj_repr(items[i]);
        if (!r) { sb_free(&b); c_recursion_leave(); return V_NULL; }
        sb_add_str(&b, AS_STR(r));
        decref(r);
    }
    if (n == 1 && one_comma) sb_addc(&b, ',');
    sb_adds(&b, close);
    c_recursion_leave();
    return sb_finish(&b);
}

static Value tuple_repr(Value v) {
    Tuple *t = AS_TUPLE(v);
    if (t->len == 0) return str_from_c("()");
    if (!repr_enter(v)) return str_from_c("(...)"); /* a tuple inside itself, through a list */
    Value r = seq_repr(t->items, t->len, "(", ")", true);
    repr_leave(v);
    return r;
}

static int64_t tuple_hash(Value v) {
    /* CPython's xxHash-based tuple hash, so sets of tuples order alike. */
    Tuple *t = AS_TUPLE(v);
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
    uint64_t acc = P5;
    for (int64_t i = 0; i < t->len; i++) {
        int64_t h = obj_hash(t->items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += (uint64_t)t->len ^ (P5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

/* Lexicographic comparison of two item arrays (lists and tuples). */
Value seq_richcmp(Value *a, int64_t na, Value *b, int64_t nb, int op) {
    int64_t i;
    for (i = 0; i < na && i < nb; i++) {
        if (a[i] == b[i]) continue;
        int eq = obj_eq(a[i], b[i]);
        if (eq < 0) return V_NULL;
        if (!eq) break;
    }
    if (i >= na || i >= nb) {
        int c = na < nb ? -1 : na > nb;
        return cmp_result(c, op);
    }
    if (op == CMP_EQ) return V_FALSE;
    if (op == CMP_NE) return V_TRUE;
    return obj_richcmp(a[i], b[i], op);
}

static Value tuple_richcmp(Value a, Value b, int op) {
    if (!IS_TUPLE(b)) return V_NOTIMPL;
    return seq_richcmp(AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items, AS_TUPLE(b)->len, op);
}

static int64_t tuple_len(Value v) { return AS_TUPLE(v)->len; }

static Value tuple_getitem(Value v, Value key) {
    Tuple *t = AS_TUPLE(v);
    if (IS_TYPE(key, SliceType)) {
        int64_t start, stop, step, n;
        if (slice_indices(key, t->len, &start, &stop, &step, &n) < 0) return V_NULL;
        if (step == 1 && start == 0 && n == t->len) { incref(v); return v; }
        Value r = tuple_new(n);
        if (!r) return V_NULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step) {
            incref(t->items[j]);
            AS_TUPLE(r)->items[i] = t->items[j];
        }
        return r;
    }
    int64_t i;
    if (!val_as_i64(key, &i)) {
        if (IS_BIG(key)) return err_set_str(&Exc_IndexError, "cannot fit 'int' into an index-sized integer");
        i = obj_index(key, NULL);
        if (i == -1 && err_occurred()) {
            err_clear();
            return err_format(&Exc_TypeError, "tuple indices must be integers or slices, not %s", type_name(key));
        }
    }
    if (i < 0) i += t->len;
    if (i < 0 || i >= t->len) return err_set_str(&Exc_IndexError, "tuple index out of range");
    incref(t->items[i]);
    return t->items[i];
}

static int tuple_contains(Value v, Value x) {
    Tuple *t = AS_TUPLE(v);
    for (int64_t i = 0; i < t->len; i++) {
        if (t->items[i] == x) return 1;
        int r = obj_eq(t->items[i], x);
        if (r) return r;
    }
    return 0;
}

static bool tuple_truth(Value v, int *err) { (void)err; return AS_TUPLE(v)->len != 0; }

typedef struct { Obj ob; Value t; int64_t i; } TupleIter;
static Value tuple_iter(Value v) {
    TupleIter *it = (TupleIter *)obj_new(&TupleIterType, sizeof(TupleIter));
    if (!it) return V_NULL;
    incref(v);
    it->t = v;
    it->i = 0;
    return OBJ_VAL(it);
}
static Value tupleiter_next(Value v) {
    TupleIter *it = (TupleIter *)AS_OBJ(v);
    Tuple *t = AS_TUPLE(it->t);
    /* A shared iterator may hand the same item to two threads, never a bad one. */
    int64_t i = LOAD_RELAXED(&it->i);
    if (i >= t->len) return V_NULL;
    STORE_RELAXED(&it->i, i + 1);
    incref(t->items[i]);
    return t->items[i];
}
static void tupleiter_dealloc(Obj *o) { decref(((TupleIter *)o)->t); obj_free(o); }

static Value tuple_newobj(Type *tp, Value *args, int nargs, Dict *kw) {
    (void)tp;
    if (kw_none("tuple", kw) < 0) return V_NULL;
    if (nargs > 1) return err_format(&Exc_TypeError, "tuple expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return tuple_new(0);
    return seq_to_tuple(args[0]);
}

static Value t_count(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Tuple *t = AS_TUPLE(a[0]);
    int64_t c = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int r = t->items[i] == a[1] ? 1 : obj_eq(t->items[i], a[1]);
        if (r < 0) return V_NULL;
        c += r;
    }
    return MK_SMALL(c);
}
static Value t_index(Value *a, int n, Dict *kw) {
    (void)kw;
    Tuple *t = AS_TUPLE(a[0]);
    int64_t lo = 0, hi = t->len;
    if (n > 2 && !val_as_i64(a[2], &lo)) return err_set_str(&Exc_TypeError, "slice indices must be integers");
    if (n > 3 && !val_as_i64(a[3], &hi)) return err_set_str(&Exc_TypeError, "slice indices must be integers");
    if (lo < 0) { lo += t->len; if (lo < 0) lo = 0; }
    if (hi < 0) { hi += t->len; if (hi < 0) hi = 0; }
    if (hi > t->len) hi = t->len;
    for (int64_t i = lo; i < hi; i++) {
        int r = t->items[i] == a[1] ? 1 : obj_eq(t->items[i], a[1]);
        if (r < 0) return V_NULL;
        if (r) return MK_SMALL(i);
    }
    return err_set_str(&Exc_ValueError, "tuple.index(x): x not in tuple");
}

void tuple_init_type(void) {
    Type *t = &TupleType;
    t->dealloc = tuple_dealloc;
    t->repr = tuple_repr;
    t->hash = tuple_hash;
    t->richcmp = tuple_richcmp;
    t->len = tuple_len;
    t->getitem = tuple_getitem;
    t->contains = tuple_contains;
    t->iter = tuple_iter;
    t->truth = tuple_truth;
    t->newobj = tuple_newobj;
    empty_tuple = (Tuple *)obj_new(&TupleType, sizeof(Tuple));
    empty_tuple->len = 0;
    make_immortal(&empty_tuple->ob);
    TupleIterType.dealloc = tupleiter_dealloc;
    TupleIterType.next = tupleiter_next;
    TupleIterType.flags = TF_ITER_SELF;
}

void tuple_init_methods(void) {
    type_ready(&TupleType, "tuple", &ObjectType);
    type_ready(&TupleIterType, "tuple_iterator", &ObjectType);
    type_add_method(&TupleType, "count", t_count, 2, 2, false);
    type_add_method(&TupleType, "index", t_index, 2, 4, false);
}

void tuple_free_empty(void) {
    obj_free(&empty_tuple->ob);
    empty_tuple = NULL;
}
