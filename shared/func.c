/* func.c - functions, built-in functions, bound methods, cells and code
 * objects, and the helpers natives use to read their arguments. */
#include <string.h>
#include "runtime.h"

Type FunctionType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type NativeType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type MethodType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type CellType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type CodeType = {.ob = OBJ_HEAD_INIT(&TypeType)};

/* ---- keyword-argument helpers for natives ------------------------------------ */
int kw_none(const char *fname, Dict *kw) {
    if (kw && dict_len(kw)) {
        err_format(&Exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

Value kw_take(Dict *kw, Str *name) {
    if (!kw) return V_NULL;
    Value v = dict_get_str(kw, name);
    if (v) dict_del(kw, OBJ_VAL(name));
    return v;
}

int kw_done(const char *fname, Dict *kw) {
    if (!kw || dict_len(kw) == 0) return 0;
    int64_t pos = 0;
    Value k;
    dict_next(kw, &pos, &k, NULL);
    err_format(&Exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname, AS_STR(k)->data);
    return -1;
}

/* ---- natives ----------------------------------------------------------------------- */
Value native_new(const char *name, NativeFn fn, int min, int max, bool kw, Value self) {
    Native *f = (Native *)obj_new(&NativeType, sizeof(Native));
    if (!f) return V_NULL;
    f->name = name;
    f->fn = fn;
    f->min_args = min;
    f->max_args = max;
    f->takes_kw = kw;
    f->owner = NULL;
    f->method = false;
    if (self) incref(self);
    f->self = self;
    return OBJ_VAL(f);
}
static void native_dealloc(Obj *o) {
    xdecref(((Native *)o)->self);
    obj_free(o);
}
static Value native_repr(Value v) {
    Native *f = (Native *)AS_OBJ(v);
    SBuf b;
    sb_init(&b);
    if (f->self && !IS_TYPE(f->self, ModuleType))
        sb_addf(&b, "<built-in method %s of %s object at %p>", f->name, type_name(f->self), (void *)f->self);
    else sb_addf(&b, "<built-in function %s>", f->name);
    return sb_finish(&b);
}
static Value native_getattr(Value self, Str *name) {
    Native *f = (Native *)AS_OBJ(self);
    if (name == N.__name__ || name == N.__qualname__) return str_from_c(f->name);
    if (name == N.__self__) { Value s = f->self ? f->self : V_NONE; incref(s); return s; }
    return generic_getattr(self, name, true);
}

/* ---- functions --------------------------------------------------------------------- */
Value func_new(Code *code, Dict *globals, Value qualname) {
    Func *f = (Func *)obj_new(&FunctionType, sizeof(Func));
    if (!f) return V_NULL;
    f->code = code;  /* code objects are immortal */
    f->globals = globals;
    incref(OBJ_VAL(globals));
    f->defaults = NULL;
    f->kwdefaults = NULL;
    f->closure = NULL;
    f->name = code->name;
    f->qualname = qualname && IS_STR(qualname) ? AS_STR(qualname) : code->qualname;
    f->module = dict_get_str(globals, N.__name__);
    if (!f->module) f->module = V_NONE;
    f->attrs = NULL;
    return OBJ_VAL(f);
}

void func_clear(Func *f) {
    if (f->defaults) decref(OBJ_VAL(f->defaults));
    if (f->kwdefaults) decref(OBJ_VAL(f->kwdefaults));
    if (f->closure) decref(OBJ_VAL(f->closure));
    if (f->attrs) decref(OBJ_VAL(f->attrs));
    decref(OBJ_VAL(f->globals));
    xdecref(f->module);
    f->defaults = NULL;
    f->kwdefaults = NULL;
    f->closure = NULL;
    f->attrs = NULL;
    f->module = V_NULL;
}
static void func_dealloc(Obj *o) {
    func_clear((Func *)o);
    obj_free(o);
}
static Value func_repr(Value v) {
    SBuf b;
    sb_init(&b);
    sb_addf(&b, "<function %s at %p>", AS_FUNC(v)->qualname->data, (void *)v);
    return sb_finish(&b);
}
/* __name__, __qualname__, __defaults__, __kwdefaults__ and __code__ are
 * read without a lock by every call and may be replaced by any thread: a
 * writer swaps under the function's lock and retires the old value
 * (pol_retire_ref), so a reader that loaded it can still take it. */
static Obj **func_field(Func *f, Str *name) {
    if (name == N.__name__) return (Obj **)&f->name;
    if (name == N.__qualname__) return (Obj **)&f->qualname;
    if (name == N.__defaults__) return (Obj **)&f->defaults;
    if (name == N.__kwdefaults__) return (Obj **)&f->kwdefaults;
    if (name == N.__code__) return (Obj **)&f->code;
    return NULL;
}

static int func_setattr(Value self, Str *name, Value v);

static Value func_getattr(Value self, Str *name) {
    Func *f = AS_FUNC(self);
    Obj **field = func_field(f, name);
    if (field) {
        Obj *o = LOAD_ACQUIRE(field);
        if (!o) return V_NONE;
        incref(OBJ_VAL(o));
        return OBJ_VAL(o);
    }
    if (name == N.__module__) { incref(f->module); return f->module; }
    if (name == N.__globals__) { incref(OBJ_VAL(f->globals)); return OBJ_VAL(f->globals); }
    if (str_eq_c(name, "__closure__")) { /* set when the function is made, never changed */
        Value cl = f->closure ? OBJ_VAL(f->closure) : V_NONE;
        incref(cl);
        return cl;
    }
    Dict *attrs = LOAD_ACQUIRE(&f->attrs);
    if (attrs) {
        Value v = dict_get_str(attrs, name);
        if (v) return v;
    }
    if (name == N.__dict__) {
        if (attrs) { incref(OBJ_VAL(attrs)); return OBJ_VAL(attrs); }
        return dict_new();
    }
    if (name == N.__annotations__) {
        /* a function without annotations gets an empty dict, kept */
        Value d = dict_new();
        if (d && func_setattr(self, name, d) < 0) { decref(d); return V_NULL; }
        return d;
    }
    if (name == N.__doc__) {
        Code *co = LOAD_ACQUIRE(&f->code);
        Value d = (co->flags & CO_DOC) && co->nconsts ? co->consts[0] : V_NONE;
        incref(d);
        return d;
    }
    return generic_getattr(self, name, true);
}
/* The TypeError for a value field cannot hold, or NULL when it fits. */
static const char *func_field_check(Func *f, Str *name, Value v) {
    if (name == N.__name__ || name == N.__qualname__) return v && IS_STR(v) ? NULL : "a string";
    if (name == N.__defaults__) return !v || v == V_NONE || IS_TUPLE(v) ? NULL : "a tuple";
    if (name == N.__kwdefaults__) return !v || v == V_NONE || IS_DICT(v) ? NULL : "a dict";
    if (!v || !IS_TYPE(v, CodeType)) return "a code";
    int32_t want = LOAD_ACQUIRE(&f->code)->nfrees, have = AS_CODE(v)->nfrees;
    if (want != have) {
        err_format(&Exc_ValueError, "%s() requires a code object with %d free vars, not %d",
                   LOAD_ACQUIRE(&f->name)->data, want, have);
        return "";
    }
    return NULL;
}

static int func_set_field(Func *f, Str *name, Obj **field, Value v) {
    const char *what = func_field_check(f, name, v);
    if (what) {
        if (*what) err_format(&Exc_TypeError, "%s must be set to %s object", name->data, what);
        return -1;
    }
    /* names are interned, so immortal: generators, classes and messages
     * keep pointers to them without a reference */
    Obj *nv = v && v != V_NONE ? AS_OBJ(v) : NULL, *old;
    if (nv) incref(v);
    if (nv && IS_STR(v)) nv = (Obj *)str_intern(AS_STR(v)); /* takes the reference */
    CRITICAL_BEGIN(f);
    old = *field;
    STORE_RELEASE(field, nv);
    CRITICAL_END();
    if (old) pol_retire_ref(cur_ts, old);
    return 0;
}

static int func_setattr(Value self, Str *name, Value v) {
    Func *f = AS_FUNC(self);
    Obj **field = func_field(f, name);
    if (field) return func_set_field(f, name, field, v);
    if (name == N.__globals__) { err_set_str(&Exc_AttributeError, "readonly attribute"); return -1; }
    Dict *attrs = LOAD_ACQUIRE(&f->attrs);
    if (!attrs) {
        /* made on first use; two threads may race to make it: one wins */
        Value d = dict_new();
        if (!d) return -1;
        Dict *expect = NULL;
        if (!CAS_ACQ_REL(&f->attrs, &expect, AS_DICT(d))) decref(d);
        attrs = LOAD_ACQUIRE(&f->attrs);
    }
    if (v) return dict_set_str(attrs, name, v);
    int r = dict_del(attrs, OBJ_VAL(name));
    if (r == 0) {
        err_format(&Exc_AttributeError, "'function' object has no attribute '%s'", name->data);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* ---- bound methods ------------------------------------------------------------------- */
Value method_new(Value self, Value func) {
    Method *m = (Method *)obj_new(&MethodType, sizeof(Method));
    if (!m) return V_NULL;
    incref(self);
    incref(func);
    m->self = self;
    m->func = func;
    return OBJ_VAL(m);
}
static void method_dealloc(Obj *o) {
    decref(((Method *)o)->self);
    decref(((Method *)o)->func);
    obj_free(o);
}
static Value method_repr(Value v) {
    Method *m = (Method *)AS_OBJ(v);
    Value r = obj_repr(m->self);
    if (!r) return V_NULL;
    const char *qn = IS_FUNC(m->func) ? AS_FUNC(m->func)->qualname->data
                     : IS_TYPE(m->func, NativeType) ? ((Native *)AS_OBJ(m->func))->name : "?";
    SBuf b;
    sb_init(&b);
    if (IS_TYPE(m->func, NativeType))
        sb_addf(&b, "<built-in method %s of %s object at %p>", qn, type_name(m->self), (void *)m->self);
    else sb_addf(&b, "<bound method %s of %s>", qn, AS_STR(r)->data);
    decref(r);
    return sb_finish(&b);
}
static Value method_getattr(Value self, Str *name) {
    Method *m = (Method *)AS_OBJ(self);
    if (name == N.__self__) { incref(m->self); return m->self; }
    if (str_eq_c(name, "__func__")) { incref(m->func); return m->func; }
    return obj_getattr(m->func, name);
}
static Value method_richcmp(Value a, Value b, int op) {
    if (!IS_TYPE(b, MethodType) || (op != CMP_EQ && op != CMP_NE)) return V_NOTIMPL;
    Method *x = (Method *)AS_OBJ(a), *y = (Method *)AS_OBJ(b);
    bool eq = x->self == y->self && x->func == y->func;
    return MK_BOOL(op == CMP_EQ ? eq : !eq);
}
static int64_t method_hash(Value v) {
    Method *m = (Method *)AS_OBJ(v);
    return (int64_t)(((uint64_t)m->self >> 4) ^ ((uint64_t)m->func >> 4)) & INT64_MAX;
}

/* ---- cells and code ------------------------------------------------------------------- */
static void cell_dealloc(Obj *o) {
    xdecref(((Cell *)o)->v);
    obj_free(o);
}
/* cell.cell_contents, read under the cell's lock as LOAD_DEREF reads it */
static Value cell_getattr(Value self, Str *name) {
    if (!str_eq_c(name, "cell_contents")) return generic_getattr(self, name, true);
    Cell *c = (Cell *)AS_OBJ(self);
    Value v;
    CRITICAL_BEGIN(c);
    v = c->v;
    if (v) incref(v);
    CRITICAL_END();
    if (!v) return err_set_str(&Exc_ValueError, "Cell is empty");
    return v;
}

void code_clear(Code *c) {
    for (int i = 0; i < c->nconsts; i++) decref(c->consts[i]);
    c->nconsts = 0;
}
void code_free(Code *c) {
    mem_free(c->code);
    mem_free(c->lines);
    mem_free(c->consts);
    mem_free(c->names);
    mem_free(c->varnames);
    mem_free(c->cellnames);
    mem_free(c->freenames);
    mem_free(c->cell2arg);
    mem_free(c->exctab);
    mem_free(c->gcache);
    obj_free(&c->ob);
}
static void code_dealloc(Obj *o) {
    code_clear((Code *)o);
    code_free((Code *)o);
}
static Value code_repr(Value v) {
    Code *c = AS_CODE(v);
    SBuf b;
    sb_init(&b);
    sb_addf(&b, "<code object %s at %p, file \"%s\", line %d>", c->name->data, (void *)v, c->filename->data, c->firstline);
    return sb_finish(&b);
}

static Value name_tuple(Str **names, int32_t n) {
    Value t = tuple_new(n);
    if (!t) return V_NULL;
    for (int32_t i = 0; i < n; i++) AS_TUPLE(t)->items[i] = OBJ_VAL(names[i]); /* interned: immortal */
    return t;
}
/* co_flags in CPython's numbering (what inspect tests): optimized and
 * new-locals for function bodies, varargs 4, varkeywords 8, nested 16 (set
 * here when the code has free variables), generator 32. */
static int64_t code_cpython_flags(const Code *c) {
    if (c->flags & (CO_MODULE | CO_CLASSBODY)) return 0;
    int64_t f = 1 | 2;
    if (c->flags & CO_VARARGS) f |= 4;
    if (c->flags & CO_VARKW) f |= 8;
    if (c->nfrees) f |= 16;
    if (c->flags & CO_GENERATOR) f |= 32;
    return f;
}
/* The code object's co_* attributes that programs read. */
static Value code_getattr(Value self, Str *name) {
    Code *c = AS_CODE(self);
    const char *n = name->data;
    if (strncmp(n, "co_", 3) == 0) {
        n += 3;
        if (strcmp(n, "name") == 0) return OBJ_VAL(c->name);
        if (strcmp(n, "qualname") == 0) return OBJ_VAL(c->qualname);
        if (strcmp(n, "filename") == 0) return OBJ_VAL(c->filename);
        if (strcmp(n, "firstlineno") == 0) return int_from_i64(c->firstline);
        if (strcmp(n, "argcount") == 0) return int_from_i64(c->argcount);
        if (strcmp(n, "posonlyargcount") == 0) return int_from_i64(c->posonlycount);
        if (strcmp(n, "kwonlyargcount") == 0) return int_from_i64(c->kwonlycount);
        if (strcmp(n, "nlocals") == 0) return int_from_i64(c->nlocals);
        if (strcmp(n, "varnames") == 0) return name_tuple(c->varnames, c->nlocals);
        if (strcmp(n, "names") == 0) return name_tuple(c->names, c->nnames);
        if (strcmp(n, "cellvars") == 0) return name_tuple(c->cellnames, c->ncells);
        if (strcmp(n, "freevars") == 0) return name_tuple(c->freenames, c->nfrees);
        if (strcmp(n, "consts") == 0) return tuple_from_array(c->consts, c->nconsts);
        if (strcmp(n, "flags") == 0) return int_from_i64(code_cpython_flags(c));
    }
    return generic_getattr(self, name, true);
}

void func_init_types(void) {
    NativeType.dealloc = native_dealloc;
    NativeType.repr = native_repr;
    NativeType.getattr = native_getattr;
    type_ready(&NativeType, "builtin_function_or_method", &ObjectType);
    FunctionType.dealloc = func_dealloc;
    FunctionType.repr = func_repr;
    FunctionType.getattr = func_getattr;
    FunctionType.setattr = func_setattr;
    type_ready(&FunctionType, "function", &ObjectType);
    MethodType.dealloc = method_dealloc;
    MethodType.repr = method_repr;
    MethodType.getattr = method_getattr;
    MethodType.richcmp = method_richcmp;
    MethodType.hash = method_hash;
    type_ready(&MethodType, "method", &ObjectType);
    CellType.dealloc = cell_dealloc;
    CellType.getattr = cell_getattr;
    type_ready(&CellType, "cell", &ObjectType);
    CodeType.dealloc = code_dealloc;
    CodeType.repr = code_repr;
    CodeType.getattr = code_getattr;
    type_ready(&CodeType, "code", &ObjectType);
}
