/* patma.c - the run-time half of the match statement.
 *
 * The parser turns each case into a test expression (parser.c,
 * match_statement): literals and values become comparisons, captures
 * become assignment expressions, and the structural patterns call one of
 * these three built-ins, whose names ($mseq, $mmap, $mcls) no program can
 * write.  Each returns None when the subject does not have the shape, or a
 * list of the parts the sub-patterns go on to match. */
#include <string.h>
#include "runtime.h"

/* isinstance(v, collections.abc.<abc>): 1, 0, -1 error */
static int abc_instance(Value v, const char *abc_name) {
    Value abc = import_module(str_intern_c("_collections_abc"), true);
    Value cls = abc ? obj_getattr(abc, str_intern_c(abc_name)) : V_NULL;
    int r = cls ? obj_isinstance(v, cls) : -1;
    xdecref(abc);
    xdecref(cls);
    return r;
}

/* Sequence patterns match list, tuple, range and what registers as a
 * collections.abc.Sequence, never str, bytes or bytearray. */
static int is_sequence(Value v) {
    Type *t = TYPE(v);
    if (t == &ListType || t == &TupleType || t == &RangeType) return 1;
    if (t == &StrType || t == &BytesType || t == &ByteArrayType || !(t->flags & TF_HEAP)) return 0;
    return abc_instance(v, "Sequence");
}

static int is_mapping(Value v) {
    Type *t = TYPE(v);
    if (t == &DictType) return 1;
    if (!(t->flags & TF_HEAP)) return 0;
    return abc_instance(v, "Mapping");
}

/* $mseq(subject, n, star): n sub-patterns, the one at `star` (-1: none) a
 * starred one that takes a list of what the others leave */
static Value p_mseq(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t want = SMALL_VAL(a[1]), star = SMALL_VAL(a[2]);
    int k = is_sequence(a[0]);
    if (k <= 0) return k < 0 ? V_NULL : V_NONE;
    int64_t len = obj_len(a[0]);
    if (len < 0) return V_NULL;
    if (star < 0 ? len != want : len < want - 1) return V_NONE;
    Value items = seq_to_list(a[0]);
    if (!items) return V_NULL;
    if (star < 0) return items;
    /* items[star : star + len - (want - 1)] becomes one list */
    int64_t mid = len - (want - 1);
    Value out = list_new(0);
    Value middle = out ? list_new(0) : V_NULL;
    List *l = AS_LIST(items);
    for (int64_t i = 0; middle && i < mid; i++)
        if (list_append(middle, l->items[star + i]) < 0) { decref(middle); middle = V_NULL; }
    for (int64_t i = 0; middle && i < want; i++) {
        int r;
        if (i < star) r = list_append(out, l->items[i]);
        else if (i == star) r = list_append(out, middle);
        else r = list_append(out, l->items[i - 1 + mid]);
        if (r < 0) { decref(middle); middle = V_NULL; }
    }
    decref(items);
    if (!middle) { xdecref(out); return V_NULL; }
    decref(middle);
    return out;
}

/* $mmap(subject, keys, rest): the values of the keys (by subject.get), and
 * with rest a dict of the other items */
static Value p_mmap(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int k = is_mapping(a[0]);
    if (k <= 0) return k < 0 ? V_NULL : V_NONE;
    Tuple *keys = AS_TUPLE(a[1]);
    Value out = list_new(0);
    Value get = out ? obj_getattr(a[0], str_intern_c("get")) : V_NULL;
    Value missing = get ? OBJ_VAL(obj_new(&ObjectType, sizeof(Obj))) : V_NULL;
    bool ok = missing != V_NULL, matched = true;
    for (int64_t i = 0; ok && matched && i < keys->len; i++) {
        for (int64_t j = 0; j < i; j++) {
            int eq = obj_eq(keys->items[i], keys->items[j]);
            if (eq < 0) { ok = false; break; }
            if (eq) {
                Value r = obj_repr(keys->items[i]);
                if (r) { err_format(&Exc_ValueError, "mapping pattern checks duplicate key (%s)", AS_STR(r)->data); decref(r); }
                ok = false;
                break;
            }
        }
        if (!ok) break;
        Value args[2] = {keys->items[i], missing};
        Value v = call(get, args, 2, NULL);
        if (!v) { ok = false; break; }
        if (v == missing) matched = false;
        else if (list_append(out, v) < 0) ok = false;
        decref(v);
    }
    if (ok && matched && a[2] == V_TRUE) {
        Value rest = dict_new();
        ok = rest && dict_update(AS_DICT(rest), a[0]) == 0;
        for (int64_t i = 0; ok && i < keys->len; i++) ok = dict_del(AS_DICT(rest), keys->items[i]) >= 0;
        if (ok) ok = list_append(out, rest) == 0;
        xdecref(rest);
    }
    xdecref(get);
    xdecref(missing);
    if (!ok) { xdecref(out); return V_NULL; }
    if (!matched) { decref(out); return V_NONE; }
    return out;
}

/* the built-in classes whose one positional sub-pattern is the subject */
static bool matches_self(Type *t) {
    return t == &BoolType || t == &ByteArrayType || t == &BytesType || t == &DictType || t == &FloatType ||
           t == &IntType || t == &ListType || t == &SetType || t == &FrozenSetType || t == &StrType || t == &TupleType;
}

/* $mcls(subject, cls, npos, kwnames): the attributes the sub-patterns
 * match, positional ones named by cls.__match_args__ */
static Value p_mcls(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value subject = a[0], cls = a[1];
    int64_t npos = SMALL_VAL(a[2]);
    Tuple *kwn = AS_TUPLE(a[3]);
    if (!IS_CLASS(cls)) return err_set_str(&Exc_TypeError, "called match pattern must be a class");
    int r = obj_isinstance(subject, cls);
    if (r <= 0) return r < 0 ? V_NULL : V_NONE;
    Type *t = AS_TYPE(cls);
    Value names = list_new(0), out = names ? list_new(0) : V_NULL;
    if (!out) { xdecref(names); return V_NULL; }
    bool self_arg = false;
    if (npos) {
        Value ma = obj_getattr(cls, str_intern_c("__match_args__"));
        if (!ma) {
            if (!err_matches(&Exc_AttributeError)) goto fail;
            err_clear();
            if (matches_self(t)) {
                if (npos > 1) {
                    err_format(&Exc_TypeError, "%s() accepts 1 positional sub-pattern (%lld given)", t->cname, (long long)npos);
                    goto fail;
                }
                self_arg = true;
            } else {
                err_format(&Exc_TypeError, "%s() accepts 0 positional sub-patterns (%lld given)", t->cname, (long long)npos);
                goto fail;
            }
        } else {
            if (!IS_TUPLE(ma)) {
                err_format(&Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", t->cname, type_name(ma));
                decref(ma);
                goto fail;
            }
            Tuple *mt = AS_TUPLE(ma);
            if (npos > mt->len) {
                err_format(&Exc_TypeError, "%s() accepts %lld positional sub-pattern%s (%lld given)", t->cname,
                           (long long)mt->len, mt->len == 1 ? "" : "s", (long long)npos);
                decref(ma);
                goto fail;
            }
            for (int64_t i = 0; i < npos; i++) {
                if (!IS_STR(mt->items[i])) {
                    err_format(&Exc_TypeError, "__match_args__ elements must be strings (got %s)", type_name(mt->items[i]));
                    decref(ma);
                    goto fail;
                }
                if (list_append(names, mt->items[i]) < 0) { decref(ma); goto fail; }
            }
            decref(ma);
        }
    }
    for (int64_t i = 0; i < kwn->len; i++)
        if (list_append(names, kwn->items[i]) < 0) goto fail;
    List *nl = AS_LIST(names);
    for (int64_t i = 0; i < nl->len; i++)
        for (int64_t j = 0; j < i; j++)
            if (str_eq(AS_STR(nl->items[i]), AS_STR(nl->items[j]))) {
                err_format(&Exc_TypeError, "%s() got multiple sub-patterns for attribute '%s'", t->cname,
                           AS_STR(nl->items[i])->data);
                goto fail;
            }
    if (self_arg && list_append(out, subject) < 0) goto fail;
    for (int64_t i = 0; i < nl->len; i++) {
        incref(nl->items[i]);
        Str *name = str_intern(AS_STR(nl->items[i]));
        Value v = obj_getattr(subject, name);
        decref(OBJ_VAL(name));
        if (!v) {
            if (!err_matches(&Exc_AttributeError)) goto fail;
            err_clear();
            decref(names);
            decref(out);
            return V_NONE;
        }
        int rr = list_append(out, v);
        decref(v);
        if (rr < 0) goto fail;
    }
    decref(names);
    return out;
fail:
    decref(names);
    decref(out);
    return V_NULL;
}

void patma_install(Module *builtins) {
    module_add_func(builtins, "$mseq", p_mseq, 3, 3, false);
    module_add_func(builtins, "$mmap", p_mmap, 3, 3, false);
    module_add_func(builtins, "$mcls", p_mcls, 4, 4, false);
}
