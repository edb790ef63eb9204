/* dunder.c - the special methods of built-in objects, called by name.
 *
 * len(x) does not go through x.__len__ here: the built-in types keep their
 * behaviour in slots of their Type.  So that (5).__add__(3), "ab".__len__()
 * or [1, 2].__repr__() still work as in CPython, reading such a name on a
 * built-in object makes a bound method that calls the slot.  Only the
 * methods the type really has in CPython are offered: (5).__len__ stays an
 * AttributeError. */
#include <string.h>
#include "runtime.h"

static bool is_number(Type *t) { return t == &IntType || t == &BoolType || t == &FloatType || t == &ComplexType; }

/* ---- the calls, each on the slot of the receiver's own (built-in) type ---- */
#define SELF_T TYPE(a[0])
static Value d_repr(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_repr(a[0]); }
static Value d_str(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_str(a[0]); }
static Value d_len(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t r = obj_len(a[0]);
    return r < 0 ? V_NULL : int_from_i64(r);
}
static Value d_iter(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_iter(a[0]); }
static Value d_next(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value r = obj_next(a[0]);
    if (!r && !err_occurred()) err_set_str(&Exc_StopIteration, "");
    return r;
}
static Value d_contains(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int r = obj_contains(a[0], a[1]);
    return r < 0 ? V_NULL : MK_BOOL(r);
}
static Value d_getitem(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_getitem(a[0], a[1]); }
static Value d_hash(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t h = obj_hash(a[0]);
    return h == -1 && err_occurred() ? V_NULL : int_from_i64(h);
}
static Value d_bool(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int r = obj_truth(a[0]);
    return r < 0 ? V_NULL : MK_BOOL(r);
}
static Value d_neg(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_neg(a[0]); }
static Value d_pos(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_pos(a[0]); }
static Value d_abs(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_abs(a[0]); }
static Value d_invert(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_invert(a[0]); }
static Value d_int(Value *a, int n, Dict *kw) { (void)n; (void)kw; return call1(OBJ_VAL(&IntType), a[0]); }
static Value d_float(Value *a, int n, Dict *kw) { (void)n; (void)kw; return call1(OBJ_VAL(&FloatType), a[0]); }

/* Comparisons: NotImplemented when the slot does not know the other side. */
static Value cmp(Value *a, int op) {
    Type *t = SELF_T;
    if (t->richcmp) return t->richcmp(a[0], a[1], op);
    if (op == CMP_EQ) return a[0] == a[1] ? V_TRUE : V_NOTIMPL;
    if (op == CMP_NE) return a[0] == a[1] ? V_FALSE : V_NOTIMPL;
    return V_NOTIMPL;
}
#define CMP(fn, op) static Value fn(Value *a, int n, Dict *kw) { (void)n; (void)kw; return cmp(a, op); }
CMP(d_eq, CMP_EQ) CMP(d_ne, CMP_NE) CMP(d_lt, CMP_LT) CMP(d_le, CMP_LE) CMP(d_gt, CMP_GT) CMP(d_ge, CMP_GE)

/* int < float < complex: a number's own method does not know a wider kind
 * ((2).__mul__(1.5) is NotImplemented; 2 * 1.5 asks float) */
static int num_rank(Value v) {
    Type *t = TYPE(v);
    return t == &IntType || t == &BoolType ? 1 : t == &FloatType ? 2 : t == &ComplexType ? 3 : 0;
}

/* Arithmetic: the operation itself, never the other operand's dunder. */
static Value arith(int op, Value x, Value y, Value self) {
    Value other = self == x ? y : x;
    if (num_rank(self) && num_rank(other) > num_rank(self)) return V_NOTIMPL;
    Value r = num_binop(op, x, y);
    if (r != V_NOTIMPL) return r;
    return seq_binop(op, x, y);
}
#define ARITH(fn, rfn, op) \
    static Value fn(Value *a, int n, Dict *kw) { (void)n; (void)kw; return arith(op, a[0], a[1], a[0]); } \
    static Value rfn(Value *a, int n, Dict *kw) { (void)n; (void)kw; return arith(op, a[1], a[0], a[0]); }
ARITH(d_add, d_radd, BOP_ADD) ARITH(d_sub, d_rsub, BOP_SUB) ARITH(d_mul, d_rmul, BOP_MUL)
ARITH(d_truediv, d_rtruediv, BOP_TRUEDIV) ARITH(d_floordiv, d_rfloordiv, BOP_FLOORDIV)
ARITH(d_mod, d_rmod, BOP_MOD) ARITH(d_pow, d_rpow, BOP_POW) ARITH(d_lshift, d_rlshift, BOP_LSHIFT)
ARITH(d_rshift, d_rrshift, BOP_RSHIFT) ARITH(d_and, d_rand, BOP_AND) ARITH(d_or, d_ror, BOP_OR)
ARITH(d_xor, d_rxor, BOP_XOR)

/* ---- which types have which ---------------------------------------------------- */
enum { K_ANY = 1, K_NUM = 2, K_INT = 4, K_SEQ = 8, K_STR = 16, K_LEN = 32, K_ITER = 64, K_NEXT = 128,
       K_CONTAINS = 256, K_GETITEM = 512, K_HASH = 1024, K_REAL = 2048 /* numbers but complex */ };
static const struct {
    const char *name;
    NativeFn fn;
    int nargs; /* without self */
    int kinds; /* any of these */
} table[] = {
    {"__repr__", d_repr, 0, K_ANY}, {"__str__", d_str, 0, K_ANY},
    {"__eq__", d_eq, 1, K_ANY}, {"__ne__", d_ne, 1, K_ANY}, {"__lt__", d_lt, 1, K_ANY},
    {"__le__", d_le, 1, K_ANY}, {"__gt__", d_gt, 1, K_ANY}, {"__ge__", d_ge, 1, K_ANY},
    {"__hash__", d_hash, 0, K_HASH}, {"__len__", d_len, 0, K_LEN}, {"__iter__", d_iter, 0, K_ITER},
    {"__next__", d_next, 0, K_NEXT}, {"__contains__", d_contains, 1, K_CONTAINS},
    {"__getitem__", d_getitem, 1, K_GETITEM},
    {"__bool__", d_bool, 0, K_NUM}, {"__neg__", d_neg, 0, K_NUM}, {"__pos__", d_pos, 0, K_NUM},
    {"__abs__", d_abs, 0, K_NUM}, {"__int__", d_int, 0, K_REAL}, {"__float__", d_float, 0, K_REAL},
    {"__invert__", d_invert, 0, K_INT}, {"__index__", d_int, 0, K_INT},
    {"__add__", d_add, 1, K_NUM | K_SEQ | K_STR}, {"__radd__", d_radd, 1, K_NUM},
    {"__mul__", d_mul, 1, K_NUM | K_SEQ | K_STR}, {"__rmul__", d_rmul, 1, K_NUM | K_SEQ | K_STR},
    {"__mod__", d_mod, 1, K_REAL | K_STR}, {"__rmod__", d_rmod, 1, K_REAL | K_STR},
    {"__sub__", d_sub, 1, K_NUM}, {"__rsub__", d_rsub, 1, K_NUM},
    {"__truediv__", d_truediv, 1, K_NUM}, {"__rtruediv__", d_rtruediv, 1, K_NUM},
    {"__floordiv__", d_floordiv, 1, K_REAL}, {"__rfloordiv__", d_rfloordiv, 1, K_REAL},
    {"__pow__", d_pow, 1, K_NUM}, {"__rpow__", d_rpow, 1, K_NUM},
    {"__lshift__", d_lshift, 1, K_INT}, {"__rlshift__", d_rlshift, 1, K_INT},
    {"__rshift__", d_rshift, 1, K_INT}, {"__rrshift__", d_rrshift, 1, K_INT},
    {"__and__", d_and, 1, K_INT}, {"__rand__", d_rand, 1, K_INT}, {"__or__", d_or, 1, K_INT},
    {"__ror__", d_ror, 1, K_INT}, {"__xor__", d_xor, 1, K_INT}, {"__rxor__", d_rxor, 1, K_INT},
};

static int kinds_of(Type *t) {
    int k = K_ANY;
    if (is_number(t)) k |= K_NUM;
    if (is_number(t) && t != &ComplexType) k |= K_REAL;
    if (t == &IntType || t == &BoolType) k |= K_INT;
    if (t == &ListType || t == &TupleType) k |= K_SEQ;
    if (t == &StrType) k |= K_STR;
    if (t->len) k |= K_LEN;
    if (t->iter || (t->flags & TF_ITER_SELF)) k |= K_ITER;
    if (t->next) k |= K_NEXT;
    if (t->contains) k |= K_CONTAINS;
    if (t->getitem) k |= K_GETITEM;
    if (t->hash) k |= K_HASH;
    return k;
}

/* o.name for a special method of a built-in object, bound to o; V_NULL (no
 * error) when o's type has no such method or defines it itself. */
Value builtin_dunder(Value o, Str *name) {
    Type *t = TYPE(o);
    if ((t->flags & TF_HEAP) || name->len < 5 || name->data[0] != '_' || name->data[1] != '_') return V_NULL;
    Type *k;
    for (int64_t i = 0; (k = mro_item(t, i)) != NULL && k != &ObjectType; i++) {
        Value own = k->dict ? dict_get_str(k->dict, name) : V_NULL;
        if (own) { decref(own); return V_NULL; } /* a real method of the type wins */
    }
    int kinds = kinds_of(t);
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if ((table[i].kinds & kinds) && str_eq_c(name, table[i].name))
            return native_new(table[i].name, table[i].fn, table[i].nargs + 1, table[i].nargs + 1, false, o);
    return V_NULL;
}

/* Put the special methods a built-in type has into its dict, as CPython's
 * types have them (list.__len__, '__iter__' in list.__dict__), for the types
 * that Python code cannot subclass: their slots then always belong to the
 * type the method was found on. */
static Type *ready_types[256];
static int nready;

void dunder_note_type(Type *t) {
    if (nready < (int)(sizeof ready_types / sizeof ready_types[0])) ready_types[nready++] = t;
}

void dunder_install_all(void) {
    for (int j = 0; j < nready; j++) {
        Type *t = ready_types[j];
        if ((t->flags & (TF_HEAP | TF_EXC | TF_META | TF_INSTANCE)) || t == &ObjectType || !t->dict) continue;
        int kinds = kinds_of(t);
        if (!t->hash) {
            /* unhashable, as CPython says it: __hash__ = None */
            Value own = dict_get_str(t->dict, N.__hash__);
            if (own) decref(own);
            else dict_set_str(t->dict, N.__hash__, V_NONE);
        }
        for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
            if (!(table[i].kinds & kinds)) continue;
            Str *name = str_intern_c(table[i].name);
            Value own = dict_get_str(t->dict, name);
            if (own) { decref(own); continue; }
            type_add_method(t, table[i].name, table[i].fn, table[i].nargs + 1, table[i].nargs + 1, false);
        }
    }
}
