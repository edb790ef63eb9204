/* ops.c - the generic operations: repr, str, truth, hashing, comparison,
 * arithmetic, attributes, items, iteration and calls, dispatching on the
 * type's slots and, for classes, on their dunder methods. */
#include <string.h>
#include "runtime.h"

const char *const bop_symbol[BOP_COUNT] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};
Value seqiter_new(Value seq);

const char *type_name(Value v) { return TYPE(v)->cname; }

int c_recursion_enter(const char *where) {
    ThreadState *ts = cur_ts;
    if (++ts->c_depth > C_RECURSION_LIMIT) {
        ts->c_depth--;
        err_format(&Exc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    return 0;
}
void c_recursion_leave(void) { cur_ts->c_depth--; }

/* ---- repr, str, truth, hash ---------------------------------------------- */
Value obj_repr(Value v) {
    Type *t = TYPE(v);
    if (t->repr) {
        if (c_recursion_enter(" while getting the repr of an object") < 0) return V_NULL;
        Value r = t->repr(v);
        c_recursion_leave();
        if (r && !IS_STR(r)) {
            err_format(&Exc_TypeError, "__repr__ returned non-string (type %s)", type_name(r));
            decref(r);
            return V_NULL;
        }
        return r;
    }
    SBuf b;
    sb_init(&b);
    sb_addf(&b, "<%s object at %p>", t->cname, (void *)v);
    return sb_finish(&b);
}

Value obj_str(Value v) {
    if (IS_STR(v)) { incref(v); return v; }
    Type *t = TYPE(v);
    if (t->str) {
        Value r = t->str(v);
        if (r && !IS_STR(r)) {
            err_format(&Exc_TypeError, "__str__ returned non-string (type %s)", type_name(r));
            decref(r);
            return V_NULL;
        }
        return r;
    }
    return obj_repr(v);
}

int obj_truth(Value v) {
    if (v == V_TRUE) return 1;
    if (v == V_FALSE || v == V_NONE) return 0;
    if (IS_SMALL(v)) return SMALL_VAL(v) != 0;
    Type *t = TYPE(v);
    if (t->truth) {
        int err = 0;
        bool r = t->truth(v, &err);
        return err ? -1 : r;
    }
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int64_t obj_hash(Value v) {
    if (IS_SMALL(v)) return int_hash(SMALL_VAL(v));
    if (IS_STR(v)) return str_hash(AS_STR(v));
    Type *t = TYPE(v);
    if (!t->hash) {
        err_format(&Exc_TypeError, "unhashable type: '%s'", t->cname);
        return -1;
    }
    return t->hash(v);
}

/* Keys whose hashing and equality never run Python code: the dict and set
 * may compare them while holding their lock. */
bool obj_simple_key(Value v) {
    if (IS_SMALL(v)) return true;
    Type *t = AS_OBJ(v)->type;
    if (t == &StrType || t == &IntType || t == &FloatType || t == &BoolType || t == &NoneType || t == &ComplexType) return true;
    if (t == &TupleType) {
        Tuple *tp = AS_TUPLE(v);
        for (int64_t i = 0; i < tp->len; i++)
            if (!obj_simple_key(tp->items[i])) return false;
        return true;
    }
    if ((t->flags & TF_HEAP) && t->richcmp == NULL) return true; /* identity equality */
    return t == &TypeType || t == &FunctionType || t == &NativeType || t == &ModuleType || t == &RangeType;
}

void cands_init(KeyCands *c) {
    c->items = c->small;
    c->n = 0;
    c->cap = 16;
    c->nomem = false;
}

void cands_push(KeyCands *c, Value key) {
    if (c->nomem) return;
    if (c->n == c->cap) {
        Value *bigger = malloc((size_t)c->cap * 2 * sizeof(Value));
        if (!bigger) { c->nomem = true; return; }
        memcpy(bigger, c->items, (size_t)c->n * sizeof(Value));
        if (c->items != c->small) free(c->items);
        c->items = bigger;
        c->cap *= 2;
    }
    incref(key);
    c->items[c->n++] = key;
}

bool cands_has(const KeyCands *c, Value key) {
    for (int64_t k = 0; k < c->n; k++)
        if (c->items[k] == key) return true;
    return false;
}

void cands_release(KeyCands *c) {
    for (int64_t k = 0; k < c->n; k++) decref(c->items[k]);
    if (c->items != c->small) free(c->items);
    cands_init(c);
}

Value cands_first_equal(KeyCands *c, Value key, KeyCands *unequal, bool *err) {
    Value found = V_NULL;
    *err = c->nomem;
    for (int64_t k = 0; k < c->n; k++) {
        if (!found && !*err) {
            int r = obj_eq(c->items[k], key);
            if (r < 0) *err = true;
            else if (r) { found = c->items[k]; continue; }
            else cands_push(unequal, c->items[k]);
        }
        decref(c->items[k]);
    }
    if (c->items != c->small) free(c->items);
    bool nomem = c->nomem;
    cands_init(c);
    if (nomem) err_no_memory();
    if (*err) { xdecref(found); return V_NULL; }
    return found;
}

/* ---- comparison ------------------------------------------------------------ */
static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

Value obj_richcmp(Value a, Value b, int op) {
    if (IS_SMALL(a) && IS_SMALL(b)) {
        int64_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        switch (op) {
        case CMP_LT: return MK_BOOL(x < y);
        case CMP_LE: return MK_BOOL(x <= y);
        case CMP_EQ: return MK_BOOL(x == y);
        case CMP_NE: return MK_BOOL(x != y);
        case CMP_GT: return MK_BOOL(x > y);
        default: return MK_BOOL(x >= y);
        }
    }
    Type *ta = TYPE(a), *tb = TYPE(b);
    if (c_recursion_enter(" in comparison") < 0) return V_NULL;
    Value r = V_NOTIMPL;
    bool tried_b = false;
    if (ta != tb && tb->richcmp && type_is_subtype(tb, ta)) {
        r = tb->richcmp(b, a, swapped_op[op]);
        tried_b = true;
    }
    if (r == V_NOTIMPL && ta->richcmp) r = ta->richcmp(a, b, op);
    if (r == V_NOTIMPL && !tried_b && tb->richcmp) r = tb->richcmp(b, a, swapped_op[op]);
    c_recursion_leave();
    if (r != V_NOTIMPL) return r;
    if (op == CMP_EQ) return MK_BOOL(a == b);
    if (op == CMP_NE) return MK_BOOL(a != b);
    return err_format(&Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbol[op],
                      ta->cname, tb->cname);
}

int obj_eq(Value a, Value b) {
    if (a == b) return 1;
    if (IS_SMALL(a) && IS_SMALL(b)) return 0;
    if (IS_STR(a) && IS_STR(b)) return str_eq(AS_STR(a), AS_STR(b));
    Value r = obj_richcmp(a, b, CMP_EQ);
    if (!r) return -1;
    int t = r == V_TRUE ? 1 : r == V_FALSE ? 0 : obj_truth(r);
    decref(r);
    return t;
}

int obj_lt(Value a, Value b) {
    if (IS_SMALL(a) && IS_SMALL(b)) return SMALL_VAL(a) < SMALL_VAL(b);
    Value r = obj_richcmp(a, b, CMP_LT);
    if (!r) return -1;
    int t = r == V_TRUE ? 1 : r == V_FALSE ? 0 : obj_truth(r);
    decref(r);
    return t;
}

/* ---- arithmetic ---------------------------------------------------------------- */
static Str *const *bop_names[BOP_COUNT][3];
static void init_bop_names(void) {
#define B(i, n, r, in) bop_names[i][0] = &N.n; bop_names[i][1] = &N.r; bop_names[i][2] = &N.in;
    B(BOP_ADD, __add__, __radd__, __iadd__)
    B(BOP_SUB, __sub__, __rsub__, __isub__)
    B(BOP_MUL, __mul__, __rmul__, __imul__)
    B(BOP_TRUEDIV, __truediv__, __rtruediv__, __itruediv__)
    B(BOP_FLOORDIV, __floordiv__, __rfloordiv__, __ifloordiv__)
    B(BOP_MOD, __mod__, __rmod__, __imod__)
    B(BOP_POW, __pow__, __rpow__, __ipow__)
    B(BOP_LSHIFT, __lshift__, __rlshift__, __ilshift__)
    B(BOP_RSHIFT, __rshift__, __rrshift__, __irshift__)
    B(BOP_AND, __and__, __rand__, __iand__)
    B(BOP_OR, __or__, __ror__, __ior__)
    B(BOP_XOR, __xor__, __rxor__, __ixor__)
    B(BOP_MATMUL, __matmul__, __rmatmul__, __imatmul__)
#undef B
}

/* Call type(self).<name>(self, other) if the type defines it; NotImplemented otherwise. */
static Value try_dunder(Value self, Str *name, Value other) {
    Type *t = TYPE(self);
    if (!(t->flags & TF_HEAP) && t->dict == NULL) return V_NOTIMPL;
    Value f = type_lookup(t, name);
    if (!f) return V_NOTIMPL;
    Value args[2] = {self, other};
    Value r = call(f, args, 2, NULL);
    decref(f);
    return r;
}

/* the built-in sequences that + concatenates and * repeats */
#define IS_SEQ_TYPE(t) ((t) == &StrType || (t) == &ListType || (t) == &TupleType || (t) == &BytesType)

static Value seq_concat_repeat(int op, Value a, Value b) {
    Type *ta = TYPE(a);
    if (op == BOP_ADD && ta == TYPE(b)) {
        if (ta == &StrType) return str_concat(AS_STR(a), AS_STR(b));
        if (ta == &BytesType) return bytes_concat(a, b);
        if (ta == &ListType || ta == &TupleType) {
            Value sa = seq_to_tuple(a), sb = seq_to_tuple(b);
            Value r = V_NULL;
            if (sa && sb) {
                int64_t na = AS_TUPLE(sa)->len, nb = AS_TUPLE(sb)->len;
                Value *items = mem_alloc((size_t)(na + nb + 1) * sizeof(Value));
                if (items) {
                    memcpy(items, AS_TUPLE(sa)->items, (size_t)na * sizeof(Value));
                    memcpy(items + na, AS_TUPLE(sb)->items, (size_t)nb * sizeof(Value));
                    r = ta == &ListType ? list_from_array(items, na + nb) : tuple_from_array(items, na + nb);
                    mem_free(items);
                }
            }
            xdecref(sa);
            xdecref(sb);
            return r;
        }
    }
    if (op == BOP_MUL) {
        Value seq = a, cnt = b;
        if (!IS_SEQ_TYPE(TYPE(seq))) { seq = b; cnt = a; }
        Type *ts = TYPE(seq);
        int64_t n;
        bool is_seq = IS_SEQ_TYPE(ts);
        bool have_n = is_seq && val_as_i64(cnt, &n);
        if (is_seq && IS_BIG(cnt)) {
            if (big_sign(cnt) < 0) n = 0, have_n = true; /* an empty sequence, as for any count below 1 */
            else return big_overflow_index();
        }
        if (is_seq && !have_n && !IS_FLOAT(cnt) && (TYPE(cnt)->flags & TF_HEAP)) {
            /* a count with __index__ */
            bool found;
            Value r = call_method_opt(cnt, N.__index__, NULL, 0, &found);
            if (found && !r) return V_NULL;
            if (found) {
                have_n = val_as_i64(r, &n);
                decref(r);
            }
        }
        if (have_n) {
            if (ts == &StrType) return str_mul(AS_STR(seq), n);
            if (ts == &BytesType) return bytes_repeat(seq, n);
            Value t = seq_to_tuple(seq);
            if (!t) return V_NULL;
            int64_t len = AS_TUPLE(t)->len;
            if (n < 0 || len == 0) n = 0;
            if (len && n > (INT64_C(1) << 32) / len) { decref(t); return err_no_memory(); }
            Value *items = mem_alloc((size_t)(len * n + 1) * sizeof(Value));
            Value r = V_NULL;
            if (items) {
                for (int64_t i = 0; i < n; i++) memcpy(items + i * len, AS_TUPLE(t)->items, (size_t)len * sizeof(Value));
                r = ts == &ListType ? list_from_array(items, len * n) : tuple_from_array(items, len * n);
                mem_free(items);
            }
            decref(t);
            return r;
        }
    }
    if (op == BOP_MOD && ta == &StrType) return str_percent(AS_STR(a), b);
    if (op == BOP_MOD && ta == &BytesType) return bytes_percent(a, b);
    return V_NOTIMPL;
}

Value seq_binop(int op, Value a, Value b) { return seq_concat_repeat(op, a, b); }

static Value binop_error_sym(int op, Value a, Value b, const char *sym) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    if (op == BOP_ADD && (ta == &BytesType || ta == &ByteArrayType) && ta != tb)
        return err_format(&Exc_TypeError, "can't concat %s to %s", tb->cname, ta->cname);
    if (op == BOP_ADD && (ta == &StrType || ta == &ListType || ta == &TupleType) && ta != tb)
        return err_format(&Exc_TypeError, "can only concatenate %s (not \"%s\") to %s", ta->cname, tb->cname, ta->cname);
    if (op == BOP_MUL && (IS_SEQ_TYPE(ta) || IS_SEQ_TYPE(tb)))
        return err_format(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          IS_SEQ_TYPE(ta) ? tb->cname : ta->cname);
    if (op == BOP_POW)
        return err_format(&Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta->cname, tb->cname);
    return err_format(&Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, ta->cname, tb->cname);
}
static Value binop_error(int op, Value a, Value b) { return binop_error_sym(op, a, b, bop_symbol[op]); }

/* a op b, or NotImplemented when no operand knows how (no error set) */
static Value binop_try(int op, Value a, Value b) {
    Value r = num_binop(op, a, b);
    if (r != V_NOTIMPL) return r;
    r = seq_concat_repeat(op, a, b);
    if (r != V_NOTIMPL) return r;
    if (is_bytearray(a) || is_bytearray(b)) {
        r = bytearray_binop(op, a, b);
        if (r != V_NOTIMPL) return r;
    }
    Type *ta = TYPE(a), *tb = TYPE(b);
    bool b_first = ta != tb && type_is_subtype(tb, ta);
    if (b_first) {
        r = try_dunder(b, *bop_names[op][1], a);
        if (r != V_NOTIMPL) return r;
    }
    r = try_dunder(a, *bop_names[op][0], b);
    if (r != V_NOTIMPL) return r;
    if (ta != tb && !b_first) return try_dunder(b, *bop_names[op][1], a);
    return V_NOTIMPL;
}

Value obj_binop(int op, Value a, Value b) {
    Value r = binop_try(op, a, b);
    if (r != V_NOTIMPL) return r;
    return binop_error(op, a, b);
}

Value list_inplace_repeat(Value list, int64_t n);

Value obj_inplace(int op, Value a, Value b) {
    if (is_bytearray(a) && op == BOP_ADD && (IS_BYTES(b) || is_bytearray(b))) {
        if (bytearray_extend(a, b) < 0) return V_NULL;
        incref(a);
        return a;
    }
    if (IS_LIST(a) && op == BOP_ADD) {
        if (list_extend(a, b) < 0) return V_NULL;
        incref(a);
        return a;
    }
    int64_t n;
    if (IS_LIST(a) && op == BOP_MUL && val_as_i64(b, &n)) return list_inplace_repeat(a, n);
    Type *ta = TYPE(a);
    if ((ta->flags & TF_HEAP) || ta->dict) {
        if (!(IS_SMALL(a) || ta == &FloatType || ta == &StrType || ta == &TupleType)) {
            Value r = try_dunder(a, *bop_names[op][2], b);
            if (r != V_NOTIMPL) return r;
        }
    }
    Value r = binop_try(op, a, b);
    if (r != V_NOTIMPL) return r;
    if (op == BOP_POW)
        return err_format(&Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", type_name(a), type_name(b));
    char sym[8];
    snprintf(sym, sizeof sym, "%s=", bop_symbol[op]);
    return binop_error_sym(op, a, b, sym);
}

static Value unary(Value v, Str *name, const char *sym) {
    Value f = type_lookup(TYPE(v), name);
    if (!f) return err_format(&Exc_TypeError, "bad operand type for %s: '%s'", sym, type_name(v));
    Value r = call1(f, v);
    decref(f);
    return r;
}

Value obj_neg(Value v) {
    int64_t i;
    if (val_as_i64(v, &i)) {
        if (i == INT64_MIN) return big_binop(BOP_SUB, MK_SMALL(0), v);
        return int_from_i64(-i);
    }
    if (IS_BIG(v)) return big_binop(BOP_SUB, MK_SMALL(0), v);
    if (IS_FLOAT(v)) return float_new(-AS_FLOAT(v));
    if (IS_COMPLEX(v)) return complex_unary(v, '-');
    return unary(v, N.__neg__, "unary -");
}
Value obj_pos(Value v) {
    int64_t i;
    if (val_as_i64(v, &i)) return int_from_i64(i);
    if (IS_FLOAT(v) || IS_BIG(v)) { incref(v); return v; }
    if (IS_COMPLEX(v)) return complex_unary(v, '+');
    return unary(v, N.__pos__, "unary +");
}
Value obj_invert(Value v) {
    int64_t i;
    if (val_as_i64(v, &i)) return int_from_i64(~i);
    if (IS_BIG(v)) return big_binop(BOP_SUB, MK_SMALL(-1), v);
    return unary(v, N.__invert__, "unary ~");
}
Value obj_abs(Value v) {
    int64_t i;
    if (val_as_i64(v, &i)) {
        if (i == INT64_MIN) return big_binop(BOP_SUB, MK_SMALL(0), v);
        return int_from_i64(i < 0 ? -i : i);
    }
    if (IS_BIG(v)) {
        if (big_sign(v) > 0) { incref(v); return v; }
        return big_binop(BOP_SUB, MK_SMALL(0), v);
    }
    if (IS_FLOAT(v)) return float_new(AS_FLOAT(v) < 0 ? -AS_FLOAT(v) : AS_FLOAT(v) == 0 ? 0.0 : AS_FLOAT(v));
    if (IS_COMPLEX(v)) return complex_unary(v, 'a');
    return unary(v, N.__abs__, "abs()");
}

/* ---- attributes ------------------------------------------------------------------- */
Value obj_getattr(Value o, Str *name) {
    Type *t = TYPE(o);
    if (t->getattr) return t->getattr(o, name);
    return generic_getattr(o, name, true);
}

Value obj_getattr_opt(Value o, Str *name) {
    Type *t = TYPE(o);
    Value r = t->getattr ? t->getattr(o, name) : generic_getattr(o, name, false);
    if (!r && err_matches(&Exc_AttributeError)) err_clear();
    return r;
}

int obj_setattr(Value o, Str *name, Value v) {
    Type *t = TYPE(o);
    if (t->setattr) return t->setattr(o, name, v);
    return generic_setattr(o, name, v);
}

/* ---- items ------------------------------------------------------------------------ */
Value obj_getitem(Value o, Value key) {
    Type *t = TYPE(o);
    if (t->getitem) return t->getitem(o, key);
    if (IS_CLASS(o)) return class_getitem(o, key); /* list[int], C[T] */
    return err_format(&Exc_TypeError, "'%s' object is not subscriptable", t->cname);
}

int obj_setitem(Value o, Value key, Value v) {
    Type *t = TYPE(o);
    if (t->setitem) return t->setitem(o, key, v);
    if (v) err_format(&Exc_TypeError, "'%s' object does not support item assignment", t->cname);
    else err_format(&Exc_TypeError, "'%s' object doesn't support item deletion", t->cname);
    return -1;
}

int64_t obj_len(Value o) {
    Type *t = TYPE(o);
    if (t->len) return t->len(o);
    err_format(&Exc_TypeError, "object of type '%s' has no len()", t->cname);
    return -1;
}

int obj_contains(Value c, Value x) {
    Type *t = TYPE(c);
    if (t->contains) return t->contains(c, x);
    Value it = obj_iter(c);
    if (!it) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "argument of type '%s' is not iterable", t->cname);
        }
        return -1;
    }
    Value v;
    int found = 0;
    while (!found && (v = obj_next(it))) {
        found = v == x ? 1 : obj_eq(v, x);
        decref(v);
        if (found < 0) break;
    }
    decref(it);
    if (found == 0 && err_occurred()) return -1;
    return found;
}

Value obj_iter(Value o) {
    Type *t = TYPE(o);
    if (t->iter) return t->iter(o);
    if (t->flags & TF_ITER_SELF) { incref(o); return o; }
    if (t->getitem && !IS_CLASS(o)) return seqiter_new(o);
    return err_format(&Exc_TypeError, "'%s' object is not iterable", t->cname);
}

Value obj_next(Value it) {
    Type *t = TYPE(it);
    if (t->next) return t->next(it);
    return err_format(&Exc_TypeError, "'%s' object is not an iterator", t->cname);
}

int64_t obj_index(Value v, const char *what) {
    int64_t i;
    if (val_as_i64(v, &i)) return i;
    if (IS_BIG(v)) { big_overflow_index(); return -1; }
    bool found;
    Value r = call_method_opt(v, N.__index__, NULL, 0, &found);
    if (!found) {
        err_format(&Exc_TypeError, "%s%s'%s' object cannot be interpreted as an integer", what ? what : "",
                   what ? ": " : "", type_name(v));
        return -1;
    }
    if (!r) return -1;
    if (!val_as_i64(r, &i)) {
        if (IS_BIG(r)) big_overflow_index();
        else err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
        decref(r);
        return -1;
    }
    decref(r);
    return i;
}

/* ---- isinstance ---------------------------------------------------------------------- */
bool obj_is_instance_of(Value v, Type *t) { return type_is_subtype(TYPE(v), t); }

int obj_isinstance(Value v, Value cls) {
    if (IS_TUPLE(cls)) {
        for (int64_t i = 0; i < AS_TUPLE(cls)->len; i++) {
            int r = obj_isinstance(v, AS_TUPLE(cls)->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (IS_TYPE(cls, UnionType)) return union_isinstance(v, cls, false);
    if (!IS_CLASS(cls)) {
        err_set_str(&Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (TYPE(v) == AS_TYPE(cls)) return 1;
    if (TYPE(cls)->flags & TF_HEAP) return meta_check(cls, N.__instancecheck__, v);
    return obj_is_instance_of(v, AS_TYPE(cls));
}

/* a metaclass's __instancecheck__ or __subclasscheck__ decides, if it has one */
int meta_check(Value cls, Str *hook, Value v) {
    Value f = type_lookup(TYPE(cls), hook);
    if (!f) {
        if (err_occurred()) return -1;
        if (hook == N.__instancecheck__) return obj_is_instance_of(v, AS_TYPE(cls));
        return type_is_subtype(AS_TYPE(v), AS_TYPE(cls));
    }
    Value r = call_with_self(f, cls, &v, 1, NULL);
    decref(f);
    if (!r) return -1;
    int b = obj_truth(r);
    decref(r);
    return b;
}

/* ---- calls ---------------------------------------------------------------------------- */
int args_check(const char *fname, int nargs, int min, int max) {
    if (nargs >= min && (max < 0 || nargs <= max)) return 0;
    if (min == max) {
        if (min == 0) err_format(&Exc_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
        else if (min == 1) err_format(&Exc_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
        else err_format(&Exc_TypeError, "%s() takes exactly %d arguments (%d given)", fname, min, nargs);
    } else if (nargs < min)
        err_format(&Exc_TypeError, "%s() takes at least %d argument%s (%d given)", fname, min, min == 1 ? "" : "s", nargs);
    else err_format(&Exc_TypeError, "%s() takes at most %d argument%s (%d given)", fname, max, max == 1 ? "" : "s", nargs);
    return -1;
}

/* Argument counts of a method of a built-in type, given n arguments after
 * self, worded as CPython words them: "str.upper() takes no arguments",
 * "list.append() takes exactly one argument", else the argument-clinic
 * form "insert expected 2 arguments, got 1". */
static int method_args_check(Native *f, int n) {
    int min = f->min_args - 1, max = f->max_args < 0 ? -1 : f->max_args - 1;
    if (n >= min && (max < 0 || n <= max)) return 0;
    const char *tn = f->owner->cname;
    if (max == 0 && f->takes_kw) err_format(&Exc_TypeError, "%s() takes no positional arguments", f->name);
    else if (max == 0) err_format(&Exc_TypeError, "%s.%s() takes no arguments (%d given)", tn, f->name, n);
    else if (min == 1 && max == 1) err_format(&Exc_TypeError, "%s.%s() takes exactly one argument (%d given)", tn, f->name, n);
    else if (min == max) err_format(&Exc_TypeError, "%s expected %d argument%s, got %d", f->name, min, min == 1 ? "" : "s", n);
    else if (n < min) err_format(&Exc_TypeError, "%s expected at least %d argument%s, got %d", f->name, min, min == 1 ? "" : "s", n);
    else err_format(&Exc_TypeError, "%s expected at most %d argument%s, got %d", f->name, max, max == 1 ? "" : "s", n);
    return -1;
}

/* The same for a built-in function: len() takes exactly one argument, but
 * most say "divmod expected 2 arguments, got 1" (CPython's argument clinic). */
static int function_args_check(Native *f, int n) {
    int min = f->min_args, max = f->max_args;
    if (n >= min && (max < 0 || n <= max)) return 0;
    if (min == max && min <= 1 && !f->takes_kw) return args_check(f->name, n, min, max);
    if (min == max) err_format(&Exc_TypeError, "%s expected %d argument%s, got %d", f->name, min, min == 1 ? "" : "s", n);
    else if (n < min) err_format(&Exc_TypeError, "%s expected at least %d argument%s, got %d", f->name, min, min == 1 ? "" : "s", n);
    else err_format(&Exc_TypeError, "%s expected at most %d argument%s, got %d", f->name, max, max == 1 ? "" : "s", n);
    return -1;
}

/* As CPython's check of every C function's result: a built-in that returns a
 * value with an exception still set, or no value and no exception, is a bug
 * in the built-in; the caller gets a SystemError (the lost exception as its
 * cause) instead of a wrong result or a crash further on. */
static Value native_result(Native *f, Value r) {
    Value pending = cur_ts->exc;
    if (LIKELY(r ? !pending : pending != V_NULL)) return r;
    if (r) {
        decref(r);
        Value cause = err_fetch();
        err_format(&Exc_SystemError, "<built-in function %s> returned a result with an exception set", f->name);
        Value e = cur_ts->exc;
        if (e) exc_set_cause(e, cause);
        else xdecref(cause);
        return V_NULL;
    }
    return err_format(&Exc_SystemError, "<built-in function %s> returned NULL without setting an exception", f->name);
}

static Value call_native(Native *f, Value *args, int nargs, Dict *kw) {
    if (kw && dict_len(kw) && !f->takes_kw) return err_format(&Exc_TypeError, "%s() takes no keyword arguments", f->name);
    if (f->self) {
        Value buf[8], *a = nargs < 8 ? buf : mem_alloc((size_t)(nargs + 1) * sizeof(Value));
        if (!a) return V_NULL;
        a[0] = f->self;
        if (nargs) memcpy(a + 1, args, (size_t)nargs * sizeof(Value));
        Value r = V_NULL;
        if (args_check(f->name, nargs, f->min_args - 1, f->max_args < 0 ? -1 : f->max_args - 1) == 0)
            r = native_result(f, f->fn(a, nargs + 1, kw));
        if (a != buf) mem_free(a);
        return r;
    }
    if (f->owner) {
        /* a method called through its type, str.lower(x): x must be a str */
        if (nargs == 0)
            return err_format(&Exc_TypeError, "unbound method %s.%s() needs an argument", f->owner->cname, f->name);
        if (!type_is_subtype(TYPE(args[0]), f->owner) && f->name[0] == '_' && f->name[1] == '_')
            return err_format(&Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                              f->name, f->owner->cname, type_name(args[0]));
        if (!type_is_subtype(TYPE(args[0]), f->owner))
            return err_format(&Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                              f->name, f->owner->cname, type_name(args[0]));
    }
    if (f->owner ? method_args_check(f, nargs - 1) < 0 : function_args_check(f, nargs) < 0) return V_NULL;
    return native_result(f, f->fn(args, nargs, kw));
}

/* Call a method object or an unbound builtin method with self in front. */
Value call_with_self(Value func, Value self, Value *args, int nargs, Dict *kw) {
    Value buf[8], *a = nargs < 8 ? buf : mem_alloc((size_t)(nargs + 1) * sizeof(Value));
    if (!a) return V_NULL;
    a[0] = self;
    if (nargs) memcpy(a + 1, args, (size_t)nargs * sizeof(Value));
    Value r;
    if (IS_TYPE(func, NativeType)) {
        Native *f = (Native *)AS_OBJ(func);
        if (kw && dict_len(kw) && !f->takes_kw) r = err_format(&Exc_TypeError, "%s() takes no keyword arguments", f->name);
        else if (nargs + 1 < f->min_args || (f->max_args >= 0 && nargs + 1 > f->max_args)) {
            /* count the arguments the way the user wrote them: without self */
            if (f->owner) method_args_check(f, nargs);
            else {
                char qn[128];
                snprintf(qn, sizeof qn, "%s.%s", type_name(self), f->name);
                args_check(qn, nargs, f->min_args - 1, f->max_args < 0 ? -1 : f->max_args - 1);
            }
            r = V_NULL;
        } else r = native_result(f, f->fn(a, nargs + 1, kw));
    } else r = call(func, a, nargs + 1, kw);
    if (a != buf) mem_free(a);
    return r;
}

/* How a callable is named in argument errors, as CPython: "__main__.f()",
 * "print()", "list.append()"; a new str, or V_NULL on error. */
/* The containers whose repr is being made on this thread: one met again
 * prints as [...], {...} or (...) (CPython's Py_ReprEnter). */
static _Thread_local Value repr_active[64];
static _Thread_local int repr_nactive;
bool repr_enter(Value v) {
    for (int i = 0; i < repr_nactive; i++)
        if (repr_active[i] == v) return false;
    if (repr_nactive < 64) repr_active[repr_nactive++] = v;
    return true;
}
void repr_leave(Value v) {
    if (repr_nactive > 0 && repr_active[repr_nactive - 1] == v) repr_nactive--;
}

Value callable_desc(Value f) {
    SBuf b;
    sb_init(&b);
    if (IS_TYPE(f, MethodType)) f = ((Method *)AS_OBJ(f))->func;
    if (IS_FUNC(f)) {
        Func *fn = AS_FUNC(f);
        if (fn->module && IS_STR(fn->module) && !str_eq_c(AS_STR(fn->module), "builtins")) {
            sb_add_str(&b, AS_STR(fn->module));
            sb_addc(&b, '.');
        }
        sb_add_str(&b, fn->qualname);
    } else if (IS_TYPE(f, NativeType)) {
        Native *n = (Native *)AS_OBJ(f);
        if (n->owner) { sb_adds(&b, n->owner->cname); sb_addc(&b, '.'); }
        sb_adds(&b, n->name);
    } else if (IS_CLASS(f)) sb_adds(&b, AS_TYPE(f)->cname);
    else {
        sb_adds(&b, type_name(f));
        sb_adds(&b, " object");
        return sb_finish(&b);
    }
    sb_adds(&b, "()");
    return sb_finish(&b);
}

Value call(Value callee, Value *args, int nargs, Dict *kw) {
    if (kw && dict_len(kw) == 0) kw = NULL;
    Type *t = TYPE(callee);
    if (t == &FunctionType) return vm_call_function(AS_FUNC(callee), args, nargs, kw);
    if (t == &NativeType) return call_native((Native *)AS_OBJ(callee), args, nargs, kw);
    if (t == &MethodType) {
        Method *m = (Method *)AS_OBJ(callee);
        return call_with_self(m->func, m->self, args, nargs, kw);
    }
    if (t->call) return t->call(callee, args, nargs, kw);
    return err_format(&Exc_TypeError, "'%s' object is not callable", t->cname);
}

Value call0(Value f) { return call(f, NULL, 0, NULL); }
Value call1(Value f, Value a) { return call(f, &a, 1, NULL); }
Value call2(Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return call(f, args, 2, NULL);
}

/* type(self).name(self, *args), looked up on the type as CPython looks up
 * special methods.  *found tells whether the type has it at all. */
Value call_method_opt(Value self, Str *name, Value *args, int nargs, bool *found) {
    Value f = type_lookup(TYPE(self), name);
    *found = f != V_NULL;
    if (!f) return V_NULL;
    Value r;
    if (IS_TYPE(f, StaticMethodType)) r = call(((Wrapper *)AS_OBJ(f))->func, args, nargs, NULL);
    else if (IS_TYPE(f, FunctionType) || (IS_TYPE(f, NativeType) && ((Native *)AS_OBJ(f))->method))
        r = call_with_self(f, self, args, nargs, NULL);
    else {
        Value bound = bind_method(f, self);
        r = bound ? call(bound, args, nargs, NULL) : V_NULL;
        xdecref(bound);
    }
    decref(f);
    return r;
}

/* self.name(*args) with full attribute lookup (instance dict first). */
Value call_method(Value self, Str *name, Value *args, int nargs) {
    Value m = obj_getattr(self, name);
    if (!m) return V_NULL;
    Value r = call(m, args, nargs, NULL);
    decref(m);
    return r;
}

void ops_init(void) { init_bop_names(); }
