/* alias.c - the objects annotations are made of: list[int] (a generic
 * alias) and int | None (a union).
 *
 * Both only describe types: a generic alias calls and reads attributes
 * through its origin (list[int]() is a list), a union answers isinstance().
 * Subscripting a class looks for its __class_getitem__ first; the built-in
 * containers answer with a generic alias, as CPython's do. */
#include "runtime.h"

Type GenericAliasType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type UnionType = {.ob = OBJ_HEAD_INIT(&TypeType)};

typedef struct {
    Obj ob;
    Value origin; /* list, or a union's NULL */
    Value args;   /* tuple */
} Alias;

static Value alias_make(Type *t, Value origin, Value args) {
    Alias *a = (Alias *)obj_new(t, sizeof(Alias));
    if (!a) return V_NULL;
    xincref(origin);
    incref(args);
    a->origin = origin;
    a->args = args;
    return OBJ_VAL(a);
}

Value generic_alias_new(Value origin, Value args) {
    if (IS_TUPLE(args)) return alias_make(&GenericAliasType, origin, args);
    Value t = tuple_pack(1, (incref(args), args));
    if (!t) return V_NULL;
    Value r = alias_make(&GenericAliasType, origin, t);
    decref(t);
    return r;
}

static void alias_dealloc(Obj *o) {
    Alias *a = (Alias *)o;
    xdecref(a->origin);
    decref(a->args);
    obj_free(o);
}

/* one argument as the alias's repr shows it: a class by its (qualified)
 * name, ... as itself, anything else by its repr */
static int add_arg(SBuf *b, Value v) {
    if (v == V_NONE || v == OBJ_VAL(&NoneType)) { sb_adds(b, "None"); return 0; }
    if (v == OBJ_VAL(&EllipsisObj)) { sb_adds(b, "..."); return 0; }
    if (IS_CLASS(v)) {
        Type *t = AS_TYPE(v);
        Value mod = t->dict ? dict_get_str(t->dict, N.__module__) : V_NULL;
        Value qn = t->dict ? dict_get_str(t->dict, N.__qualname__) : V_NULL;
        if (mod && IS_STR(mod) && !str_eq_c(AS_STR(mod), "builtins")) { sb_add_str(b, AS_STR(mod)); sb_addc(b, '.'); }
        if (qn && IS_STR(qn)) sb_add_str(b, AS_STR(qn));
        else sb_adds(b, t->cname);
        xdecref(mod);
        xdecref(qn);
        return 0;
    }
    Value r = obj_repr(v);
    if (!r) return -1;
    sb_add_str(b, AS_STR(r));
    decref(r);
    return 0;
}

static Value alias_repr(Value self) {
    Alias *a = (Alias *)AS_OBJ(self);
    Tuple *args = AS_TUPLE(a->args);
    SBuf b;
    sb_init(&b);
    bool generic = AS_OBJ(self)->type == &GenericAliasType;
    if (generic) {
        if (add_arg(&b, a->origin) < 0) goto fail;
        sb_addc(&b, '[');
    }
    for (int64_t i = 0; i < args->len; i++) {
        if (i) sb_adds(&b, generic ? ", " : " | ");
        Value x = args->items[i];
        if (generic && IS_TUPLE(x) && AS_TUPLE(x)->len == 0) sb_adds(&b, "()");
        else if (add_arg(&b, x) < 0) goto fail;
    }
    if (generic) {
        if (args->len == 0) sb_adds(&b, "()");
        sb_addc(&b, ']');
    }
    return sb_finish(&b);
fail:
    sb_free(&b);
    return V_NULL;
}

static Value alias_getattr(Value self, Str *name) {
    Alias *a = (Alias *)AS_OBJ(self);
    if (str_eq_c(name, "__args__")) { incref(a->args); return a->args; }
    if (str_eq_c(name, "__parameters__")) return tuple_new(0);
    if (a->origin) {
        if (str_eq_c(name, "__origin__")) { incref(a->origin); return a->origin; }
        if (name == N.__class__) { incref(OBJ_VAL(&GenericAliasType)); return OBJ_VAL(&GenericAliasType); }
        return obj_getattr(a->origin, name); /* list[int].append is list.append */
    }
    return generic_getattr(self, name, true);
}

static Value alias_call(Value self, Value *args, int nargs, Dict *kw) {
    Alias *a = (Alias *)AS_OBJ(self);
    if (!a->origin) return err_set_str(&Exc_TypeError, "'types.UnionType' object is not callable");
    return call(a->origin, args, nargs, kw);
}

static Value alias_richcmp(Value x, Value y, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(x) != TYPE(y)) return V_NOTIMPL;
    Alias *a = (Alias *)AS_OBJ(x), *b = (Alias *)AS_OBJ(y);
    int eq = a->origin == b->origin;
    if (eq && (eq = obj_eq(a->args, b->args)) < 0) return V_NULL;
    return MK_BOOL(op == CMP_EQ ? eq : !eq);
}

static int64_t alias_hash(Value self) {
    Alias *a = (Alias *)AS_OBJ(self);
    int64_t h = obj_hash(a->args);
    if (h == -1) return -1;
    h ^= a->origin ? obj_hash(a->origin) : 0x5bd1e995;
    return h == -1 ? -2 : h;
}

/* ---- unions ------------------------------------------------------------------------------- */
static bool union_member(Value v) {
    return v == V_NONE || IS_CLASS(v) || IS_TYPE(v, GenericAliasType) || IS_TYPE(v, UnionType);
}

static int union_add(Value list, Value v) {
    if (v == V_NONE) v = OBJ_VAL(&NoneType);
    if (IS_TYPE(v, UnionType)) {
        Tuple *t = AS_TUPLE(((Alias *)AS_OBJ(v))->args);
        for (int64_t i = 0; i < t->len; i++)
            if (union_add(list, t->items[i]) < 0) return -1;
        return 0;
    }
    for (int64_t i = 0; i < AS_LIST(list)->len; i++) {
        int eq = obj_eq(AS_LIST(list)->items[i], v);
        if (eq) return eq < 0 ? -1 : 0;
    }
    return list_append(list, v);
}

/* a | b for types: a union of both (flattened, without repeats) */
Value type_union(Value a, Value b) {
    if (!union_member(a) || !union_member(b)) return V_NOTIMPL;
    Value l = list_new(0);
    if (!l) return V_NULL;
    if (union_add(l, a) < 0 || union_add(l, b) < 0) { decref(l); return V_NULL; }
    Value r;
    if (AS_LIST(l)->len == 1) {
        r = AS_LIST(l)->items[0];
        incref(r);
    } else {
        Value t = seq_to_tuple(l);
        r = t ? alias_make(&UnionType, V_NULL, t) : V_NULL;
        xdecref(t);
    }
    decref(l);
    return r;
}

static Value or_m(Value *a, int n, Dict *kw) { (void)n; (void)kw; return type_union(a[0], a[1]); }
static Value ror_m(Value *a, int n, Dict *kw) { (void)n; (void)kw; return type_union(a[1], a[0]); }

/* isinstance(v, int | str): 1, 0, -1 error */
int union_isinstance(Value v, Value u, bool sub) {
    Tuple *t = AS_TUPLE(((Alias *)AS_OBJ(u))->args);
    for (int64_t i = 0; i < t->len; i++) {
        Value c = t->items[i];
        if (!IS_CLASS(c)) {
            err_set_str(&Exc_TypeError, sub ? "issubclass() argument 2 cannot be a parameterized generic"
                                            : "isinstance() argument 2 cannot be a parameterized generic");
            return -1;
        }
        if (sub ? type_is_subtype(AS_TYPE(v), AS_TYPE(c)) : obj_is_instance_of(v, AS_TYPE(c))) return 1;
    }
    return 0;
}

/* C[args]: C.__class_getitem__(args), or a generic alias for the built-in containers */
Value class_getitem(Value cls, Value key) {
    Type *t = AS_TYPE(cls);
    Value f = type_lookup(t, N.__class_getitem__);
    if (f) {
        Value g = IS_TYPE(f, ClassMethodType) ? ((Wrapper *)AS_OBJ(f))->func : f;
        Value r = call_with_self(g, cls, &key, 1, NULL);
        decref(f);
        return r;
    }
    if (err_occurred()) return V_NULL;
    if (t == &ListType || t == &DictType || t == &TupleType || t == &SetType || t == &FrozenSetType || t == &TypeType)
        return generic_alias_new(cls, key);
    return err_format(&Exc_TypeError, "type '%s' is not subscriptable", t->cname);
}

void alias_init_types(void) {
    Type *ts[] = {&GenericAliasType, &UnionType};
    const char *names[] = {"GenericAlias", "UnionType"};
    for (int i = 0; i < 2; i++) {
        Type *t = ts[i];
        t->dealloc = alias_dealloc;
        t->repr = alias_repr;
        t->getattr = alias_getattr;
        t->richcmp = alias_richcmp;
        t->hash = alias_hash;
        t->call = alias_call;
        type_ready(t, names[i], &ObjectType);
        type_add_method(t, "__or__", or_m, 2, 2, false);
        type_add_method(t, "__ror__", ror_m, 2, 2, false);
        dict_set_str(t->dict, N.__module__, OBJ_VAL(str_intern_c("types")));
    }
    type_add_method(&TypeType, "__or__", or_m, 2, 2, false);
    type_add_method(&TypeType, "__ror__", ror_m, 2, 2, false);
}
