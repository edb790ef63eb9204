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

/* The i-th class of t's method resolution order (t itself is 0), NULL past
 * the end: a class's C3 order, or a built-in type's chain of bases. */
Type *mro_item(Type *t, int64_t i) {
    if (t->mro) return i < t->mro->len ? AS_TYPE(t->mro->items[i]) : NULL;
    for (; t && i > 0; i--) t = t->base;
    return t;
}

static Value lookup_in(Type *k, Str *name) {
    return k->dict ? dict_get_str(k->dict, name) : V_NULL;
}

/* name in the classes of t's MRO after index `from` */
static Value lookup_from(Type *t, int64_t from, Str *name) {
    Type *k;
    for (int64_t i = from; (k = mro_item(t, i)) != NULL; i++) {
        Value v = lookup_in(k, name);
        if (v || err_occurred()) return v;
    }
    return V_NULL;
}

static Value type_lookup_walk(Type *t, Str *name) { return lookup_from(t, 0, name); }

/* name in the classes of t's MRO that come after `after` (super()'s search) */
Value type_lookup_after(Type *t, Type *after, Str *name) {
    Type *k;
    for (int64_t i = 0; (k = mro_item(t, i)) != NULL; i++)
        if (k == after) return lookup_from(t, i + 1, name);
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
    if (a->mro) {
        for (int64_t i = 0; i < a->mro->len; i++)
            if (AS_TYPE(a->mro->items[i]) == b) return true;
        return false;
    }
    for (; a; a = a->base)
        if (a == b) return true;
    return false;
}

/* The C3 linearization of a class with these bases: each base's MRO and
 * the list of bases merged so that every class comes before its bases and
 * the bases keep their order.  NULL with TypeError when no such order exists. */
static Value c3_mro(Type *t, Tuple *bases) {
    int64_t nb = bases->len, total = 1;
    for (int64_t j = 0; j < nb; j++)
        for (int64_t i = 0; mro_item(AS_TYPE(bases->items[j]), i); i++) total++;
    /* seqs 0..nb-1: the bases' MROs; seq nb: the bases themselves */
    Type ***seq = mem_calloc((size_t)(nb + 1) * sizeof *seq);
    int64_t *len = mem_calloc((size_t)(nb + 1) * sizeof *len), *head = mem_calloc((size_t)(nb + 1) * sizeof *head);
    Type **out = mem_alloc((size_t)total * sizeof *out);
    Value r = V_NULL;
    if (!seq || !len || !head || !out) goto done;
    for (int64_t j = 0; j <= nb; j++) {
        int64_t n = 0;
        if (j < nb) while (mro_item(AS_TYPE(bases->items[j]), n)) n++;
        else n = nb;
        if (!(seq[j] = mem_alloc((size_t)(n ? n : 1) * sizeof **seq))) goto done;
        for (int64_t i = 0; i < n; i++) seq[j][i] = j < nb ? mro_item(AS_TYPE(bases->items[j]), i) : AS_TYPE(bases->items[i]);
        len[j] = n;
    }
    int64_t nout = 0;
    out[nout++] = t;
    for (;;) {
        Type *pick = NULL;
        bool left = false;
        for (int64_t j = 0; j <= nb && !pick; j++) {
            if (head[j] >= len[j]) continue;
            left = true;
            Type *c = seq[j][head[j]];
            bool in_tail = false;
            for (int64_t k = 0; k <= nb && !in_tail; k++)
                for (int64_t i = head[k] + 1; i < len[k]; i++)
                    if (seq[k][i] == c) { in_tail = true; break; }
            if (!in_tail) pick = c;
        }
        if (!left) break;
        if (!pick) {
            SBuf b;
            sb_init(&b);
            sb_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
            for (int64_t j = 0; j < nb; j++) { sb_adds(&b, j ? ", " : " "); sb_adds(&b, AS_TYPE(bases->items[j])->cname); }
            Value msg = sb_finish(&b);
            if (msg) { err_set_str(&Exc_TypeError, AS_STR(msg)->data); decref(msg); }
            goto done;
        }
        out[nout++] = pick;
        for (int64_t j = 0; j <= nb; j++)
            if (head[j] < len[j] && seq[j][head[j]] == pick) head[j]++;
    }
    r = tuple_new(nout);
    if (r)
        for (int64_t i = 0; i < nout; i++) AS_TUPLE(r)->items[i] = OBJ_VAL(out[i]); /* classes are immortal */
done:
    if (seq)
        for (int64_t j = 0; j <= nb; j++) mem_free(seq[j]);
    mem_free(seq);
    mem_free(len);
    mem_free(head);
    mem_free(out);
    return r;
}

/* Builtin types are finished at startup: name, base, an (immortal) dict. */
void dunder_note_type(Type *t);

void type_ready(Type *t, const char *name, Type *base) {
    dunder_note_type(t);
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
    ((Native *)AS_OBJ(f))->method = true;
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
        int_arg_error(r);
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
static Value type_getattr(Value self, Str *name);
static int type_setattr(Value self, Str *name, Value v);

/* the attribute rules a class's instances have without __getattr__:
 * a class's (when the instances are classes) or object's */
static Value plain_getattr(Value self, Str *name) {
    if (TYPE(self)->flags & TF_META) return type_getattr(self, name);
    return generic_getattr(self, name, false);
}

static Value slot_getattr(Value self, Str *name) {
    Type *t = TYPE(self);
    Value r;
    Value ga = type_lookup(t, N.__getattribute__);
    if (ga && !(IS_TYPE(ga, NativeType) && ((Native *)AS_OBJ(ga))->owner == NULL)) {
        /* a __getattribute__ of the class's own (object's is a native without owner) */
        Value args[2] = {self, OBJ_VAL(name)};
        r = call(ga, args, 2, NULL);
    } else r = plain_getattr(self, name);
    xdecref(ga);
    if (r || !err_matches(&Exc_AttributeError)) return r;
    Value exc = err_fetch(); /* a lookup runs with no exception pending */
    Value gattr = type_lookup(t, N.__getattr__);
    if (!gattr) {
        if (err_occurred()) xdecref(exc);
        else err_set_exc(exc);
        return V_NULL;
    }
    xdecref(exc);
    Value args[2] = {self, OBJ_VAL(name)};
    r = call(gattr, args, 2, NULL);
    decref(gattr);
    return r;
}

/* a class with __setattr__ or __delattr__: x.a = v and del x.a call them */
static int slot_setattr(Value self, Str *name, Value v) {
    bool found;
    Value args[2] = {OBJ_VAL(name), v};
    Value r = dunder_call(self, v ? N.__setattr__ : N.__delattr__, args, v ? 2 : 1, &found);
    if (!found) return (TYPE(self)->flags & TF_META) ? type_setattr(self, name, v) : generic_setattr(self, name, v);
    if (!r) return -1;
    decref(r);
    return 0;
}

static bool has(Dict *ns, Str *n) {
    Value v = dict_get_str(ns, n);
    if (v) { decref(v); return true; }
    return false;
}

/* Point the slots of t at the dunder methods namespace ns defines. */
static void slots_from(Type *t, Dict *ns) {
    if (has(ns, N.__repr__)) t->repr = slot_repr;
    if (has(ns, N.__str__)) t->str = slot_str;
    for (int i = 0; i < 6; i++)
        if (has(ns, *cmp_names[i])) t->richcmp = slot_richcmp;
    Value h = dict_get_str(ns, N.__hash__);
    if (h) {
        t->hash = h == V_NONE ? NULL : slot_hash;
        decref(h);
    }
    if (has(ns, N.__getattr__) || has(ns, N.__getattribute__)) t->getattr = slot_getattr;
    if (has(ns, N.__setattr__) || has(ns, N.__delattr__)) t->setattr = slot_setattr;
    if (has(ns, N.__call__)) t->call = slot_call;
    if (has(ns, N.__iter__)) t->iter = slot_iter;
    if (has(ns, N.__next__)) { t->next = slot_next; t->flags &= ~(uint32_t)TF_ITER_SELF; }
    if (has(ns, N.__len__)) t->len = slot_len;
    if (has(ns, N.__getitem__)) t->getitem = slot_getitem;
    if (has(ns, N.__setitem__) || has(ns, N.__delitem__)) t->setitem = slot_setitem;
    if (has(ns, N.__contains__)) t->contains = slot_contains;
    if (has(ns, N.__bool__) || has(ns, N.__len__)) t->truth = slot_truth;
    if (has(ns, N.__del__)) t->flags |= TF_FINALIZER;
}

/* Fill the slots of a class: its layout base's, then what each class of
 * its MRO defines, from the farthest to the class itself. */
static void fix_slots(Type *t) {
    Type *b = t->base;
#define INHERIT(s) t->s = b->s
    INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(richcmp); INHERIT(getattr); INHERIT(call);
    INHERIT(iter); INHERIT(next); INHERIT(len); INHERIT(getitem); INHERIT(setitem); INHERIT(contains);
    INHERIT(truth); INHERIT(setattr);
#undef INHERIT
    t->flags &= ~(uint32_t)TF_FINALIZER;
    int64_t n = t->mro ? t->mro->len : 1;
    for (int64_t i = n - 1; i >= 0; i--) {
        Type *k = mro_item(t, i);
        if (k->flags & TF_HEAP) slots_from(t, k->dict);
    }
}

/* ---- instances ------------------------------------------------------------------ */
void exc_dealloc_fields(Obj *o);

/* Run o.__del__() for an instance whose count reached zero: it is alive
 * again while the method runs (as for a generator's close in vm.c); an
 * exception it raises is reported as CPython reports it and dropped, the
 * one being raised around it is kept.  False: the method kept a reference,
 * so the object lives on. */
static bool run_finalizer(Obj *o) {
    POL_RESURRECT(o);
    Value pending = err_fetch();
    Value self = OBJ_VAL(o);
    Value m = type_lookup(o->type, N.__del__);
    Value r = m ? call_with_self(m, self, NULL, 0, NULL) : V_NULL;
    if (r) decref(r);
    else if (err_occurred()) {
        Value e = err_fetch();
        Value mr = m ? obj_repr(m) : V_NULL;
        fprintf(stderr, "Exception ignored in: %s\n", mr && IS_STR(mr) ? AS_STR(mr)->data : "__del__");
        xdecref(mr);
        if (e) { exc_print(e, stderr); decref(e); }
    }
    xdecref(m);
    if (pending) err_set_exc(pending);
    return POL_DECREF_IS_ZERO(o);
}

/* The objects whose __del__ kept them alive: __del__ runs once per object
 * (as since PEP 442), so when one of them is dropped again it is freed
 * without a second call.  Rare, so a short list searched under a mutex. */
static pthread_mutex_t resurrected_mu = PTHREAD_MUTEX_INITIALIZER;
static Obj **resurrected;
static size_t n_resurrected, cap_resurrected;
static bool take_resurrected(Obj *o) {
    bool found = false;
    pthread_mutex_lock(&resurrected_mu);
    for (size_t i = 0; i < n_resurrected; i++)
        if (resurrected[i] == o) { resurrected[i] = resurrected[--n_resurrected]; found = true; break; }
    pthread_mutex_unlock(&resurrected_mu);
    return found;
}
static void note_resurrected(Obj *o) {
    pthread_mutex_lock(&resurrected_mu);
    if (n_resurrected == cap_resurrected) {
        size_t cap = cap_resurrected ? cap_resurrected * 2 : 16;
        Obj **a = realloc(resurrected, cap * sizeof *a);
        if (a) { resurrected = a; cap_resurrected = cap; }
    }
    if (n_resurrected < cap_resurrected) resurrected[n_resurrected++] = o; /* else: __del__ may run again */
    pthread_mutex_unlock(&resurrected_mu);
}

static void instance_dealloc(Obj *o) {
    if ((o->type->flags & TF_FINALIZER) && cur_ts && !th_finalizing() && !take_resurrected(o) && !run_finalizer(o)) {
        note_resurrected(o);
        return;
    }
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
    if (ft == &FunctionType || (ft == &NativeType && ((Native *)AS_OBJ(f))->method && !((Native *)AS_OBJ(f))->self))
        return method_new(self, f);
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

/* a descriptor of a class of one's own (with __get__): what it gives for obj
 * (V_NONE for access through the class) of type owner; V_NULL, no error: not one */
static Value descr_get(Value d, Value obj, Value owner) {
    Type *dt = TYPE(d);
    if (!(dt->flags & TF_HEAP)) return V_NULL;
    Value get = type_lookup(dt, N.__get__);
    if (!get) return V_NULL;
    Value args[2] = {obj, owner};
    Value r = call_with_self(get, d, args, 2, NULL);
    decref(get);
    return r ? r : (err_occurred() ? V_NULL : V_NONE);
}

static bool is_data_descr(Value d) {
    Type *dt = TYPE(d);
    if (dt == &PropertyType) return true;
    if (!(dt->flags & TF_HEAP)) return false;
    Value s = type_lookup(dt, N.__set__);
    if (!s) s = type_lookup(dt, N.__delete__);
    if (!s) return false;
    decref(s);
    return true;
}

static Value class_attr(Value self, Value v) {
    Type *vt = TYPE(v);
    if (vt == &ClassMethodType) return method_new(self, ((Wrapper *)AS_OBJ(v))->func);
    if (vt == &StaticMethodType) { Value f = ((Wrapper *)AS_OBJ(v))->func; incref(f); return f; }
    if (vt->flags & TF_HEAP) {
        Value r = descr_get(v, V_NONE, self);
        if (r || err_occurred()) return r;
    }
    incref(v);
    return v;
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
    if (descr && is_data_descr(descr)) {
        /* a property or a descriptor with __set__ comes before the instance's dict */
        Value r = IS_TYPE(descr, PropertyType) ? bind_method(descr, o) : descr_get(descr, o, OBJ_VAL(t));
        if (!r && !err_occurred()) r = bind_method(descr, o);
        decref(descr);
        return r;
    }
    Dict *d = instance_dict(o);
    if (d) {
        Value v = dict_get_str(d, name);
        if (v) { xdecref(descr); return v; }
    }
    if (descr) {
        Value r = descr_get(descr, o, OBJ_VAL(t));
        if (!r && !err_occurred()) r = bind_method(descr, o);
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
    if (descr && (TYPE(descr)->flags & TF_HEAP)) {
        /* a descriptor of a class of one's own: __set__(obj, v) or __delete__(obj) */
        Value m = type_lookup(TYPE(descr), v ? N.__set__ : N.__delete__);
        if (m) {
            Value args[2] = {o, v};
            Value r = call_with_self(m, descr, args, v ? 2 : 1, NULL);
            decref(m);
            decref(descr);
            if (!r) return -1;
            decref(r);
            return 0;
        }
        Value other = type_lookup(TYPE(descr), v ? N.__delete__ : N.__set__);
        if (other) {
            decref(other);
            decref(descr);
            return err_format(&Exc_AttributeError, "__%s__", v ? "set" : "delete"), -1;
        }
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
enum { LAYOUT_BAD = -1, LAYOUT_PLAIN, LAYOUT_EXC, LAYOUT_TYPE };

/* What instances of a class with base b look like in memory. */
static int layout_of(Type *b) {
    if (b->flags & TF_META) return LAYOUT_TYPE;
    if (b->flags & TF_EXC) return LAYOUT_EXC;
    if ((b->flags & TF_HEAP) || b == &ObjectType) return LAYOUT_PLAIN;
    return LAYOUT_BAD;
}

static Value wrap_in(Type *wrapper, Value f) {
    Wrapper *w = (Wrapper *)obj_new(wrapper, sizeof(Wrapper));
    if (!w) return V_NULL;
    incref(f);
    w->func = f;
    immortal_track(&w->ob);
    return OBJ_VAL(w);
}

/* __new__ is a static method and __init_subclass__ and __class_getitem__
 * are class methods even when written as plain functions */
static int implicit_wrappers(Dict *ns) {
    struct { Str *name; Type *wrapper; } w[] = {
        {N.__new__, &StaticMethodType}, {N.__init_subclass__, &ClassMethodType}, {N.__class_getitem__, &ClassMethodType}};
    for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
        Value f = dict_get_str(ns, w[i].name);
        if (!f) continue;
        int r = 0;
        if (IS_FUNC(f)) {
            Value m = wrap_in(w[i].wrapper, f);
            r = m ? dict_set_str(ns, w[i].name, m) : -1;
            xdecref(m);
        }
        decref(f);
        if (r < 0) return -1;
    }
    return 0;
}

/* The metaclass of a class statement: the most derived of the one asked
 * for (type if none) and the metaclasses of the bases. */
Value type_metaclass_for(Value meta, Value bases) {
    Type *winner = meta ? AS_TYPE(meta) : &TypeType;
    Tuple *b = AS_TUPLE(bases);
    for (int64_t i = 0; i < b->len; i++) {
        Type *bt = TYPE(b->items[i]);
        if (type_is_subtype(winner, bt)) continue;
        if (type_is_subtype(bt, winner)) { winner = bt; continue; }
        return err_set_str(&Exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                           "subclass of the metaclasses of all its bases");
    }
    incref(OBJ_VAL(winner));
    return OBJ_VAL(winner);
}

/* After a class is made: the __class__ cell its methods see, __set_name__
 * of the descriptors in its namespace, its bases' __init_subclass__. */
static int class_finish(Type *t, Dict *kw) {
    Value cls = OBJ_VAL(t);
    Value cell = dict_get_str(t->dict, N.__classcell__);
    if (cell) {
        if (IS_TYPE(cell, CellType)) { incref(cls); SETREF(((Cell *)AS_OBJ(cell))->v, cls); }
        decref(cell);
        if (dict_del(t->dict, OBJ_VAL(N.__classcell__)) < 0) return -1;
    }
    Value keys = dict_keys_snapshot(t->dict);
    if (!keys) return -1;
    for (int64_t i = 0; i < AS_LIST(keys)->len; i++) {
        Value k = AS_LIST(keys)->items[i];
        Value v = dict_get(t->dict, k);
        if (!v) { if (err_occurred()) { decref(keys); return -1; } continue; }
        Value r = V_NONE;
        if (TYPE(v)->flags & TF_HEAP) {
            bool found;
            Value args[2] = {cls, k};
            r = call_method_opt(v, N.__set_name__, args, 2, &found);
            if (!found) r = V_NONE;
        }
        decref(v);
        if (!r) {
            decref(keys);
            return -1;
        }
        decref(r);
    }
    decref(keys);
    Value hook = type_lookup_after(t, t, N.__init_subclass__);
    if (!hook) return err_occurred() ? -1 : 0;
    Value f = IS_TYPE(hook, ClassMethodType) ? ((Wrapper *)AS_OBJ(hook))->func : hook;
    Value r = call(f, &cls, 1, kw);
    decref(hook);
    if (!r) return -1;
    decref(r);
    return 0;
}

/* type.__new__(meta, name, bases, ns, **kw): a class whose type is meta. */
Value type_new_class(Type *meta, Str *name, Value basesv, Dict *ns, Dict *kw) {
    Value bases = basesv && AS_TUPLE(basesv)->len ? (incref(basesv), basesv) : tuple_pack(1, OBJ_VAL(&ObjectType));
    if (!bases) return V_NULL;
    Tuple *bt = AS_TUPLE(bases);
    Type *base = NULL;
    int layout = LAYOUT_PLAIN;
    for (int64_t i = 0; i < bt->len; i++) {
        Value b = bt->items[i];
        if (!IS_CLASS(b)) { decref(bases); return err_format(&Exc_TypeError, "bases must be types"); }
        Type *k = AS_TYPE(b);
        int l = layout_of(k);
        if (l == LAYOUT_BAD) {
            decref(bases);
            return err_format(&Exc_TypeError, "subclassing the built-in type '%s' is not supported", k->cname);
        }
        for (int64_t j = 0; j < i; j++)
            if (bt->items[j] == b) { decref(bases); return err_format(&Exc_TypeError, "duplicate base class %s", k->cname); }
        if (l != LAYOUT_PLAIN && layout != LAYOUT_PLAIN && l != layout) {
            decref(bases);
            return err_set_str(&Exc_TypeError, "multiple bases have instance lay-out conflict");
        }
        if (!base || (l != LAYOUT_PLAIN && layout == LAYOUT_PLAIN)) { base = k; layout = l; }
    }
    if (implicit_wrappers(ns) < 0) { decref(bases); return V_NULL; }
    Type *t = (Type *)obj_new(meta, sizeof(Type));
    if (!t) { decref(bases); return V_NULL; }
    memset((char *)t + sizeof(Obj), 0, sizeof(Type) - sizeof(Obj));
    immortal_track(&t->ob);
    Value mro = c3_mro(t, bt);
    if (!mro) { decref(bases); return V_NULL; } /* t is immortal: freed at exit */
    immortal_track(AS_OBJ(mro));
    immortal_track(&bt->ob);
    t->mro = AS_TUPLE(mro);
    t->bases = bt;
    incref(OBJ_VAL(name));
    t->name = str_intern(name);
    t->cname = t->name->data;
    t->base = base;
    incref(OBJ_VAL(ns));
    immortal_track(&ns->ob);
    t->dict = ns;
    t->flags = TF_HEAP | TF_BASETYPE | (base->flags & (TF_EXC | TF_ITER_SELF | TF_META));
    for (int64_t i = 0; i < bt->len; i++) t->flags |= AS_TYPE(bt->items[i])->flags & TF_EXC;
    if (layout == LAYOUT_TYPE) {
        t->basicsize = sizeof(Type);
        t->dealloc = base->dealloc; /* classes live until exit */
    } else {
        t->flags |= TF_INSTANCE;
        t->basicsize = layout == LAYOUT_EXC ? sizeof(Exc) : sizeof(Instance);
        t->dealloc = instance_dealloc;
    }
    if (has(ns, N.__abstractmethods__)) t->flags |= TF_ABSTRACT;
    if (!has(ns, N.__qualname__)) dict_set_str(ns, N.__qualname__, OBJ_VAL(name));
    if (has(ns, N.__eq__) && !has(ns, N.__hash__)) dict_set_str(ns, N.__hash__, V_NONE);
    fix_slots(t);
    if (t->repr == NULL) t->repr = object_repr;
    type_modified(); /* lookups cached as "absent" along the new MRO */
    if (class_finish(t, kw) < 0) return V_NULL;
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

static Value object_newobj(Type *t, Value *args, int nargs, Dict *kw);
static Value object_new_fn; /* object.__new__ (a static method): the default */

/* A bare instance of heap class t; an exception's args are the arguments. */
static Value instance_for_call(Type *t, Value *args, int nargs) {
    Value abstract = (t->flags & TF_ABSTRACT) ? dict_get_str(t->dict, N.__abstractmethods__) : V_NULL;
    if (abstract) {
        /* abc.ABCMeta's record of the methods a class still lacks */
        Value l = seq_to_list(abstract);
        decref(abstract);
        if (!l || list_sort(l, V_NULL, false) < 0) { xdecref(l); return V_NULL; }
        int64_t n = AS_LIST(l)->len;
        if (n) {
            SBuf b;
            sb_init(&b);
            sb_addf(&b, "Can't instantiate abstract class %s with abstract method%s ", t->cname, n > 1 ? "s" : "");
            for (int64_t i = 0; i < n; i++) {
                if (i) sb_adds(&b, ", ");
                Value x = AS_LIST(l)->items[i];
                if (IS_STR(x)) sb_add_str(&b, AS_STR(x));
            }
            decref(l);
            Value msg = sb_finish(&b);
            if (msg) { err_set_str(&Exc_TypeError, AS_STR(msg)->data); decref(msg); }
            return V_NULL;
        }
        decref(l);
    } else if (err_occurred()) return V_NULL;
    Value o = instance_new_raw(t);
    if (!o || !(t->flags & TF_EXC)) return o;
    Value a = tuple_from_array(args, nargs);
    if (!a) { decref(o); return V_NULL; }
    ((Exc *)AS_OBJ(o))->args = a;
    return o;
}

Value type_call(Value self, Value *args, int nargs, Dict *kw) {
    Type *t = AS_TYPE(self);
    if (t->newobj) return t->newobj(t, args, nargs, kw);
    if (!(t->flags & TF_HEAP)) return err_format(&Exc_TypeError, "cannot create '%s' instances", t->cname);
    Value nw = type_lookup(t, N.__new__);
    if (!nw && err_occurred()) return V_NULL;
    bool own_new = nw && nw != object_new_fn;
    Value o;
    if (own_new) {
        Value f = IS_TYPE(nw, StaticMethodType) ? ((Wrapper *)AS_OBJ(nw))->func : nw;
        o = call_with_self(f, self, args, nargs, kw);
        decref(nw);
        if (!o) return V_NULL;
        if (!type_is_subtype(TYPE(o), t)) return o; /* __init__ runs only on an instance of t */
    } else {
        xdecref(nw);
        if (!(o = instance_for_call(t, args, nargs))) return V_NULL;
    }
    Type *ot = TYPE(o);
    Value init = type_lookup(ot, N.__init__);
    if (init && is_object_init(init)) {
        decref(init);
        init = V_NULL;
    }
    if (init) {
        Value r;
        if (IS_FUNC(init)) r = call_with_self(init, o, args, nargs, kw); /* no bound method made */
        else {
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
    } else if (!own_new && (nargs || (kw && dict_len(kw)))) {
        decref(o);
        return err_format(&Exc_TypeError, "%s() takes no arguments", t->cname);
    }
    return o;
}

/* object.__new__(cls): a bare instance of cls */
static Value object_new_m(Value *a, int n, Dict *kw) {
    if (!IS_CLASS(a[0])) return err_format(&Exc_TypeError, "object.__new__(X): X is not a type object (%s)", type_name(a[0]));
    Type *t = AS_TYPE(a[0]);
    if (n > 1 || (kw && dict_len(kw))) {
        /* extra arguments are for an __init__ of the class's own, if it has one and not a __new__ */
        Value nw = type_lookup(t, N.__new__), init = type_lookup(t, N.__init__);
        bool plain_new = nw == object_new_fn, plain_init = !init || is_object_init(init);
        xdecref(nw);
        xdecref(init);
        if (!plain_new) return err_set_str(&Exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (plain_init) return err_format(&Exc_TypeError, "%s() takes no arguments", t->cname);
    }
    if (t == &ObjectType) return object_newobj(t, NULL, 0, NULL);
    if (!(t->flags & TF_HEAP) || (t->flags & TF_META))
        return err_format(&Exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->cname, t->cname);
    return instance_for_call(t, a + 1, n - 1);
}

/* type.__new__(meta, name, bases, ns, **kw) */
static Value type_new_m(Value *a, int n, Dict *kw) {
    if (!IS_CLASS(a[0]) || !type_is_subtype(AS_TYPE(a[0]), &TypeType))
        return err_format(&Exc_TypeError, "type.__new__(X): X is not a type object (%s)", type_name(a[0]));
    if (n != 4) return err_set_str(&Exc_TypeError, "type.__new__() takes exactly 3 arguments");
    if (!IS_STR(a[1]) || !IS_TUPLE(a[2]) || !IS_DICT(a[3]))
        return err_set_str(&Exc_TypeError, "type.__new__() argument types are (str, tuple, dict)");
    Value ns = dict_copy(AS_DICT(a[3]));
    if (!ns) return V_NULL;
    if (!has(AS_DICT(ns), N.__module__)) {
        Frame *f = cur_ts->frame;
        Value mod = f && f->globals ? dict_get_str(f->globals, N.__name__) : V_NULL;
        dict_set_str(AS_DICT(ns), N.__module__, mod ? mod : OBJ_VAL(N.__main__));
        xdecref(mod);
    }
    Value r = type_new_class(AS_TYPE(a[0]), AS_STR(a[1]), a[2], AS_DICT(ns), kw);
    decref(ns);
    return r;
}

/* type.__init__: the class is made by __new__; nothing is left to do */
static Value type_init_m(Value *a, int n, Dict *kw) { (void)a; (void)n; (void)kw; return V_NONE; }

/* type.__call__(cls, *args): what calling a class does, for a metaclass's __call__ to extend */
static Value type_call_m(Value *a, int n, Dict *kw) {
    if (!IS_CLASS(a[0])) return err_format(&Exc_TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'", type_name(a[0]));
    return type_call(a[0], a + 1, n - 1, kw);
}

static Value type_repr(Value v);
static Value type_repr_m(Value *a, int n, Dict *kw) { (void)n; (void)kw; return type_repr(a[0]); }

/* type(x) and type(name, bases, dict) */
static Value type_newobj(Type *tt, Value *args, int nargs, Dict *kw) {
    if (nargs == 1 && (!kw || !dict_len(kw))) { Value t = OBJ_VAL(TYPE(args[0])); incref(t); return t; }
    if (nargs != 3) return err_set_str(&Exc_TypeError, "type() takes 1 or 3 arguments");
    Value a[4] = {OBJ_VAL(tt), args[0], args[1], args[2]};
    if (IS_TUPLE(args[1])) {
        Value meta = type_metaclass_for(V_NULL, args[1]);
        if (!meta) return V_NULL;
        a[0] = meta;
        Value r = AS_TYPE(meta) == &TypeType ? type_new_m(a, 4, kw) : call(meta, a + 1, 3, kw);
        decref(meta);
        return r;
    }
    return type_new_m(a, 4, kw);
}

/* C.mro(): the classes searched for an attribute, C first */
static Value type_mro(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value l = list_new(0);
    Type *k;
    for (int64_t i = 0; l && (k = mro_item(AS_TYPE(a[0]), i)) != NULL; i++)
        if (list_append(l, OBJ_VAL(k)) < 0) { decref(l); l = V_NULL; }
    return l;
}

static Value mro_tuple(Type *t) {
    if (t->mro) { incref(OBJ_VAL(t->mro)); return OBJ_VAL(t->mro); }
    Value l = type_mro(&(Value){OBJ_VAL(t)}, 1, NULL);
    if (!l) return V_NULL;
    Value r = seq_to_tuple(l);
    decref(l);
    return r;
}

static Value type_getattr(Value self, Str *name) {
    Type *t = AS_TYPE(self);
    if (name == N.__name__) { incref(OBJ_VAL(t->name)); return OBJ_VAL(t->name); }
    if (name == N.__annotations__ && (t->flags & TF_HEAP)) {
        /* a class's own annotations (not its bases'), made empty when first asked for */
        Value a = dict_get_str(t->dict, name);
        if (a || err_occurred()) return a;
        if (!(a = dict_new()) || type_setattr(self, name, a) < 0) { xdecref(a); return V_NULL; }
        return a;
    }
    Value v = type_lookup(t, name);
    if (v) {
        Value r = class_attr(self, v);
        decref(v);
        return r;
    }
    if (err_occurred()) return V_NULL;
    if (name == N.__qualname__) { incref(OBJ_VAL(t->name)); return OBJ_VAL(t->name); }
    if (name == N.__base__) {
        Value b = t->base ? OBJ_VAL(t->base) : V_NONE;
        incref(b);
        return b;
    }
    if (name == N.__bases__) {
        if (t->bases) { incref(OBJ_VAL(t->bases)); return OBJ_VAL(t->bases); }
        return t->base ? tuple_pack(1, (incref(OBJ_VAL(t->base)), OBJ_VAL(t->base))) : tuple_new(0);
    }
    if (name == N.__mro__) return mro_tuple(t);
    if (name == N.__dict__) return dict_copy(t->dict);
    if (name == N.__class__) { incref(OBJ_VAL(TYPE(self))); return OBJ_VAL(TYPE(self)); }
    if (name == N.__doc__) return V_NONE;
    if (str_eq_c(name, "mro")) return native_new("mro", type_mro, 1, 1, false, self); /* C.mro() */
    Type *meta = TYPE(self);
    if (meta != &TypeType) {
        /* what the metaclass defines: methods bound to the class, properties */
        Value m = type_lookup(meta, name);
        if (m) {
            Value r = (TYPE(m)->flags & TF_HEAP) ? descr_get(m, self, OBJ_VAL(meta)) : V_NULL;
            if (!r && !err_occurred()) r = bind_method(m, self);
            decref(m);
            return r;
        }
        if (err_occurred()) return V_NULL;
    }
    err_format(&Exc_AttributeError, "type object '%s' has no attribute '%s'", t->cname, name->data);
    err_attr_context(self, name);
    return V_NULL;
}

static int type_setattr(Value self, Str *name, Value v) {
    Type *t = AS_TYPE(self);
    if (!(t->flags & TF_HEAP))
        return err_format(&Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data, t->cname), -1;
    if (name == N.__name__) {
        /* the class's name, not an entry of its dict; the old name is
         * interned (immortal), so a thread still reading it is safe */
        if (!v) return err_format(&Exc_TypeError, "cannot delete '__name__' attribute of immutable type '%s'", t->cname), -1;
        if (!IS_STR(v))
            return err_format(&Exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->cname, type_name(v)), -1;
        incref(v);
        Str *nm = str_intern(AS_STR(v));
        STORE_RELEASE(&t->cname, nm->data);
        STORE_RELEASE(&t->name, nm);
        return 0;
    }
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
    if (r == 0 && name == N.__abstractmethods__) t->flags = v ? t->flags | TF_ABSTRACT : t->flags & ~(uint32_t)TF_ABSTRACT;
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
/* type.__setattr__ / type.__delattr__: for a metaclass's own to extend */
static Value type_setattr_m(Value *a, int n, Dict *kw) {
    (void)kw;
    if (!IS_STR(a[1])) return err_set_str(&Exc_TypeError, "attribute name must be string");
    return type_setattr(a[0], str_intern((incref(a[1]), AS_STR(a[1]))), n > 2 ? a[2] : V_NULL) < 0 ? V_NULL : V_NONE;
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
    /* super() in a class method or __new__ has the class, elsewhere an instance */
    bool of_class = IS_CLASS(s->obj) && type_is_subtype(AS_TYPE(s->obj), s->type);
    Type *mt = of_class ? AS_TYPE(s->obj) : TYPE(s->obj);
    Value v = type_lookup_after(mt, s->type, name);
    if (!v) {
        if (err_occurred()) return V_NULL;
        if (name == N.__class__) { incref(OBJ_VAL(&SuperType)); return OBJ_VAL(&SuperType); }
        return err_format(&Exc_AttributeError, "'super' object has no attribute '%s'", name->data);
    }
    Value r;
    if (of_class) r = class_attr(s->obj, v);
    else {
        r = descr_get(v, s->obj, OBJ_VAL(mt));
        if (!r && !err_occurred()) r = bind_method(v, s->obj);
    }
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
        doc = kw_take(kw, str_intern_c("doc")); /* property(f, doc="..."): accepted, not kept */
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
/* p.fget, p.fset, p.fdel, p.__doc__ (the getter's), p.__isabstractmethod__ */
static Value property_getattr(Value self, Str *name) {
    Property *p = (Property *)AS_OBJ(self);
    Value v = V_NULL;
    if (name == N.fget) v = p->fget;
    else if (name == N.fset) v = p->fset;
    else if (name == N.fdel) v = p->fdel;
    if (v) { incref(v); return v; }
    if (name == N.__doc__) return p->fget == V_NONE ? V_NONE : obj_getattr(p->fget, name);
    if (str_eq_c(name, "__isabstractmethod__")) {
        Value fs[3] = {p->fget, p->fset, p->fdel};
        for (int i = 0; i < 3; i++) {
            if (fs[i] == V_NONE) continue;
            Value a = obj_getattr_opt(fs[i], name);
            if (!a) { if (err_occurred()) return V_NULL; continue; }
            int t = obj_truth(a);
            decref(a);
            if (t) return t < 0 ? V_NULL : V_TRUE;
        }
        return V_FALSE;
    }
    return generic_getattr(self, name, true);
}
static Value prop_getter(Value *a, int n, Dict *kw) { (void)n; (void)kw; return property_with(a, 0); }
static Value prop_setter(Value *a, int n, Dict *kw) { (void)n; (void)kw; return property_with(a, 1); }
static Value prop_deleter(Value *a, int n, Dict *kw) { (void)n; (void)kw; return property_with(a, 2); }

static Value object_init_subclass(Value *a, int n, Dict *kw) {
    (void)n;
    if (kw && dict_len(kw))
        return err_format(&Exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", IS_CLASS(a[0]) ? AS_TYPE(a[0])->cname : "object");
    return V_NONE;
}
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

/* object.__sizeof__ (what sys.getsizeof reports): the bytes twinpy's own
 * layout of the object takes, with the out-of-line storage of the
 * containers (a list's item array at its capacity, a dict's index and
 * entries, a set's table); the objects held are not counted.  A tagged
 * small int counts as the boxed int it stands for.  Built-ins without a
 * case here report their header, a lower bound. */
static Value object_sizeof_m(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value v = a[0];
    if (IS_SMALL(v)) return int_from_i64((int64_t)sizeof(Int));
    Type *t = TYPE(v);
    Obj *o = AS_OBJ(v);
    size_t size = sizeof(Obj);
    if (t == &IntType || t == &BoolType) size = sizeof(Int) + (size_t)((Int *)o)->nd * sizeof(uint32_t);
    else if (t == &FloatType) size = sizeof(Float);
    else if (t == &StrType) size = sizeof(Str) + (size_t)AS_STR(v)->len + 1;
    else if (t == &BytesType) size = sizeof(Bytes) + (size_t)AS_BYTES(v)->len + 1;
    else if (t == &TupleType) size = sizeof(Tuple) + (size_t)AS_TUPLE(v)->len * sizeof(Value);
    else if (t == &RangeType) size = sizeof(Range);
    else if (t == &SliceType) size = sizeof(Slice);
    else if (t == &FunctionType) size = sizeof(Func);
    else if (t == &ListType) {
        List *l = AS_LIST(v);
        CRITICAL_BEGIN(l);
        size = sizeof(List) + (size_t)l->cap * sizeof(Value);
        CRITICAL_END();
    } else if (t == &DictType) {
        Dict *d = AS_DICT(v);
        CRITICAL_BEGIN(d);
        size = sizeof(Dict);
        if (d->table)
            size += sizeof(DictTable) + (size_t)d->table->nslots * sizeof(int32_t) + (size_t)d->table->cap * sizeof(DictEntry);
        CRITICAL_END();
    } else if (t == &SetType || t == &FrozenSetType) {
        Set *s = AS_SET(v);
        CRITICAL_BEGIN(s);
        size = sizeof(Set) + (s->table != s->small ? (size_t)(s->mask + 1) * sizeof(SetEntry) : 0);
        CRITICAL_END();
    } else if (t->flags & TF_META) size = (t->flags & TF_HEAP) ? t->basicsize : sizeof(Type);
    else if (t->basicsize) size = t->basicsize;
    return int_from_i64((int64_t)size);
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
    TypeType.flags = TF_META | TF_BASETYPE;
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
    type_add_method(&ObjectType, "__sizeof__", object_sizeof_m, 1, 1, false);
    /* object.__new__ and type.__new__ are static methods; type's __init__ and __call__ for metaclasses */
    Value on = native_new("__new__", object_new_m, 1, -1, true, V_NULL);
    object_new_fn = on ? wrap_in(&StaticMethodType, on) : V_NULL;
    xdecref(on);
    type_add_value(&ObjectType, "__new__", object_new_fn);
    Value tn = native_new("__new__", type_new_m, 1, -1, true, V_NULL);
    Value tnw = tn ? wrap_in(&StaticMethodType, tn) : V_NULL;
    xdecref(tn);
    type_add_value(&TypeType, "__new__", tnw);
    type_add_method(&TypeType, "__init__", type_init_m, 1, -1, true);
    type_add_method(&TypeType, "__call__", type_call_m, 1, -1, true);
    type_add_method(&TypeType, "__repr__", type_repr_m, 1, 1, false);
    type_add_method(&TypeType, "__setattr__", type_setattr_m, 3, 3, false);
    type_add_method(&TypeType, "__delattr__", type_setattr_m, 2, 2, false);
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
    PropertyType.getattr = property_getattr;
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
    Value nf = native_new("__init_subclass__", object_init_subclass, 1, 1, true, V_NULL);
    Value cm = nf ? wrapper_newobj(&ClassMethodType, &nf, 1, NULL) : V_NULL;
    xdecref(nf);
    type_add_value(&ObjectType, "__init_subclass__", cm);
    xdecref(cm);
}
