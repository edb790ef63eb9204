/* type.c - type objects, classes, instances, attribute lookup, super,
 * property, staticmethod and classmethod.
 *
 * Classes are immortal (they live until exit): every instance points at
 * its class, so in the free-threaded build a refcounted class would be a
 * cache line written by every thread that makes an instance.  A class's
 * slots (repr, richcmp, hash, len, ...) are filled when it is created from
 * the dunder methods it or its bases define; each slot looks the dunder up
 * again when called, so methods defined in a base are found. */
#include <string.h>
#include "runtime.h"

Type TypeType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type ObjectType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type NoneType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type NotImplementedType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type EllipsisType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type SuperType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type PropertyType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type StaticMethodType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type ClassMethodType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Obj NoneObj = OBJ_HEAD_INIT(&NoneType);
Obj NotImplementedObj = OBJ_HEAD_INIT(&NotImplementedType);
Obj EllipsisObj = OBJ_HEAD_INIT(&EllipsisType);

/* ---- the type lookup cache ----------------------------------------------------
 * Looking a name up along a class's bases costs a dict probe per class;
 * attribute access does it for every instance attribute (to find
 * properties first) and every method call.  This cache remembers, per
 * (type, name), what the walk found - only when that needs no refcount
 * (immortal objects: methods, classes; or "absent") - and is valid while
 * type_epoch has not moved.  type_epoch moves whenever a class attribute
 * is assigned or deleted, so the cache never serves a stale answer.  Each
 * entry is a small seqlock (lk odd while being filled) so that threads
 * read it without locks and TSan sees only atomics. */
typedef struct {
    uint32_t lk;
    uint32_t pad;
    uint64_t epoch;
    Type *type;
    Str *name;
    Value value; /* V_NULL: not found */
} TypeCacheEntry;
#define TYPE_CACHE_SIZE 4096
static TypeCacheEntry type_cache[TYPE_CACHE_SIZE];
static uint64_t type_epoch = 1;

void type_modified(void) { __atomic_add_fetch(&type_epoch, 1, __ATOMIC_ACQ_REL); }

static Value type_lookup_walk(Type *t, Str *name) {
    for (; t; t = t->base) {
        if (!t->dict) continue;
        Value v = dict_get_str(t->dict, name);
        if (v) return v;
        if (err_occurred()) return V_NULL;
    }
    return V_NULL;
}

Value type_lookup(Type *t, Str *name) {
    uintptr_t h = (((uintptr_t)t >> 4) * 31 + ((uintptr_t)name >> 4)) & (TYPE_CACHE_SIZE - 1);
    TypeCacheEntry *e = &type_cache[h];
    uint64_t epoch = LOAD_ACQUIRE(&type_epoch);
    uint32_t l1 = LOAD_ACQUIRE(&e->lk);
    if (l1 && !(l1 & 1)) {
        uint64_t ep = LOAD_ACQUIRE(&e->epoch);
        Type *ty = LOAD_ACQUIRE(&e->type);
        Str *nm = LOAD_ACQUIRE(&e->name);
        Value v = LOAD_ACQUIRE(&e->value);
        if (ep == epoch && ty == t && nm == name && LOAD_RELAXED(&e->lk) == l1) return v; /* immortal or absent */
    }
    if (!name->interned) return type_lookup_walk(t, name);
    Value v = type_lookup_walk(t, name);
    if (!v && err_occurred()) return V_NULL;
    if (!v || IS_SMALL(v) || is_immortal(AS_OBJ(v))) {
        uint32_t l = LOAD_RELAXED(&e->lk);
        if (!(l & 1) && __atomic_compare_exchange_n(&e->lk, &l, l + 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
            STORE_RELEASE(&e->epoch, epoch);
            STORE_RELEASE(&e->type, t);
            STORE_RELEASE(&e->name, name);
            STORE_RELEASE(&e->value, v);
            STORE_RELEASE(&e->lk, l + 2);
        }
    }
    return v;
}

bool type_is_subtype(Type *a, Type *b) {
    for (; a; a = a->base)
        if (a == b) return true;
    return false;
}

/* Builtin types are finished at startup: name, base, an (immortal) dict. */
void type_ready(Type *t, const char *name, Type *base) {
    t->cname = name;
    t->name = str_intern_c(name);
    if (t != &ObjectType && !t->base) t->base = base;
    if (!t->dict) {
        Value d = dict_new();
        immortal_track(AS_OBJ(d));
        t->dict = AS_DICT(d);
        dict_set_str(t->dict, N.__module__, OBJ_VAL(str_intern_c("builtins")));
    }
    if (!t->dealloc && base) t->dealloc = base->dealloc;
    if (!t->repr && base && base != &ObjectType) t->repr = base->repr;
    if (!t->hash && base == &ObjectType && !t->richcmp) t->hash = ObjectType.hash;
}

void type_add_method(Type *t, const char *name, NativeFn fn, int min, int max, bool kw) {
    Value f = native_new(name, fn, min, max, kw, V_NULL);
    if (!f) return;
    if (t != &ObjectType) ((Native *)AS_OBJ(f))->owner = t;
    immortal_track(AS_OBJ(f));
    dict_set_str(t->dict, str_intern_c(name), f);
}

void type_add_value(Type *t, const char *name, Value v) {
    if (!v) return;
    if (IS_OBJ(v)) immortal_track(AS_OBJ(v));
    dict_set_str(t->dict, str_intern_c(name), v);
}

/* ---- the slots of classes: each calls the dunder method --------------------------- */
static Value dunder_call(Value self, Str *name, Value *args, int nargs, bool *found) {
    return call_method_opt(self, name, args, nargs, found);
}

static Value slot_repr(Value self) {
    bool found;
    return dunder_call(self, N.__repr__, NULL, 0, &found);
}
static Value slot_str(Value self) {
    bool found;
    Value r = dunder_call(self, N.__str__, NULL, 0, &found);
    if (!found) return obj_repr(self);
    return r;
}
static Str **cmp_names[6] = {&N.__lt__, &N.__le__, &N.__eq__, &N.__ne__, &N.__gt__, &N.__ge__};
static Value slot_richcmp(Value a, Value b, int op) {
    bool found;
    Value r = dunder_call(a, *cmp_names[op], &b, 1, &found);
    if (found) return r;
    if (op == CMP_NE) { /* default __ne__ inverts __eq__ */
        r = dunder_call(a, N.__eq__, &b, 1, &found);
        if (!found || !r || r == V_NOTIMPL) return found ? r : V_NOTIMPL;
        int t = obj_truth(r);
        decref(r);
        return t < 0 ? V_NULL : MK_BOOL(!t);
    }
    return V_NOTIMPL;
}
static int64_t identity_hash(Value v) {
    uint64_t p = (uint64_t)v;
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
}
static int64_t slot_hash(Value self) {
    bool found;
    Value r = dunder_call(self, N.__hash__, NULL, 0, &found);
    if (!r) return -1;
    int64_t h;
    if (!val_as_i64(r, &h)) {
        decref(r);
        err_set_str(&Exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    decref(r);
    return h == -1 ? -2 : h; /* as CPython: the value itself when it fits (-1 means an error) */
}
static Value slot_call(Value self, Value *args, int nargs, Dict *kw) {
    Value f = type_lookup(TYPE(self), N.__call__);
    if (!f) return err_format(&Exc_TypeError, "'%s' object is not callable", type_name(self));
    Value bound = bind_method(f, self);
    decref(f);
    if (!bound) return V_NULL;
    Value r = call(bound, args, nargs, kw);
    decref(bound);
    return r;
}
static Value slot_iter(Value self) {
    bool found;
    Value r = dunder_call(self, N.__iter__, NULL, 0, &found);
    if (r && !TYPE(r)->next) {
        err_format(&Exc_TypeError, "iter() returned non-iterator of type '%s'", type_name(r));
        decref(r);
        return V_NULL;
    }
    return r;
}
static Value slot_next(Value self) {
    bool found;
    Value r = dunder_call(self, N.__next__, NULL, 0, &found);
    if (!r && err_matches(&Exc_StopIteration)) err_clear();
    return r;
}
/* next(it) as the builtin and yield from see it: a class's __next__ keeps
 * the StopIteration it raised (its value, its traceback) set as the error;
 * a built-in iterator that is exhausted returns V_NULL with no error. */
Value iter_next_keep(Value it) {
    Type *t = TYPE(it);
    if (t->next == slot_next) {
        bool found;
        return dunder_call(it, N.__next__, NULL, 0, &found);
    }
    return t->next(it);
}
static int64_t slot_len(Value self) {
    bool found;
    Value r = dunder_call(self, N.__len__, NULL, 0, &found);
    if (!r) return -1;
    int64_t n;
    if (!val_as_i64(r, &n)) {
        err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(r));
        decref(r);
        return -1;
    }
    decref(r);
    if (n < 0) { err_set_str(&Exc_ValueError, "__len__() should return >= 0"); return -1; }
    return n;
}
static Value slot_getitem(Value self, Value key) {
    bool found;
    return dunder_call(self, N.__getitem__, &key, 1, &found);
}
static int slot_setitem(Value self, Value key, Value v) {
    bool found;
    Value args[2] = {key, v};
    Value r = v ? dunder_call(self, N.__setitem__, args, 2, &found) : dunder_call(self, N.__delitem__, args, 1, &found);
    if (!found) {
        err_format(&Exc_TypeError, v ? "'%s' object does not support item assignment" : "'%s' object doesn't support item deletion",
                   type_name(self));
        return -1;
    }
    if (!r) return -1;
    decref(r);
    return 0;
}
static int slot_contains(Value self, Value x) {
    bool found;
    Value r = dunder_call(self, N.__contains__, &x, 1, &found);
    if (!r) return -1;
    int t = obj_truth(r);
    decref(r);
    return t;
}
static bool slot_truth(Value self, int *err) {
    bool found;
    Value r = dunder_call(self, N.__bool__, NULL, 0, &found);
    if (found) {
        if (!r) { *err = 1; return false; }
        if (r != V_TRUE && r != V_FALSE) {
            err_format(&Exc_TypeError, "__bool__ should return bool, returned %s", type_name(r));
            decref(r);
            *err = 1;
            return false;
        }
        return r == V_TRUE;
    }
    r = dunder_call(self, N.__len__, NULL, 0, &found);
    if (!found) return true;
    if (!r) { *err = 1; return false; }
    int64_t n = 0;
    val_as_i64(r, &n);
    decref(r);
    return n != 0;
}
static Value slot_getattr(Value self, Str *name) {
    Value r = generic_getattr(self, name, false);
    if (r || !err_matches(&Exc_AttributeError)) return r;
    err_clear();
    bool found;
    Value n = OBJ_VAL(name);
    r = dunder_call(self, N.__getattr__, &n, 1, &found);
    if (!found) {
        err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(self), name->data);
        err_attr_context(self, name);
        return V_NULL;
    }
    return r;
}

/* a class with __setattr__ or __delattr__: x.a = v and del x.a call them */
static int slot_setattr(Value self, Str *name, Value v) {
    bool found;
    Value args[2] = {OBJ_VAL(name), v};
    Value r = dunder_call(self, v ? N.__setattr__ : N.__delattr__, args, v ? 2 : 1, &found);
    if (!found) return generic_setattr(self, name, v);
    if (!r) return -1;
    decref(r);
    return 0;
}

static bool has(Dict *ns, Str *n) {
    Value v = dict_get_str(ns, n);
    if (v) { decref(v); return true; }
    return false;
}

/* Fill the slots of a class from its namespace, on top of what its base has. */
static void fix_slots(Type *t) {
    Type *b = t->base;
    Dict *ns = t->dict;
#define INHERIT(s) t->s = b->s
    INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(richcmp); INHERIT(getattr); INHERIT(call);
    INHERIT(iter); INHERIT(next); INHERIT(len); INHERIT(getitem); INHERIT(setitem); INHERIT(contains);
    INHERIT(truth); INHERIT(setattr);
#undef INHERIT
    if (has(ns, N.__repr__)) t->repr = slot_repr;
    if (has(ns, N.__str__)) t->str = slot_str;
    for (int i = 0; i < 6; i++)
        if (has(ns, *cmp_names[i])) t->richcmp = slot_richcmp;
    Value h = dict_get_str(ns, N.__hash__);
    if (h) {
        t->hash = h == V_NONE ? NULL : slot_hash;
        decref(h);
    }
    if (has(ns, N.__getattr__)) t->getattr = slot_getattr;
    if (has(ns, N.__setattr__) || has(ns, N.__delattr__)) t->setattr = slot_setattr;
    if (has(ns, N.__call__)) t->call = slot_call;
    if (has(ns, N.__iter__)) t->iter = slot_iter;
    if (has(ns, N.__next__)) { t->next = slot_next; t->flags &= ~(uint32_t)TF_ITER_SELF; }
    if (has(ns, N.__len__)) t->len = slot_len;
    if (has(ns, N.__getitem__)) t->getitem = slot_getitem;
    if (has(ns, N.__setitem__) || has(ns, N.__delitem__)) t->setitem = slot_setitem;
    if (has(ns, N.__contains__)) t->contains = slot_contains;
    if (has(ns, N.__bool__) || has(ns, N.__len__)) t->truth = slot_truth;
}

/* ---- instances ------------------------------------------------------------------ */
void exc_dealloc_fields(Obj *o);

static void instance_dealloc(Obj *o) {
    Instance *i = (Instance *)o;
    if (i->dict) decref(OBJ_VAL(i->dict));
    if (o->type->flags & TF_EXC) exc_dealloc_fields(o);
    obj_free(o);
}

Value instance_new_raw(Type *t) {
    Instance *o = (Instance *)obj_new(t, t->basicsize);
    if (!o) return V_NULL;
    memset((char *)o + sizeof(Obj), 0, t->basicsize - sizeof(Obj));
    Value d = dict_new();
    if (!d) { obj_free(&o->ob); return V_NULL; }
    o->dict = AS_DICT(d);
    return OBJ_VAL(o);
}

static Value object_repr(Value v) {
    Type *t = TYPE(v);
    Value mod = t->dict ? dict_get_str(t->dict, N.__module__) : V_NULL;
    Value qn = t->dict ? dict_get_str(t->dict, N.__qualname__) : V_NULL;
    SBuf b;
    sb_init(&b);
    sb_addc(&b, '<');
    if (mod && IS_STR(mod) && !str_eq_c(AS_STR(mod), "builtins")) { sb_add_str(&b, AS_STR(mod)); sb_addc(&b, '.'); }
    if (qn && IS_STR(qn)) sb_add_str(&b, AS_STR(qn));
    else sb_adds(&b, t->cname);
    sb_addf(&b, " object at %p>", (void *)v);
    xdecref(mod);
    xdecref(qn);
    return sb_finish(&b);
}

Value bind_method(Value f, Value self) {
    Type *ft = TYPE(f);
    if (ft == &FunctionType || (ft == &NativeType && !((Native *)AS_OBJ(f))->self)) return method_new(self, f);
    if (ft == &StaticMethodType) { Value g = ((Wrapper *)AS_OBJ(f))->func; incref(g); return g; }
    if (ft == &ClassMethodType) return method_new(OBJ_VAL(TYPE(self)), ((Wrapper *)AS_OBJ(f))->func);
    if (ft == &PropertyType) {
        Property *p = (Property *)AS_OBJ(f);
        if (p->fget == V_NONE) return err_set_str(&Exc_AttributeError, "unreadable attribute");
        return call1(p->fget, self);
    }
    incref(f);
    return f;
}

static Dict *instance_dict(Value o) {
    if (IS_SMALL(o)) return NULL;
    Type *t = AS_OBJ(o)->type;
    if (t->flags & (TF_INSTANCE | TF_EXC)) return ((Instance *)AS_OBJ(o))->dict;
    return NULL;
}

Value generic_getattr(Value o, Str *name, bool raise) {
    Type *t = TYPE(o);
    if (!(t->flags & TF_HEAP)) {
        Value b = builtin_dunder(o, name); /* (5).__add__, "ab".__len__, ... */
        if (b || err_occurred()) return b;
    }
    Value descr = type_lookup(t, name);
    if (descr && IS_TYPE(descr, PropertyType)) {
        Value r = bind_method(descr, o);
        decref(descr);
        return r;
    }
    Dict *d = instance_dict(o);
    if (d) {
        Value v = dict_get_str(d, name);
        if (v) { xdecref(descr); return v; }
    }
    if (descr) {
        Value r = bind_method(descr, o);
        decref(descr);
        return r;
    }
    if (name == N.__class__) { incref(OBJ_VAL(t)); return OBJ_VAL(t); }
    if (name == N.__dict__ && d) { incref(OBJ_VAL(d)); return OBJ_VAL(d); }
    (void)raise;
    err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'", t->cname, name->data);
    err_attr_context(o, name);
    return V_NULL;
}

int generic_setattr(Value o, Str *name, Value v) {
    Type *t = TYPE(o);
    Value descr = type_lookup(t, name);
    if (descr && IS_TYPE(descr, PropertyType)) {
        Property *p = (Property *)AS_OBJ(descr);
        Value f = v ? p->fset : p->fdel;
        Value r = V_NULL;
        if (f == V_NONE) {
            Value qn = dict_get_str(t->dict, N.__qualname__);
            err_format(&Exc_AttributeError, "property '%s' of '%s' object has no %s", name->data,
                       qn && IS_STR(qn) ? AS_STR(qn)->data : t->cname, v ? "setter" : "deleter");
            xdecref(qn);
        } else r = v ? call2(f, o, v) : call1(f, o);
        decref(descr);
        if (!r) return -1;
        decref(r);
        return 0;
    }
    xdecref(descr);
    Dict *d = instance_dict(o);
    if (!d) {
        if (v) err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'", t->cname, name->data);
        else err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'", t->cname, name->data);
        return -1;
    }
    if (v) return dict_set_str(d, name, v);
    int r = dict_del(d, OBJ_VAL(name));
    if (r == 0) {
        err_format(&Exc_AttributeError, "'%s' object has no attribute '%s'", t->cname, name->data);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* ---- class creation --------------------------------------------------------------- */
Value type_new_class(Str *name, Value bases, Dict *ns, Str *qualname) {
    Type *base = &ObjectType;
    if (bases && AS_TUPLE(bases)->len > 0) {
        if (AS_TUPLE(bases)->len > 1)
            return err_set_str(&Exc_TypeError, "multiple inheritance is not supported (twinpy: one base class)");
        Value b = AS_TUPLE(bases)->items[0];
        if (!IS_CLASS(b)) return err_format(&Exc_TypeError, "bases must be types");
        base = AS_TYPE(b);
        if (!(base->flags & (TF_HEAP | TF_EXC)) && base != &ObjectType)
            return err_format(&Exc_TypeError, "subclassing the built-in type '%s' is not supported", base->cname);
    }
    Type *t = (Type *)obj_new(&TypeType, sizeof(Type));
    if (!t) return V_NULL;
    memset((char *)t + sizeof(Obj), 0, sizeof(Type) - sizeof(Obj));
    immortal_track(&t->ob);
    incref(OBJ_VAL(name));
    t->name = str_intern(name);
    t->cname = t->name->data;
    t->base = base;
    incref(OBJ_VAL(ns));
    immortal_track(&ns->ob);
    t->dict = ns;
    t->flags = TF_HEAP | TF_BASETYPE | TF_INSTANCE | (base->flags & (TF_EXC | TF_ITER_SELF));
    t->basicsize = (base->flags & TF_EXC) ? sizeof(Exc) : sizeof(Instance);
    t->dealloc = instance_dealloc;
    if (!has(ns, N.__qualname__)) dict_set_str(ns, N.__qualname__, OBJ_VAL(qualname ? qualname : name));
    if (has(ns, N.__eq__) && !has(ns, N.__hash__)) dict_set_str(ns, N.__hash__, V_NONE);
    fix_slots(t);
    if (t->repr == NULL) t->repr = object_repr;
    return OBJ_VAL(t);
}

/* object.__init__: takes only the instance */
static Value object_init(Value *a, int n, Dict *kw) {
    (void)a;
    if (n > 1 || (kw && dict_len(kw)))
        return err_set_str(&Exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    return V_NONE;
}
static bool is_object_init(Value f) { return IS_TYPE(f, NativeType) && ((Native *)AS_OBJ(f))->fn == object_init; }

Value type_call(Value self, Value *args, int nargs, Dict *kw) {
    Type *t = AS_TYPE(self);
    if (t->newobj) return t->newobj(t, args, nargs, kw);
    if (!(t->flags & TF_HEAP)) return err_format(&Exc_TypeError, "cannot create '%s' instances", t->cname);
    Value o = instance_new_raw(t);
    if (!o) return V_NULL;
    if (t->flags & TF_EXC) {
        Value a = tuple_from_array(args, nargs);
        if (!a) { decref(o); return V_NULL; }
        ((Exc *)AS_OBJ(o))->args = a;
    }
    Value init = type_lookup(t, N.__init__);
    if (init && is_object_init(init)) {
        decref(init);
        init = V_NULL;
    }
    if (init) {
        Value r;
        if (IS_FUNC(init) && nargs < 8) {
            /* call __init__(self, *args) without making a bound method */
            Value a[8];
            a[0] = o;
            for (int i = 0; i < nargs; i++) a[i + 1] = args[i];
            r = call(init, a, nargs + 1, kw);
        } else {
            Value bound = bind_method(init, o);
            r = bound ? call(bound, args, nargs, kw) : V_NULL;
            xdecref(bound);
        }
        decref(init);
        if (!r) { decref(o); return V_NULL; }
        if (r != V_NONE) {
            err_format(&Exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
            decref(r);
            decref(o);
            return V_NULL;
        }
    } else if (nargs || (kw && dict_len(kw))) {
        decref(o);
        return err_format(&Exc_TypeError, "%s() takes no arguments", t->cname);
    }
    return o;
}

/* type(x) and type(name, bases, dict) */
static Value type_newobj(Type *tt, Value *args, int nargs, Dict *kw) {
    (void)tt;
    if (nargs == 1 && !kw) { Value t = OBJ_VAL(TYPE(args[0])); incref(t); return t; }
    if (nargs != 3) return err_set_str(&Exc_TypeError, "type() takes 1 or 3 arguments");
    if (!IS_STR(args[0]) || !IS_TUPLE(args[1]) || !IS_DICT(args[2]))
        return err_set_str(&Exc_TypeError, "type.__new__() argument types are (str, tuple, dict)");
    Value ns = dict_copy(AS_DICT(args[2]));
    if (!ns) return V_NULL;
    if (!has(AS_DICT(ns), N.__module__)) dict_set_str(AS_DICT(ns), N.__module__, OBJ_VAL(str_intern_c("__main__")));
    Value r = type_new_class(AS_STR(args[0]), args[1], AS_DICT(ns), NULL);
    decref(ns);
    return r;
}

/* C.mro(): the classes searched for an attribute, C first */
static Value type_mro(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value l = list_new(0);
    for (Type *k = AS_TYPE(a[0]); l && k; k = k->base)
        if (list_append(l, OBJ_VAL(k)) < 0) { decref(l); l = V_NULL; }
    return l;
}

static Value type_getattr(Value self, Str *name) {
    Type *t = AS_TYPE(self);
    if (name == N.__name__) { incref(OBJ_VAL(t->name)); return OBJ_VAL(t->name); }
    Value v = type_lookup(t, name);
    if (v) {
        Type *vt = TYPE(v);
        if (vt == &ClassMethodType) {
            Value r = method_new(self, ((Wrapper *)AS_OBJ(v))->func);
            decref(v);
            return r;
        }
        if (vt == &StaticMethodType) {
            Value f = ((Wrapper *)AS_OBJ(v))->func;
            incref(f);
            decref(v);
            return f;
        }
        return v;
    }
    if (name == N.__qualname__) { incref(OBJ_VAL(t->name)); return OBJ_VAL(t->name); }
    if (name == N.__bases__ || name == N.__base__) {
        if (name == N.__base__) {
            Value b = t->base ? OBJ_VAL(t->base) : V_NONE;
            incref(b);
            return b;
        }
        return t->base ? tuple_pack(1, (incref(OBJ_VAL(t->base)), OBJ_VAL(t->base))) : tuple_new(0);
    }
    if (name == N.__mro__) {
        Value l = list_new(0);
        for (Type *k = t; k; k = k->base) list_append(l, OBJ_VAL(k));
        Value r = seq_to_tuple(l);
        decref(l);
        return r;
    }
    if (name == N.__dict__) return dict_copy(t->dict);
    if (name == N.__class__) { incref(OBJ_VAL(&TypeType)); return OBJ_VAL(&TypeType); }
    if (name == N.__doc__) return V_NONE;
    if (str_eq_c(name, "mro")) return native_new("mro", type_mro, 1, 1, false, self); /* C.mro() */
    err_format(&Exc_AttributeError, "type object '%s' has no attribute '%s'", t->cname, name->data);
    err_attr_context(self, name);
    return V_NULL;
}

static int type_setattr(Value self, Str *name, Value v) {
    Type *t = AS_TYPE(self);
    if (!(t->flags & TF_HEAP))
        return err_format(&Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data, t->cname), -1;
    int r;
    type_modified(); /* before and after: a lookup racing with the change is not cached */
    if (v) r = dict_set_str(t->dict, name, v);
    else {
        r = dict_del(t->dict, OBJ_VAL(name));
        if (r == 0) {
            err_format(&Exc_AttributeError, "type object '%s' has no attribute '%s'", t->cname, name->data);
            return -1;
        }
        r = r < 0 ? -1 : 0;
    }
    if (r == 0 && name->len > 4 && name->data[0] == '_' && name->data[1] == '_') fix_slots(t);
    type_modified();
    return r;
}

static Value type_repr(Value v) {
    Type *t = AS_TYPE(v);
    Value mod = t->dict ? dict_get_str(t->dict, N.__module__) : V_NULL;
    Value qn = t->dict ? dict_get_str(t->dict, N.__qualname__) : V_NULL;
    SBuf b;
    sb_init(&b);
    sb_adds(&b, "<class '");
    if (mod && IS_STR(mod) && !str_eq_c(AS_STR(mod), "builtins")) { sb_add_str(&b, AS_STR(mod)); sb_addc(&b, '.'); }
    if (qn && IS_STR(qn)) sb_add_str(&b, AS_STR(qn));
    else sb_adds(&b, t->cname);
    sb_adds(&b, "'>");
    xdecref(mod);
    xdecref(qn);
    return sb_finish(&b);
}

static Value type_richcmp(Value a, Value b, int op) {
    if (op == CMP_EQ) return MK_BOOL(a == b);
    if (op == CMP_NE) return MK_BOOL(a != b);
    return V_NOTIMPL;
}

/* ---- None, NotImplemented, Ellipsis, object -------------------------------------- */
static Value none_repr(Value v) { (void)v; return str_from_c("None"); }
static Value notimpl_repr(Value v) { (void)v; return str_from_c("NotImplemented"); }
static Value ellipsis_repr(Value v) { (void)v; return str_from_c("Ellipsis"); }
static bool none_truth(Value v, int *err) { (void)v; (void)err; return false; }
static void never_dealloc(Obj *o) { (void)o; }
static Value object_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t; (void)args; (void)kw;
    if (nargs) return err_set_str(&Exc_TypeError, "object() takes no arguments");
    Obj *o = obj_new(&ObjectType, sizeof(Obj));
    return o ? OBJ_VAL(o) : V_NULL;
}
static void plain_dealloc(Obj *o) { obj_free(o); }

/* object.__init__ etc. so that super().__init__() works in any class */
static Value object_eq(Value *a, int n, Dict *kw) { (void)n; (void)kw; return a[0] == a[1] ? V_TRUE : V_NOTIMPL; }
static Value object_ne(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    /* not (self == other) by the type's own equality */
    Type *tp = TYPE(a[0]);
    Value r = tp->richcmp ? tp->richcmp(a[0], a[1], CMP_EQ) : a[0] == a[1] ? V_TRUE : V_NOTIMPL;
    if (!r || r == V_NOTIMPL) return r;
    int t = obj_truth(r);
    decref(r);
    return t < 0 ? V_NULL : MK_BOOL(!t);
}
static Value object_repr_m(Value *a, int n, Dict *kw) { (void)n; (void)kw; return object_repr(a[0]); }
static Value object_str_m(Value *a, int n, Dict *kw) { (void)n; (void)kw; return obj_repr(a[0]); }
static Value object_hash_m(Value *a, int n, Dict *kw) { (void)n; (void)kw; return int_from_i64(identity_hash(a[0])); }
static Value object_setattr_m(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_STR(a[1])) return err_set_str(&Exc_TypeError, "attribute name must be string");
    return generic_setattr(a[0], str_intern((incref(a[1]), AS_STR(a[1]))), a[2]) < 0 ? V_NULL : V_NONE;
}
static Value object_delattr_m(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_STR(a[1])) return err_set_str(&Exc_TypeError, "attribute name must be string");
    return generic_setattr(a[0], str_intern((incref(a[1]), AS_STR(a[1]))), V_NULL) < 0 ? V_NULL : V_NONE;
}
static Value object_getattribute_m(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_STR(a[1])) return err_set_str(&Exc_TypeError, "attribute name must be string");
    return generic_getattr(a[0], str_intern((incref(a[1]), AS_STR(a[1]))), true);
}

/* ---- super --------------------------------------------------------------------------- */
typedef struct { Obj ob; Type *type; Value obj; } Super;
Value super_new(Type *start, Value obj) {
    Super *s = (Super *)obj_new(&SuperType, sizeof(Super));
    if (!s) return V_NULL;
    s->type = start;
    incref(obj);
    s->obj = obj;
    return OBJ_VAL(s);
}
static void super_dealloc(Obj *o) { decref(((Super *)o)->obj); obj_free(o); }
static Value super_getattr(Value self, Str *name) {
    Super *s = (Super *)AS_OBJ(self);
    Type *from = s->type->base;
    Value v = from ? type_lookup(from, name) : V_NULL;
    if (!v) return err_format(&Exc_AttributeError, "'super' object has no attribute '%s'", name->data);
    Value r;
    if (IS_CLASS(s->obj) && type_is_subtype(AS_TYPE(s->obj), s->type)) {
        /* super() inside a classmethod */
        if (IS_TYPE(v, ClassMethodType)) r = method_new(s->obj, ((Wrapper *)AS_OBJ(v))->func);
        else { incref(v); r = v; }
    } else r = bind_method(v, s->obj);
    decref(v);
    return r;
}
Value builtin_super(Value *args, int nargs, Dict *kw);
static Value super_newobj(Type *t, Value *args, int nargs, Dict *kw) { (void)t; return builtin_super(args, nargs, kw); }

/* ---- property, staticmethod, classmethod ------------------------------------------------ */
static Value property_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    Value a[3] = {V_NONE, V_NONE, V_NONE};
    for (int i = 0; i < nargs && i < 3; i++) a[i] = args[i];
    if (kw) {
        Value v;
        if ((v = kw_take(kw, N.fget))) { a[0] = v; decref(v); }
        if ((v = kw_take(kw, N.fset))) { a[1] = v; decref(v); }
        if ((v = kw_take(kw, N.fdel))) { a[2] = v; decref(v); }
        Value doc = kw_take(kw, N.__doc__);
        xdecref(doc);
        if (kw_done("property", kw) < 0) return V_NULL;
    }
    Property *p = (Property *)obj_new(&PropertyType, sizeof(Property));
    if (!p) return V_NULL;
    incref(a[0]); incref(a[1]); incref(a[2]);
    p->fget = a[0];
    p->fset = a[1];
    p->fdel = a[2];
    return OBJ_VAL(p);
}
static void property_dealloc(Obj *o) {
    Property *p = (Property *)o;
    decref(p->fget); decref(p->fset); decref(p->fdel);
    obj_free(o);
}
static Value property_with(Value *a, int which) {
    Property *p = (Property *)AS_OBJ(a[0]);
    Value v[3] = {p->fget, p->fset, p->fdel};
    v[which] = a[1];
    return property_newobj(&PropertyType, v, 3, NULL);
}
static Value prop_getter(Value *a, int n, Dict *kw) { (void)n; (void)kw; return property_with(a, 0); }
static Value prop_setter(Value *a, int n, Dict *kw) { (void)n; (void)kw; return property_with(a, 1); }
static Value prop_deleter(Value *a, int n, Dict *kw) { (void)n; (void)kw; return property_with(a, 2); }

static Value object_init_subclass(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return V_NONE; }
static Value wrapper_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    if (kw_none(t->cname, kw) < 0) return V_NULL;
    if (nargs != 1) return err_format(&Exc_TypeError, "%s expected 1 argument, got %d", t->cname, nargs);
    Wrapper *w = (Wrapper *)obj_new(t, sizeof(Wrapper));
    if (!w) return V_NULL;
    incref(args[0]);
    w->func = args[0];
    return OBJ_VAL(w);
}
static void wrapper_dealloc(Obj *o) { decref(((Wrapper *)o)->func); obj_free(o); }
static Value wrapper_getattr(Value self, Str *name) {
    Wrapper *w = (Wrapper *)AS_OBJ(self);
    if (str_eq_c(name, "__func__") || name == N.__wrapped__) { incref(w->func); return w->func; }
    return obj_getattr(w->func, name);
}
static Value staticmethod_call(Value self, Value *args, int nargs, Dict *kw) {
    return call(((Wrapper *)AS_OBJ(self))->func, args, nargs, kw);
}

void type_init(void) {
    TypeType.dealloc = never_dealloc;
    TypeType.repr = type_repr;
    TypeType.call = type_call;
    TypeType.newobj = type_newobj;
    TypeType.getattr = type_getattr;
    TypeType.setattr = type_setattr;
    TypeType.richcmp = type_richcmp;
    TypeType.hash = identity_hash;
    type_ready(&TypeType, "type", &ObjectType);
    ObjectType.dealloc = plain_dealloc;
    ObjectType.repr = object_repr;
    ObjectType.hash = identity_hash;
    ObjectType.newobj = object_newobj;
    type_ready(&ObjectType, "object", NULL);
    type_add_method(&ObjectType, "__init__", object_init, 1, -1, true);
    type_add_method(&ObjectType, "__eq__", object_eq, 2, 2, false);
    type_add_method(&ObjectType, "__ne__", object_ne, 2, 2, false);
    type_add_method(&ObjectType, "__repr__", object_repr_m, 1, 1, false);
    type_add_method(&ObjectType, "__str__", object_str_m, 1, 1, false);
    type_add_method(&ObjectType, "__hash__", object_hash_m, 1, 1, false);
    type_add_method(&ObjectType, "__setattr__", object_setattr_m, 3, 3, false);
    type_add_method(&ObjectType, "__delattr__", object_delattr_m, 2, 2, false);
    type_add_method(&ObjectType, "__getattribute__", object_getattribute_m, 2, 2, false);
    NoneType.dealloc = never_dealloc;
    NoneType.repr = none_repr;
    NoneType.truth = none_truth;
    NoneType.hash = identity_hash;
    type_ready(&NoneType, "NoneType", &ObjectType);
    NotImplementedType.dealloc = never_dealloc;
    NotImplementedType.repr = notimpl_repr;
    type_ready(&NotImplementedType, "NotImplementedType", &ObjectType);
    EllipsisType.dealloc = never_dealloc;
    EllipsisType.repr = ellipsis_repr;
    type_ready(&EllipsisType, "ellipsis", &ObjectType);
    SuperType.dealloc = super_dealloc;
    SuperType.getattr = super_getattr;
    SuperType.newobj = super_newobj;
    type_ready(&SuperType, "super", &ObjectType);
    PropertyType.dealloc = property_dealloc;
    PropertyType.newobj = property_newobj;
    type_ready(&PropertyType, "property", &ObjectType);
    type_add_method(&PropertyType, "getter", prop_getter, 2, 2, false);
    type_add_method(&PropertyType, "setter", prop_setter, 2, 2, false);
    type_add_method(&PropertyType, "deleter", prop_deleter, 2, 2, false);
    StaticMethodType.dealloc = wrapper_dealloc;
    StaticMethodType.newobj = wrapper_newobj;
    StaticMethodType.getattr = wrapper_getattr;
    StaticMethodType.call = staticmethod_call;
    type_ready(&StaticMethodType, "staticmethod", &ObjectType);
    ClassMethodType.dealloc = wrapper_dealloc;
    ClassMethodType.newobj = wrapper_newobj;
    ClassMethodType.getattr = wrapper_getattr;
    type_ready(&ClassMethodType, "classmethod", &ObjectType);
    /* object.__init_subclass__, a class method that does nothing, so that
     * super().__init_subclass__() works from any class */
    Value nf = native_new("__init_subclass__", object_init_subclass, 1, 1, false, V_NULL);
    Value cm = nf ? wrapper_newobj(&ClassMethodType, &nf, 1, NULL) : V_NULL;
    xdecref(nf);
    type_add_value(&ObjectType, "__init_subclass__", cm);
    xdecref(cm);
}
