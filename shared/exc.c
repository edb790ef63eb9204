/* exc.c - exception objects, raising and fetching, tracebacks, and
 * printing them the way CPython does. */
#include <errno.h>
#include <string.h>
#include "runtime.h"

Type TracebackType = {.ob = OBJ_HEAD_INIT(&TypeType)};
#define X(n, b) Type Exc_##n = {.ob = OBJ_HEAD_INIT(&TypeType)};
EXC_LIST(X)
#undef X
Type Exc_UnsupportedOperation = {.ob = OBJ_HEAD_INIT(&TypeType)};

static inline Exc *EXC(Value v) { return (Exc *)AS_OBJ(v); }

bool exc_is_instance(Value v, Type *t) { return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, t); }

Value exc_new(Type *t, Value args) {
    Exc *e = (Exc *)obj_new(t, sizeof(Exc));
    if (!e) { decref(args); return V_NULL; }
    memset((char *)e + sizeof(Obj), 0, sizeof(Exc) - sizeof(Obj));
    Value d = dict_new();
    if (!d) { obj_free(&e->ob); decref(args); return V_NULL; }
    e->dict = AS_DICT(d);
    e->args = args;
    return OBJ_VAL(e);
}

/* ---- the fields several threads share ------------------------------------------- */
/* Every read of a reference field takes its reference under the exception's
 * lock and every write swaps under it, the old value dropped after: a reader
 * never holds a pointer that a writer has already released, and two threads
 * prepending to one traceback chain never lose a link. */
static Value *exc_slot(Exc *e, ExcField f) {
    switch (f) {
    case EXC_ARGS: return &e->args;
    case EXC_TRACEBACK: return &e->traceback;
    case EXC_CAUSE: return &e->cause;
    default: return &e->context;
    }
}

Value exc_get(Value exc, ExcField f) {
    Exc *e = EXC(exc);
    Value r;
    CRITICAL_BEGIN(e);
    r = *exc_slot(e, f);
    if (r) incref(SLOT_READ(r));
    CRITICAL_END();
    return r;
}

static Value exc_swap(Exc *e, ExcField f, Value v, bool suppress) {
    Value old;
    CRITICAL_BEGIN(e);
    Value *slot = exc_slot(e, f);
    old = *slot;
    *slot = v;
    if (suppress) e->suppress_context = true;
    CRITICAL_END();
    return old;
}

void exc_put(Value exc, ExcField f, Value v) { xdecref(exc_swap(EXC(exc), f, v, false)); }
void exc_set_cause(Value exc, Value cause) { xdecref(exc_swap(EXC(exc), EXC_CAUSE, cause, true)); }

static bool exc_suppressed(Exc *e) {
    bool r;
    CRITICAL_BEGIN(e);
    r = e->suppress_context;
    CRITICAL_END();
    return r;
}

/* ---- OSError: errno, strerror, filename --------------------------------------- */
static Type *oserror_subclass(int64_t e) {
    switch (e) {
    case ENOENT: return &Exc_FileNotFoundError;
    case EEXIST: return &Exc_FileExistsError;
    case EACCES: case EPERM: return &Exc_PermissionError;
    case EISDIR: return &Exc_IsADirectoryError;
    case ENOTDIR: return &Exc_NotADirectoryError;
    case EINTR: return &Exc_InterruptedError;
    case EAGAIN: case EALREADY: case EINPROGRESS: return &Exc_BlockingIOError;
    case ECHILD: return &Exc_ChildProcessError;
    case ESRCH: return &Exc_ProcessLookupError;
    case EPIPE: case ESHUTDOWN: return &Exc_BrokenPipeError;
    case ECONNABORTED: return &Exc_ConnectionAbortedError;
    case ECONNREFUSED: return &Exc_ConnectionRefusedError;
    case ECONNRESET: return &Exc_ConnectionResetError;
    case ETIMEDOUT: return &Exc_TimeoutError;
    default: return &Exc_OSError;
    }
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]) keeps
 * (errno, strerror) as its args and sets the attributes; any other argument
 * list leaves them None.  t: the args just given, held by the caller. */
static int oserror_fill(Exc *e, Tuple *t) {
    bool full = t->len >= 2 && t->len <= 5;
    Value no = full ? t->items[0] : V_NONE, msg = full ? t->items[1] : V_NONE;
    Value fn = full && t->len >= 3 ? t->items[2] : V_NONE;
    Value fn2 = full && t->len == 5 ? t->items[4] : V_NONE;
    if (dict_set_str(e->dict, str_intern_c("errno"), no) < 0 ||
        dict_set_str(e->dict, str_intern_c("strerror"), msg) < 0 ||
        dict_set_str(e->dict, str_intern_c("filename"), fn) < 0 ||
        dict_set_str(e->dict, str_intern_c("filename2"), fn2) < 0)
        return -1;
    if (full && t->len >= 3) {
        incref(no);
        incref(msg);
        Value two = tuple_pack(2, no, msg);
        if (!two) return -1;
        exc_put(OBJ_VAL(e), EXC_ARGS, two);
    }
    return 0;
}

Value err_oserror(int e, const char *filename) {
    Value msg = str_from_c(strerror(e));
    Value args = filename ? tuple_pack(3, int_from_i64(e), msg, str_from_c(filename))
                          : tuple_pack(2, int_from_i64(e), msg);
    if (!args) return V_NULL;
    Value exc = exc_new(oserror_subclass(e), args);
    if (!exc) return V_NULL;
    if (oserror_fill(EXC(exc), AS_TUPLE(args)) < 0) { decref(exc); return V_NULL; }
    return err_set_exc(exc);
}

/* repr(v) added to b after sep, unless v is missing or None; false on error */
static bool add_repr(SBuf *b, const char *sep, Value v) {
    if (!v || v == V_NONE) return true;
    Value r = obj_repr(v);
    if (!r) return false;
    sb_adds(b, sep);
    sb_add_str(b, AS_STR(r));
    decref(r);
    return true;
}

/* "[Errno 2] No such file or directory: 'name'" (V_NONE: not this form) */
static Value oserror_str(Value v) {
    Dict *d = EXC(v)->dict;
    Value no = dict_get_str(d, str_intern_c("errno"));
    Value msg = dict_get_str(d, str_intern_c("strerror"));
    Value fn = dict_get_str(d, str_intern_c("filename"));
    Value fn2 = dict_get_str(d, str_intern_c("filename2"));
    Value r = V_NONE;
    if (no && no != V_NONE && msg && msg != V_NONE) {
        Value ns = obj_str(no), ms = ns ? obj_str(msg) : V_NULL;
        r = V_NULL;
        if (ms) {
            SBuf b;
            sb_init(&b);
            sb_adds(&b, "[Errno ");
            sb_add_str(&b, AS_STR(ns));
            sb_adds(&b, "] ");
            sb_add_str(&b, AS_STR(ms));
            if (add_repr(&b, ": ", fn) && add_repr(&b, " -> ", fn && fn != V_NONE ? fn2 : V_NULL)) r = sb_finish(&b);
            else sb_free(&b);
        }
        xdecref(ns); xdecref(ms);
    }
    xdecref(no); xdecref(msg); xdecref(fn); xdecref(fn2);
    return r;
}

/* ---- raising ----------------------------------------------------------------- */
static Exc memory_error_obj; /* raised when even making the exception fails */

Value err_set_exc(Value exc) {
    ThreadState *ts = cur_ts;
    Value h = ts->handled;
    if (h && h != exc && exc_is_instance(exc, &Exc_BaseException) && exc_is_instance(h, &Exc_BaseException)) {
        /* implicit chaining, as CPython: the exception being handled becomes
         * the context; where the chain from it leads back to exc, the link
         * is cut, so no cycle is made (a chain that already loops is walked
         * at most 1000 steps) */
        Value c = h;
        incref(c);
        for (int steps = 0; steps < 1000; steps++) {
            Value next = exc_get(c, EXC_CONTEXT);
            if (next == exc) exc_put(c, EXC_CONTEXT, V_NULL);
            decref(c);
            c = next;
            if (!c || c == exc || !exc_is_instance(c, &Exc_BaseException)) break;
        }
        xdecref(c);
        incref(h);
        exc_put(exc, EXC_CONTEXT, h);
    }
    Value old = ts->exc;
    ts->exc = exc;
    xdecref(old);
    return V_NULL;
}

Value err_set_value(Type *t, Value arg) {
    Value args = arg ? tuple_pack(1, arg) : tuple_new(0);
    if (!args) return V_NULL;
    Value e = exc_new(t, args);
    if (!e) return V_NULL;
    return err_set_exc(e);
}

Value err_set_str(Type *t, const char *msg) {
    Value s = str_from_c(msg);
    if (!s) return V_NULL;
    return err_set_value(t, s);
}

Value err_format(Type *t, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return err_set_str(t, buf);
}

/* NameError for a name looked up in globals (and the builtins): e.name is
 * set, and the globals are kept for the hint printed with the traceback. */
Value err_name_error(Str *name, Dict *globals) {
    err_format(&Exc_NameError, "name '%s' is not defined", name->data);
    Value e = cur_ts->exc;
    if (e && EXC(e)->dict) {
        dict_set_str(EXC(e)->dict, N.name, OBJ_VAL(name));
        if (globals) {
            incref(OBJ_VAL(globals));
            SETREF(EXC(e)->scope, OBJ_VAL(globals));
        }
    }
    return V_NULL;
}

/* After raising AttributeError for obj.name: e.name and e.obj, as CPython
 * sets them (the traceback's "Did you mean" hint looks at dir(obj)). */
void err_attr_context(Value obj, Str *name) {
    Value e = cur_ts->exc;
    if (!e || !exc_is_instance(e, &Exc_AttributeError) || !EXC(e)->dict) return;
    dict_set_str(EXC(e)->dict, N.name, OBJ_VAL(name));
    dict_set_str(EXC(e)->dict, str_intern_c("obj"), obj);
}

Value err_no_memory(void) {
    ThreadState *ts = cur_ts;
    if (!ts) return V_NULL;
    Value args = tuple_new(0);
    Value e = args ? exc_new(&Exc_MemoryError, args) : V_NULL;
    if (!e) {
        Exc *m = &memory_error_obj;
        exc_put(OBJ_VAL(m), EXC_TRACEBACK, V_NULL);
        e = OBJ_VAL(m);
    }
    Value old = ts->exc;
    ts->exc = e;
    xdecref(old);
    return V_NULL;
}

bool err_occurred(void) { return cur_ts->exc != V_NULL; }
bool err_matches(Type *t) { Value e = cur_ts->exc; return e && exc_is_instance(e, t); }
Value err_fetch(void) {
    Value e = cur_ts->exc;
    cur_ts->exc = V_NULL;
    return e;
}
void err_clear(void) {
    Value e = cur_ts->exc;
    cur_ts->exc = V_NULL;
    xdecref(e);
}

int exc_match(Value exc, Value cls) {
    if (IS_TUPLE(cls)) {
        for (int64_t i = 0; i < AS_TUPLE(cls)->len; i++) {
            int r = exc_match(exc, AS_TUPLE(cls)->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!IS_CLASS(cls) || !type_is_subtype(AS_TYPE(cls), &Exc_BaseException)) {
        err_set_str(&Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return exc_is_instance(exc, AS_TYPE(cls));
}

/* ---- tracebacks ---------------------------------------------------------------- */
void exc_add_traceback(Value exc, Code *code, int line) {
    if (!exc_is_instance(exc, &Exc_BaseException)) return;
    Traceback *tb = (Traceback *)obj_new(&TracebackType, sizeof(Traceback));
    if (!tb) { err_clear(); return; }
    tb->code = code;
    tb->line = line;
    Exc *e = EXC(exc);
    CRITICAL_BEGIN(e);
    tb->next = (Traceback *)e->traceback; /* takes the chain's reference */
    e->traceback = OBJ_VAL(tb);
    CRITICAL_END();
}

static void tb_dealloc(Obj *o) {
    Traceback *tb = (Traceback *)o;
    while (tb) { /* iterative: long chains must not recurse */
        Traceback *next = tb->next;
        obj_free(&tb->ob);
        if (next && !POL_DECREF_IS_ZERO(&next->ob)) break;
        tb = next;
    }
}

/* tb_next and tb_lineno; a traceback never changes once made */
static Value tb_getattr(Value self, Str *name) {
    Traceback *tb = (Traceback *)AS_OBJ(self);
    if (str_eq_c(name, "tb_next")) {
        if (!tb->next) return V_NONE;
        incref(OBJ_VAL(tb->next));
        return OBJ_VAL(tb->next);
    }
    if (str_eq_c(name, "tb_lineno")) return MK_SMALL(tb->line);
    if (str_eq_c(name, "tb_frame")) return frame_for_traceback(tb->code, tb->line);
    if (str_eq_c(name, "tb_lasti")) return MK_SMALL(0);
    return generic_getattr(self, name, true);
}

void exc_dealloc_fields(Obj *o) {
    Exc *e = (Exc *)o;
    xdecref(e->args);
    xdecref(e->traceback);
    xdecref(e->cause);
    xdecref(e->context);
    xdecref(e->scope);
}

static void exc_dealloc(Obj *o) {
    Exc *e = (Exc *)o;
    if (e->dict) decref(OBJ_VAL(e->dict));
    exc_dealloc_fields(o);
    obj_free(o);
}

/* ---- str and repr ------------------------------------------------------------------- */
/* StopIteration's value: its first argument, or None (new reference) */
Value exc_stop_value(Value exc) {
    Value a = exc_get(exc, EXC_ARGS);
    Value r = a && IS_TUPLE(a) && AS_TUPLE(a)->len ? AS_TUPLE(a)->items[0] : V_NONE;
    incref(r);
    xdecref(a);
    return r;
}

static Value exc_args(Value v) {
    Value a = exc_get(v, EXC_ARGS);
    return a ? a : tuple_new(0);
}

static Value exc_str_slot(Value v) {
    if (exc_is_instance(v, &Exc_OSError)) {
        Value r = oserror_str(v);
        if (r != V_NONE) return r;
    }
    Value a = exc_get(v, EXC_ARGS), r;
    int64_t n = a && IS_TUPLE(a) ? AS_TUPLE(a)->len : 0;
    if (n == 0) r = str_new("", 0);
    else if (n == 1 && exc_is_instance(v, &Exc_KeyError)) r = obj_repr(AS_TUPLE(a)->items[0]);
    else if (n == 1) r = obj_str(AS_TUPLE(a)->items[0]);
    else r = obj_str(a);
    xdecref(a);
    return r;
}

Value exc_str(Value v) { return obj_str(v); }

static Value exc_repr(Value v) {
    Value a = exc_get(v, EXC_ARGS);
    int64_t n = a && IS_TUPLE(a) ? AS_TUPLE(a)->len : 0;
    /* one argument: Name(repr); several: Name(a, b) from the tuple's repr */
    Value r = n == 0 ? V_NULL : obj_repr(n == 1 ? AS_TUPLE(a)->items[0] : a);
    xdecref(a);
    if (n && !r) return V_NULL;
    SBuf b;
    sb_init(&b);
    sb_adds(&b, type_name(v));
    if (n == 0) sb_adds(&b, "()");
    else if (n > 1) sb_add_str(&b, AS_STR(r));
    else {
        sb_addc(&b, '(');
        sb_add_str(&b, AS_STR(r));
        sb_addc(&b, ')');
    }
    xdecref(r);
    return sb_finish(&b);
}

static Value exc_getattr(Value self, Str *name) {
    Exc *e = EXC(self);
    Value r = V_NULL;
    if (name == N.args) return exc_args(self);
    ExcField f = name == N.__traceback__ ? EXC_TRACEBACK : name == N.__cause__ ? EXC_CAUSE
               : name == N.__context__ ? EXC_CONTEXT : EXC_ARGS;
    if (f != EXC_ARGS) {
        r = exc_get(self, f);
        return r ? r : V_NONE;
    }
    if (name == N.__suppress_context__) return MK_BOOL(exc_suppressed(e));
    Value v = dict_get_str(e->dict, name);
    if (v) return v;
    if (name == N.value && exc_is_instance(self, &Exc_StopIteration)) return exc_stop_value(self);
    if (str_eq_c(name, "code") && exc_is_instance(self, &Exc_SystemExit)) {
        Value a = exc_get(self, EXC_ARGS);
        int64_t n = a && IS_TUPLE(a) ? AS_TUPLE(a)->len : 0;
        if (n != 1) return a && n ? a : (xdecref(a), V_NONE);
        r = AS_TUPLE(a)->items[0];
        incref(r);
        decref(a);
        return r;
    }
    return generic_getattr(self, name, true);
}

static int exc_setattr(Value self, Str *name, Value v) {
    Exc *e = EXC(self);
    if (name == N.args) {
        if (!v) { err_set_str(&Exc_TypeError, "args may not be deleted"); return -1; }
        Value t = seq_to_tuple(v);
        if (!t) return -1;
        exc_put(self, EXC_ARGS, t);
        return 0;
    }
    if (name == N.__cause__ || name == N.__context__ || name == N.__traceback__) {
        if (v == V_NONE) v = V_NULL;
        if (v) incref(v);
        if (name == N.__cause__) exc_set_cause(self, v);
        else exc_put(self, name == N.__context__ ? EXC_CONTEXT : EXC_TRACEBACK, v);
        return 0;
    }
    if (name == N.__suppress_context__) {
        if (v != V_TRUE && v != V_FALSE) {
            err_set_str(&Exc_TypeError, v ? "attribute value type must be bool" : "can't delete numeric/char attribute");
            return -1;
        }
        bool on = v == V_TRUE;
        CRITICAL_BEGIN(e);
        e->suppress_context = on;
        CRITICAL_END();
        return 0;
    }
    return generic_setattr(self, name, v);
}

static Value exc_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)kw;
    bool os = type_is_subtype(t, &Exc_OSError);
    if (t == &Exc_OSError && nargs >= 2 && nargs <= 5 && IS_SMALL(args[0])) t = oserror_subclass(SMALL_VAL(args[0]));
    Value a = tuple_from_array(args, nargs);
    if (!a) return V_NULL;
    Value e = exc_new(t, a);
    if (e && os && oserror_fill(EXC(e), AS_TUPLE(a)) < 0) { decref(e); return V_NULL; }
    return e;
}

static Value exc_init(Value *a, int n, Dict *kw) {
    (void)kw;
    Value args = tuple_from_array(a + 1, n - 1);
    if (!args) return V_NULL;
    incref(args);
    exc_put(a[0], EXC_ARGS, args);
    int bad = exc_is_instance(a[0], &Exc_OSError) && oserror_fill(EXC(a[0]), AS_TUPLE(args)) < 0;
    decref(args);
    return bad ? V_NULL : V_NONE;
}
static Value exc_with_traceback(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value tb = a[1] == V_NONE ? V_NULL : a[1];
    if (tb) incref(tb);
    exc_put(a[0], EXC_TRACEBACK, tb);
    incref(a[0]);
    return a[0];
}

/* ---- printing ------------------------------------------------------------------------ */
static void print_source_line(Str *source, int line, FILE *out) {
    if (!source || line <= 0) return;
    const char *p = source->data, *end = source->data + source->len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return;
        p = nl + 1;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    while (p < e && (*p == ' ' || *p == '\t')) p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    if (e > p) fprintf(out, "    %.*s\n", (int)(e - p), p);
}

/* ---- the "Did you mean" hint ----------------------------------------------------------
 * An uncaught NameError or AttributeError names the closest existing name,
 * found as CPython 3.11 finds it: an edit distance over UTF-8 bytes where
 * inserting, deleting or replacing a byte costs 2 and changing only its
 * case costs 1; a candidate qualifies when at most about a third of the
 * characters change, and the first of the closest wins. */
enum { HINT_MOVE = 2, HINT_CASE = 1, HINT_MAX_LEN = 40, HINT_MAX_NAMES = 750 };

static int64_t hint_subst(char a, char b) {
    if (a == b) return 0;
    char la = (a >= 'A' && a <= 'Z') ? (char)(a + 32) : a, lb = (b >= 'A' && b <= 'Z') ? (char)(b + 32) : b;
    return la == lb ? HINT_CASE : HINT_MOVE;
}

/* The distance from a to b, or anything above limit once it must exceed it. */
static int64_t hint_distance(const char *a, int64_t an, const char *b, int64_t bn, int64_t limit) {
    while (an && bn && a[0] == b[0]) { a++; b++; an--; bn--; }
    while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
    if (an == 0 || bn == 0) return (an + bn) * HINT_MOVE;
    if (an > HINT_MAX_LEN || bn > HINT_MAX_LEN) return limit + 1;
    if (bn < an) { const char *t = a; a = b; b = t; int64_t n = an; an = bn; bn = n; }
    if ((bn - an) * HINT_MOVE > limit) return limit + 1;
    int64_t row[HINT_MAX_LEN]; /* row[i]: distance from a[0..i] to the part of b seen so far */
    for (int64_t i = 0; i < an; i++) row[i] = (i + 1) * HINT_MOVE;
    int64_t result = 0;
    for (int64_t j = 0; j < bn; j++) {
        int64_t diag = j * HINT_MOVE, best = INT64_MAX;
        result = diag;
        for (int64_t i = 0; i < an; i++) {
            int64_t subst = diag + hint_subst(b[j], a[i]);
            diag = row[i];
            int64_t indel = (result < diag ? result : diag) + HINT_MOVE;
            result = indel < subst ? indel : subst;
            row[i] = result;
            if (result < best) best = result;
        }
        if (best > limit) return limit + 1;
    }
    return result;
}

/* The closest of the strings in list names to name, or NULL. */
static Str *hint_closest(Value names, Str *name) {
    if (!names || !IS_LIST(names) || AS_LIST(names)->len >= HINT_MAX_NAMES) return NULL;
    Str *best = NULL;
    int64_t best_d = INT64_MAX;
    for (int64_t i = 0; i < AS_LIST(names)->len; i++) {
        Value v = AS_LIST(names)->items[i];
        if (!IS_STR(v) || str_eq(AS_STR(v), name)) continue;
        Str *c = AS_STR(v);
        int64_t limit = (name->len + c->len + 3) * HINT_MOVE / 6;
        if (best && best_d - 1 < limit) limit = best_d - 1;
        int64_t d = hint_distance(name->data, name->len, c->data, c->len, limit);
        if (d > limit) continue;
        if (!best || d < best_d) { best = c; best_d = d; }
    }
    return best;
}

/* Try one list of candidates; the result (a new reference) or NULL. */
static Value hint_from(Value names, Str *name) {
    Str *s = hint_closest(names, name);
    Value r = s ? (incref(OBJ_VAL(s)), OBJ_VAL(s)) : V_NULL;
    xdecref(names);
    return r;
}

static Value exc_hint(Value exc) {
    bool name_err = exc_is_instance(exc, &Exc_NameError), attr_err = exc_is_instance(exc, &Exc_AttributeError);
    if (!(name_err || attr_err) || !EXC(exc)->dict) return V_NULL;
    Value nv = dict_get_str(EXC(exc)->dict, N.name);
    if (!nv || !IS_STR(nv) || AS_STR(nv)->len > HINT_MAX_LEN) { xdecref(nv); return V_NULL; }
    Str *name = AS_STR(nv);
    Value r = V_NULL, pending = err_fetch(); /* a hint is never worth an error: any is dropped */
    if (attr_err) {
        Value obj = dict_get_str(EXC(exc)->dict, str_intern_c("obj"));
        if (obj) {
            r = hint_from(obj_dir(obj), name);
            decref(obj);
        }
    } else {
        /* the locals of the innermost frame, then its globals, then the builtins */
        Value chain = exc_get(exc, EXC_TRACEBACK);
        Traceback *tb = chain ? (Traceback *)AS_OBJ(chain) : NULL;
        while (tb && tb->next) tb = tb->next;
        if (tb && tb->code) {
            Value l = list_new(0);
            for (int32_t i = 0; l && i < tb->code->nlocals; i++) list_append(l, OBJ_VAL(tb->code->varnames[i]));
            r = hint_from(l, name);
        }
        xdecref(chain);
        if (!r && EXC(exc)->scope) r = hint_from(dict_keys_snapshot(AS_DICT(EXC(exc)->scope)), name);
        if (!r) r = hint_from(dict_keys_snapshot(interp.builtins), name);
    }
    decref(nv);
    err_clear();
    if (pending) err_set_exc(pending);
    return r;
}

static void print_exc_line(Value exc, FILE *out) {
    Type *t = TYPE(exc);
    Value mod = t->dict ? dict_get_str(t->dict, N.__module__) : V_NULL;
    if (mod && IS_STR(mod) && !str_eq_c(AS_STR(mod), "builtins") && !str_eq_c(AS_STR(mod), "__main__"))
        fprintf(out, "%s.", AS_STR(mod)->data);
    xdecref(mod);
    /* a class made inside another or in a function: its __qualname__ */
    Value qn = (t->flags & TF_HEAP) && t->dict ? dict_get_str(t->dict, N.__qualname__) : V_NULL;
    char tname[256];
    snprintf(tname, sizeof tname, "%s", qn && IS_STR(qn) ? AS_STR(qn)->data : t->cname);
    xdecref(qn);
    if (exc_is_instance(exc, &Exc_SyntaxError)) {
        Value msg = dict_get_str(EXC(exc)->dict, str_intern_c("msg"));
        Value fn = dict_get_str(EXC(exc)->dict, str_intern_c("filename"));
        Value ln = dict_get_str(EXC(exc)->dict, str_intern_c("lineno"));
        Value tx = dict_get_str(EXC(exc)->dict, str_intern_c("text"));
        Value off = dict_get_str(EXC(exc)->dict, str_intern_c("offset"));
        if (msg && IS_STR(msg)) {
            /* the location lines come first, then the message */
            (void)fn; (void)ln; (void)tx; (void)off;
            fprintf(out, "%s: %s\n", tname, AS_STR(msg)->data);
            xdecref(msg); xdecref(fn); xdecref(ln); xdecref(tx); xdecref(off);
            return;
        }
        xdecref(msg); xdecref(fn); xdecref(ln); xdecref(tx); xdecref(off);
    }
    Value s = obj_str(exc);
    if (!s) {
        err_clear();
        fprintf(out, "%s: <exception str() failed>\n", tname);
        return;
    }
    Value hint = exc_hint(exc);
    if (hint) fprintf(out, "%s: %s. Did you mean: '%s'?\n", tname, AS_STR(s)->data, AS_STR(hint)->data);
    else if (AS_STR(s)->len) fprintf(out, "%s: %s\n", tname, AS_STR(s)->data);
    else fprintf(out, "%s\n", tname);
    xdecref(hint);
    decref(s);
    /* then the notes added with add_note(), one per line */
    Value notes = EXC(exc)->dict ? dict_get_str(EXC(exc)->dict, str_intern_c("__notes__")) : V_NULL;
    if (notes && IS_LIST(notes)) {
        Value t = list_snapshot(notes);
        for (int64_t i = 0; t && i < AS_TUPLE(t)->len; i++) {
            Value note = AS_TUPLE(t)->items[i];
            Value ns = IS_STR(note) ? (incref(note), note) : obj_str(note);
            if (ns) fprintf(out, "%s\n", AS_STR(ns)->data);
            else err_clear();
            xdecref(ns);
        }
        xdecref(t);
    }
    xdecref(notes);
}

static void print_syntax_location(Value exc, FILE *out) {
    Dict *d = EXC(exc)->dict;
    Value fn = dict_get_str(d, str_intern_c("filename"));
    Value ln = dict_get_str(d, str_intern_c("lineno"));
    Value tx = dict_get_str(d, str_intern_c("text"));
    Value off = dict_get_str(d, str_intern_c("offset"));
    int64_t line = 0, col = 0;
    if (fn && IS_STR(fn) && ln && val_as_i64(ln, &line)) {
        fprintf(out, "  File \"%s\", line %lld\n", AS_STR(fn)->data, (long long)line);
        if (tx && IS_STR(tx)) {
            const char *p = AS_STR(tx)->data, *e = p + AS_STR(tx)->len;
            int64_t skipped = 0;
            while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) { p++; skipped++; }
            while (e > p && (e[-1] == '\n' || e[-1] == '\r')) e--;
            fprintf(out, "    %.*s\n", (int)(e - p), p);
            if (off && val_as_i64(off, &col) && col > 0) {
                fprintf(out, "    ");
                for (int64_t i = 1; i < col - skipped; i++) fputc(' ', out);
                fprintf(out, "^\n");
            }
        }
    }
    xdecref(fn); xdecref(ln); xdecref(tx); xdecref(off);
}

/* The exceptions already printed in one chain: a cycle (raise e from e)
 * is printed once, as CPython does. */
typedef struct { Value v[64]; int n; } Seen;
static bool seen_has(Seen *s, Value v) {
    for (int i = 0; i < s->n; i++) if (s->v[i] == v) return true;
    return false;
}

static void print_one(Value exc, FILE *out, Seen *seen) {
    if (seen->n >= 64 || !exc_is_instance(exc, &Exc_BaseException)) return;
    seen->v[seen->n++] = exc;
    Value cause = exc_get(exc, EXC_CAUSE), context = exc_get(exc, EXC_CONTEXT);
    if (cause && !seen_has(seen, cause)) {
        print_one(cause, out, seen);
        fprintf(out, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (context && !exc_suppressed(EXC(exc)) && !seen_has(seen, context)) {
        print_one(context, out, seen);
        fprintf(out, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    xdecref(cause);
    xdecref(context);
    Value chain = exc_get(exc, EXC_TRACEBACK);
    if (chain) {
        fprintf(out, "Traceback (most recent call last):\n");
        int count = 0, repeat = 0;
        Traceback *prev = NULL;
        for (Traceback *tb = (Traceback *)AS_OBJ(chain); tb; tb = tb->next) {
            /* like CPython, fold long runs of the same line (deep recursion) */
            if (prev && prev->code == tb->code && prev->line == tb->line) {
                if (++repeat >= 3) continue;
            } else {
                if (repeat >= 3)
                    fprintf(out, "  [Previous line repeated %d more time%s]\n", repeat - 2, repeat - 2 == 1 ? "" : "s");
                repeat = 0;
            }
            prev = tb;
            count++;
            fprintf(out, "  File \"%s\", line %d, in %s\n", tb->code->filename->data, tb->line, tb->code->name->data);
            print_source_line(tb->code->source, tb->line, out);
        }
        if (repeat >= 3)
            fprintf(out, "  [Previous line repeated %d more time%s]\n", repeat - 2, repeat - 2 == 1 ? "" : "s");
        decref(chain);
    }
    if (exc_is_instance(exc, &Exc_SyntaxError)) print_syntax_location(exc, out);
    print_exc_line(exc, out);
}

void exc_print(Value exc, FILE *out) {
    out_flush();
    Seen seen = {.n = 0};
    print_one(exc, out, &seen);
    fflush(out);
}

Value exc_syntax_error(Type *t, const char *msg, Str *filename, int line, int col, const char *text) {
    Value m = str_from_c(msg);
    if (!m) return V_NULL;
    Value e = exc_new(t, tuple_pack(1, m));
    if (!e) return V_NULL;
    Dict *d = EXC(e)->dict;
    incref(m);
    dict_set_str(d, str_intern_c("msg"), m);
    decref(m);
    dict_set_str(d, str_intern_c("filename"), OBJ_VAL(filename));
    Value ln = int_from_i64(line);
    dict_set_str(d, str_intern_c("lineno"), ln);
    Value off = int_from_i64(col);
    dict_set_str(d, str_intern_c("offset"), off);
    Value tx = text ? str_from_c(text) : V_NONE;
    if (tx) { dict_set_str(d, str_intern_c("text"), tx); decref(tx); }
    return err_set_exc(e);
}

static Value syntax_str(Value v) {
    Dict *d = EXC(v)->dict;
    Value msg = dict_get_str(d, str_intern_c("msg"));
    Value fn = dict_get_str(d, str_intern_c("filename"));
    Value ln = dict_get_str(d, str_intern_c("lineno"));
    Value r;
    int64_t line;
    if (msg && IS_STR(msg) && fn && IS_STR(fn) && ln && val_as_i64(ln, &line)) {
        SBuf b;
        sb_init(&b);
        sb_addf(&b, "%s (%s, line %lld)", AS_STR(msg)->data, AS_STR(fn)->data, (long long)line);
        r = sb_finish(&b);
    } else r = exc_str_slot(v);
    xdecref(msg); xdecref(fn); xdecref(ln);
    return r;
}

/* e.add_note(note): a line printed after the exception's own */
static Value exc_add_note(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_STR(a[1])) return err_format(&Exc_TypeError, "note must be a str, not '%s'", type_name(a[1]));
    Str *key = str_intern_c("__notes__");
    Value notes = dict_get_str(EXC(a[0])->dict, key);
    if (!notes) { /* two threads adding the first note must end with one list */
        Value fresh = list_new(0);
        if (!fresh) return V_NULL;
        notes = dict_setdefault(EXC(a[0])->dict, OBJ_VAL(key), fresh);
        decref(fresh);
        if (!notes) return V_NULL;
    }
    if (!IS_LIST(notes)) {
        decref(notes);
        return err_set_str(&Exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int r = list_append(notes, a[1]);
    decref(notes);
    return r < 0 ? V_NULL : V_NONE;
}

/* BaseException.__str__ and __repr__ as methods, for super().__str__() */
static Value exc_str_m(Value *a, int n, Dict *kw) { (void)n; (void)kw; return exc_str_slot(a[0]); }
static Value exc_repr_m(Value *a, int n, Dict *kw) { (void)n; (void)kw; return exc_repr(a[0]); }
static Value syntax_str_m(Value *a, int n, Dict *kw) { (void)n; (void)kw; return syntax_str(a[0]); }

static void exc_type_ready(Type *t, const char *name, Type *base) {
    t->flags = TF_EXC | TF_BASETYPE;
    t->basicsize = sizeof(Exc);
    t->dealloc = exc_dealloc;
    t->repr = exc_repr;
    t->str = exc_str_slot;
    t->getattr = exc_getattr;
    t->setattr = exc_setattr;
    t->newobj = exc_newobj;
    t->hash = ObjectType.hash;
    t->base = base;
    type_ready(t, name, base);
}

void exc_init_types(void) {
    struct { Type *t; const char *name, *base; } all[] = {
#define X(n, b) {&Exc_##n, #n, #b},
        EXC_LIST(X)
#undef X
    };
    size_t n = sizeof all / sizeof all[0];
    for (size_t i = 0; i < n; i++) {
        Type *base = &ObjectType;
        for (size_t j = 0; j < i; j++)
            if (strcmp(all[j].name, all[i].base) == 0) base = all[j].t;
        exc_type_ready(all[i].t, all[i].name, base);
    }
    /* io.UnsupportedOperation: an OSError (CPython also makes it a ValueError) */
    exc_type_ready(&Exc_UnsupportedOperation, "UnsupportedOperation", &Exc_OSError);
    dict_set_str(Exc_UnsupportedOperation.dict, N.__module__, OBJ_VAL(str_intern_c("io")));
    Exc_SyntaxError.str = syntax_str;
    Exc_IndentationError.str = syntax_str;
    Exc_TabError.str = syntax_str;
    type_add_method(&Exc_BaseException, "__init__", exc_init, 1, -1, true);
    type_add_method(&Exc_BaseException, "with_traceback", exc_with_traceback, 2, 2, false);
    type_add_method(&Exc_BaseException, "__str__", exc_str_m, 1, 1, false);
    type_add_method(&Exc_BaseException, "add_note", exc_add_note, 2, 2, false);
    type_add_method(&Exc_BaseException, "__repr__", exc_repr_m, 1, 1, false);
    type_add_method(&Exc_SyntaxError, "__str__", syntax_str_m, 1, 1, false);
    TracebackType.dealloc = tb_dealloc;
    TracebackType.getattr = tb_getattr;
    type_ready(&TracebackType, "traceback", &ObjectType);
    memory_error_obj.ob.rc = RC_IMMORTAL;
    memory_error_obj.ob.type = &Exc_MemoryError;
}
