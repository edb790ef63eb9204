/* vm.c - the bytecode interpreter: frames, calls, the eval loop and
 * generators.
 *
 * Frames of ordinary calls live in a per-thread arena (a stack of Values):
 * a Python-to-Python call pushes a frame and continues in the same C loop,
 * so deep Python recursion costs no C stack.  Generator frames are
 * allocated on the heap because they outlive the call that made them.
 * eval() returns to its C caller when a frame marked `entry` returns.
 *
 * The one safepoint is POL_SAFEPOINT (the policy's eval breaker), checked
 * on backward jumps and on calls. */
#include <string.h>
#include "runtime.h"
#include "opcodes.h"
#include "instr.h"

Type GenType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Value rangeiter_next(Value v);
Value super_new(Type *start, Value obj);
extern Type RangeIterType;

const char *const opcode_names[] = {
#define X(name, eff) #name,
    OPCODE_LIST(X)
#undef X
};

int code_line_at(Code *c, uint32_t *ip) {
    int64_t i = ip - c->code;
    if (i < 0) i = 0;
    if (i >= c->ncode) i = c->ncode - 1;
    return c->lines[i];
}

/* ---- frames -------------------------------------------------------------------- */
static inline size_t frame_values(Code *co) { return (size_t)co->framesize; }
static inline Value *stack_base(Frame *f) { return f->fast + f->code->nfast; }

static Value recursion_error(void) {
    return err_set_str(&Exc_RecursionError, "maximum recursion depth exceeded");
}

static Frame *frame_push(ThreadState *ts, Code *co) {
    if (UNLIKELY(ts->depth >= RECURSION_LIMIT)) { recursion_error(); return NULL; }
    size_t n = frame_values(co);
    if (UNLIKELY(ts->arena_top + n > ts->arena_end)) { recursion_error(); return NULL; }
    Frame *f = (Frame *)ts->arena_top;
    ts->arena_top += n;
    ts->depth++;
    f->code = co;
    f->func = NULL;
    f->locals = NULL;
    f->gen = NULL;
    f->entry = 0;
    f->on_heap = 0;
    f->ip = co->code;
    int nl = co->nfast;
    for (int i = 0; i < nl; i++) f->fast[i] = V_NULL;
    f->sp = f->fast + nl;
    return f;
}

/* The call fast path: a frame for a function with positional parameters
 * only (CO_SIMPLE), the n arguments moved in from the caller's stack. */
static inline Frame *frame_push_simple(ThreadState *ts, Func *fn, Code *co, Value *args, int n) {
    Value *top = ts->arena_top;
    if (UNLIKELY(ts->depth >= RECURSION_LIMIT || top + co->framesize > ts->arena_end)) {
        recursion_error();
        return NULL;
    }
    Frame *f = (Frame *)top;
    ts->arena_top = top + co->framesize;
    ts->depth++;
    f->code = co;
    f->func = fn;
    f->globals = fn->globals;
    f->locals = NULL;
    f->gen = NULL;
    f->entry = 0;
    f->on_heap = 0;
    f->ip = co->code;
    Value *fast = f->fast;
    for (int i = 0; i < n; i++) fast[i] = args[i];
    for (int i = n; i < co->nlocals; i++) fast[i] = V_NULL;
    f->sp = fast + co->nlocals;
    return f;
}

Frame *vm_frame_new_heap(Code *co, int extra) {
    (void)extra;
    Frame *f = mem_alloc(frame_values(co) * sizeof(Value));
    if (!f) return NULL;
    f->code = co;
    f->func = NULL;
    f->locals = NULL;
    f->gen = NULL;
    f->entry = 1;
    f->on_heap = 1;
    f->ip = co->code;
    memset(f->fast, 0, (size_t)(co->nlocals + co->ncells + co->nfrees) * sizeof(Value));
    f->sp = stack_base(f);
    return f;
}

/* Release what a frame holds (locals, cells, what is left on its stack). */
static void frame_clear(Frame *f) {
    Code *co = f->code;
    int n = co->nlocals + co->ncells + co->nfrees;
    for (int i = 0; i < n; i++) {
        Value v = f->fast[i];
        f->fast[i] = V_NULL;
        xdecref(v);
    }
    for (Value *p = stack_base(f); p < f->sp; p++) xdecref(*p);
    f->sp = stack_base(f);
    if (f->func) { Func *fn = f->func; f->func = NULL; decref(OBJ_VAL(fn)); }
}

static void frame_pop(ThreadState *ts, Frame *f) {
    frame_clear(f);
    ts->depth--;
    ts->arena_top = (Value *)f;
}

void vm_frame_free(Frame *f) {
    frame_clear(f);
    mem_free(f);
}

/* ---- argument binding ------------------------------------------------------------------ */
static Value arg_error_missing(Func *fn, Code *co, Value *fast, int lo, int hi, bool kwonly) {
    int missing = 0;
    for (int i = lo; i < hi; i++)
        if (!fast[i]) missing++;
    SBuf b;
    sb_init(&b);
    int k = 0;
    for (int i = lo; i < hi; i++) {
        if (fast[i]) continue;
        if (k > 0) sb_adds(&b, missing == 2 ? " and " : k == missing - 1 ? ", and " : ", ");
        sb_addf(&b, "'%s'", co->varnames[i]->data);
        k++;
    }
    Value names = sb_finish(&b);
    if (!names) return V_NULL;
    err_format(&Exc_TypeError, "%s() missing %d required %s argument%s: %s", fn->qualname->data, missing,
               kwonly ? "keyword-only" : "positional", missing == 1 ? "" : "s", AS_STR(names)->data);
    decref(names);
    return V_NULL;
}

/* Bind args (new references are taken) and keywords into fast[]; fast is
 * zeroed.  -1 with an exception on a mismatch. */
static int bind_args(Func *fn, Code *co, Value *fast, Value *args, int nargs, Dict *kw) {
    int argc = co->argcount, kwc = co->kwonlycount;
    int n = nargs < argc ? nargs : argc;
    for (int i = 0; i < n; i++) {
        incref(args[i]);
        fast[i] = args[i];
    }
    int slot = argc + kwc;
    if (co->flags & CO_VARARGS) {
        Value t = tuple_from_array(args + n, nargs - n);
        if (!t) return -1;
        fast[slot++] = t;
    } else if (nargs > argc) {
        Tuple *defs = LOAD_ACQUIRE(&fn->defaults);
        int ndef = defs ? (int)defs->len : 0;
        int kwgiven = 0;
        if (kw) {
            int64_t pos = 0;
            Value k;
            while (dict_next(kw, &pos, &k, NULL))
                for (int i = argc; i < argc + kwc; i++)
                    if (co->varnames[i] == AS_STR(k)) kwgiven++;
        }
        char extra[96] = "";
        if (kwgiven)
            snprintf(extra, sizeof extra, " positional argument%s (and %d keyword-only argument%s)", nargs == 1 ? "" : "s",
                     kwgiven, kwgiven == 1 ? "" : "s");
        if (ndef)
            err_format(&Exc_TypeError, "%s() takes from %d to %d positional arguments but %d %s given", fn->qualname->data,
                       argc - ndef, argc, nargs, nargs == 1 && !kwgiven ? "was" : "were");
        else
            err_format(&Exc_TypeError, "%s() takes %d positional argument%s but %d%s %s given", fn->qualname->data, argc,
                       argc == 1 ? "" : "s", nargs, extra, nargs == 1 && !kwgiven ? "was" : "were");
        return -1;
    }
    Dict *varkw = NULL;
    if (co->flags & CO_VARKW) {
        Value d = dict_new();
        if (!d) return -1;
        fast[slot] = d;
        varkw = AS_DICT(d);
    }
    if (kw) {
        int64_t pos = 0;
        Value k, v;
        SBuf posonly; /* positional-only parameters named by keyword, for the error */
        sb_init(&posonly);
        while (dict_next(kw, &pos, &k, &v)) {
            Str *name = AS_STR(k);
            int idx = -1;
            for (int i = 0; i < argc + kwc; i++)
                if (co->varnames[i] == name || str_eq(co->varnames[i], name)) { idx = i; break; }
            if (idx >= 0 && idx < co->posonlycount) {
                if (varkw) { /* f(a, /, **kw) called as f(1, a=2): kw gets a */
                    if (dict_set(varkw, k, v) < 0) { sb_free(&posonly); return -1; }
                    continue;
                }
                if (posonly.len) sb_adds(&posonly, ", ");
                sb_add_str(&posonly, name);
                continue;
            }
            if (idx < 0) {
                if (varkw) {
                    if (dict_set(varkw, k, v) < 0) { sb_free(&posonly); return -1; }
                    continue;
                }
                err_format(&Exc_TypeError, "%s() got an unexpected keyword argument '%s'", fn->qualname->data, name->data);
                sb_free(&posonly);
                return -1;
            }
            if (fast[idx]) {
                err_format(&Exc_TypeError, "%s() got multiple values for argument '%s'", fn->qualname->data, name->data);
                sb_free(&posonly);
                return -1;
            }
            incref(v);
            fast[idx] = v;
        }
        if (posonly.len) {
            Value names = sb_finish(&posonly);
            if (names) {
                err_format(&Exc_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                           fn->qualname->data, AS_STR(names)->data);
                decref(names);
            }
            return -1;
        }
        sb_free(&posonly);
    }
    if (nargs < argc) {
        /* loaded once: another thread may replace __defaults__ meanwhile */
        Tuple *defs = LOAD_ACQUIRE(&fn->defaults);
        int ndef = defs ? (int)defs->len : 0;
        for (int i = nargs; i < argc; i++) {
            if (fast[i]) continue;
            int d = i - (argc - ndef);
            if (d >= 0) {
                incref(defs->items[d]);
                fast[i] = defs->items[d];
            }
        }
        for (int i = 0; i < argc; i++)
            if (!fast[i]) { arg_error_missing(fn, co, fast, 0, argc, false); return -1; }
    }
    if (kwc) {
        for (int i = argc; i < argc + kwc; i++) {
            if (fast[i]) continue;
            Dict *kwdefs = LOAD_ACQUIRE(&fn->kwdefaults);
            if (kwdefs) {
                Value d = dict_get_str(kwdefs, co->varnames[i]);
                if (d) { fast[i] = d; continue; }
            }
        }
        for (int i = argc; i < argc + kwc; i++)
            if (!fast[i]) { arg_error_missing(fn, co, fast, argc, argc + kwc, true); return -1; }
    }
    return 0;
}

/* Cells for captured locals (parameters move into theirs) and the closure. */
static int init_cells(Func *fn, Code *co, Value *fast) {
    for (int i = 0; i < co->ncells; i++) {
        Cell *c = (Cell *)obj_new(&CellType, sizeof(Cell));
        if (!c) return -1;
        c->v = V_NULL;
        int a = co->cell2arg[i];
        if (a >= 0) {
            c->v = fast[a];
            fast[a] = V_NULL;
        }
        fast[co->nlocals + i] = OBJ_VAL(c);
    }
    for (int i = 0; i < co->nfrees; i++) {
        Value c = fn->closure->items[i];
        incref(c);
        fast[co->nlocals + co->ncells + i] = c;
    }
    return 0;
}

/* A frame in the arena for calling fn, arguments bound. */
static Frame *frame_for_call(ThreadState *ts, Func *fn, Value *args, int nargs, Dict *kw) {
    Code *co = LOAD_ACQUIRE(&fn->code);
    Frame *f = frame_push(ts, co);
    if (!f) return NULL;
    incref(OBJ_VAL(fn));
    f->func = fn;
    f->globals = fn->globals;
    if (bind_args(fn, co, f->fast, args, nargs, kw) < 0 || init_cells(fn, co, f->fast) < 0) {
        frame_pop(ts, f);
        return NULL;
    }
    return f;
}

static Value gen_new(Func *fn, Value *args, int nargs, Dict *kw);
static Value eval(ThreadState *ts, Frame *f);

Value vm_call_function(Func *fn, Value *args, int nargs, Dict *kw) {
    ThreadState *ts = cur_ts;
    if (LOAD_ACQUIRE(&fn->code)->flags & CO_GENERATOR) return gen_new(fn, args, nargs, kw);
    Frame *f = frame_for_call(ts, fn, args, nargs, kw);
    if (!f) return V_NULL;
    f->entry = 1;
    return eval(ts, f);
}

Value vm_run_code(Code *co, Dict *globals, Dict *locals) {
    ThreadState *ts = cur_ts;
    Frame *f = frame_push(ts, co);
    if (!f) return V_NULL;
    f->globals = globals;
    f->locals = locals;
    f->entry = 1;
    return eval(ts, f);
}

Value vm_run_module(Code *co, Dict *globals) { return vm_run_code(co, globals, globals); }

/* Run a class body with ns as its namespace; returns the __class__ cell or None. */
static Value run_class_body(ThreadState *ts, Func *body, Dict *ns) {
    Code *co = body->code;
    Frame *f = frame_push(ts, co);
    if (!f) return V_NULL;
    incref(OBJ_VAL(body));
    f->func = body;
    f->globals = body->globals;
    f->locals = ns;
    f->entry = 1;
    if (init_cells(body, co, f->fast) < 0) {
        frame_pop(ts, f);
        return V_NULL;
    }
    return eval(ts, f);
}

/* ---- generators ----------------------------------------------------------------------- */
static Value gen_new(Func *fn, Value *args, int nargs, Dict *kw) {
    Code *co = LOAD_ACQUIRE(&fn->code);
    Frame *f = vm_frame_new_heap(co, 0);
    if (!f) return V_NULL;
    incref(OBJ_VAL(fn));
    f->func = fn;
    f->globals = fn->globals;
    if (bind_args(fn, co, f->fast, args, nargs, kw) < 0 || init_cells(fn, co, f->fast) < 0) {
        vm_frame_free(f);
        return V_NULL;
    }
    f->ip = co->code + 1; /* past RETURN_GENERATOR */
    Gen *g = (Gen *)obj_new(&GenType, sizeof(Gen));
    if (!g) { vm_frame_free(f); return V_NULL; }
    g->frame = f;
    g->running = 0;
    g->name = fn->name;
    g->qualname = fn->qualname;
    f->gen = g;
    return OBJ_VAL(g);
}

/* Resume g: send it v, or raise exc inside it (exc is stolen).  *out gets
 * the value it yielded or returned (new reference). */
enum { GEN_YIELDED, GEN_RETURNED, GEN_ERROR };
static Value eval_ex(ThreadState *ts, Frame *f, bool throwing);

static Value take_stop_value(void);

/* The SEND of the yield from a frame is suspended in (it stopped at the
 * YIELD_VALUE before the jump back to SEND), or NULL. */
static uint32_t *yield_from_send(Frame *f) {
    uint32_t *ip = f->ip;
    if (INSTR_OP(ip[-1]) != I_YIELD_VALUE) return NULL;
    if (INSTR_OP(ip[0]) != I_JUMP && INSTR_OP(ip[0]) != I_JUMP_BACK) return NULL;
    uint32_t *t = f->code->code + INSTR_ARG(ip[0]);
    return INSTR_OP(*t) == I_SEND ? t : NULL;
}

/* exc thrown into a frame suspended in `yield from inner` goes to inner
 * first, as PEP 380 says: GeneratorExit closes inner and is then raised
 * here; anything else goes to inner.throw() when it has one.  Returns 1
 * when inner yielded (*out), 2 when it finished (the yield from now ends
 * with its value), 0 to raise *exc here (maybe replaced by what inner
 * raised). */
static int forward_throw(Frame *f, uint32_t *send_at, Value *exc, Value *out) {
    Value inner = f->sp[-1];
    incref(inner);
    bool found;
    if (exc_is_instance(*exc, &Exc_GeneratorExit)) {
        Value r = call_method_opt(inner, N.close, NULL, 0, &found);
        decref(inner);
        if (found && !r) { decref(*exc); *exc = err_fetch(); }
        xdecref(r);
        return 0;
    }
    Value r = call_method_opt(inner, N.throw, exc, 1, &found);
    decref(inner);
    if (!found) return 0;
    decref(*exc);
    *exc = V_NULL;
    if (r) { *out = r; return 1; }
    if (!err_matches(&Exc_StopIteration)) { *exc = err_fetch(); return 0; }
    Value val = take_stop_value();
    decref(f->sp[-1]);
    f->sp[-1] = val; /* [inner] -> [its value], after the loop */
    f->ip = f->code->code + INSTR_ARG(*send_at);
    return 2;
}

static int gen_resume(Gen *g, Value v, Value exc, Value *out) {
    *out = V_NULL;
    uint32_t expect = 0;
    if (!__atomic_compare_exchange_n(&g->running, &expect, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
        xdecref(exc);
        err_set_str(&Exc_ValueError, "generator already executing");
        return GEN_ERROR;
    }
    Frame *f = g->frame;
    if (!f) {
        STORE_RELEASE(&g->running, 0);
        if (exc) { err_set_exc(exc); return GEN_ERROR; }
        *out = V_NONE;
        return GEN_RETURNED;
    }
    ThreadState *ts = cur_ts;
    bool started = f->ip != f->code->code + 1;
    if (!started && exc) {
        /* thrown into before it ran: it finishes at once */
        g->frame = NULL;
        vm_frame_free(f);
        STORE_RELEASE(&g->running, 0);
        err_set_exc(exc);
        return GEN_ERROR;
    }
    if (!started && v != V_NONE) {
        STORE_RELEASE(&g->running, 0);
        err_set_str(&Exc_TypeError, "can't send non-None value to a just-started generator");
        return GEN_ERROR;
    }
    if (ts->depth >= RECURSION_LIMIT) {
        STORE_RELEASE(&g->running, 0);
        xdecref(exc);
        recursion_error();
        return GEN_ERROR;
    }
    bool push_sent = started;
    uint32_t *send_at = exc && started ? yield_from_send(f) : NULL;
    if (send_at) {
        int k = forward_throw(f, send_at, &exc, out);
        if (k == 1) {
            STORE_RELEASE(&g->running, 0);
            return GEN_YIELDED;
        }
        if (k == 2) push_sent = false;
    }
    if (exc) err_set_exc(exc);
    else if (push_sent) {
        incref(v);
        *f->sp++ = v;
    }
    f->entry = 1;
    ts->depth++;
    Value r = eval_ex(ts, f, exc != V_NULL);
    ts->depth--;
    if (f->entry == 2) { /* yielded */
        f->entry = 1;
        STORE_RELEASE(&g->running, 0);
        *out = r;
        return GEN_YIELDED;
    }
    /* returned or raised: the generator is finished */
    g->frame = NULL;
    vm_frame_free(f);
    STORE_RELEASE(&g->running, 0);
    if (!r) {
        if (err_matches(&Exc_StopIteration)) {
            Value cause = err_fetch();
            err_set_str(&Exc_RuntimeError, "generator raised StopIteration");
            exc_set_cause(cur_ts->exc, cause);
        }
        return GEN_ERROR;
    }
    *out = r;
    return GEN_RETURNED;
}

static Value stop_iteration(Value r) {
    if (r == V_NONE) return err_set_value(&Exc_StopIteration, V_NULL);
    return err_set_value(&Exc_StopIteration, r);
}

/* The next value; V_NULL with no error when it is done (is_next; the
 * return value is dropped, as by a for loop), or with StopIteration(value)
 * (send, next()). */
Value vm_gen_send(Gen *g, Value v, bool is_next) {
    Value out;
    switch (gen_resume(g, v, V_NULL, &out)) {
    case GEN_YIELDED: return out;
    case GEN_RETURNED:
        if (is_next) { decref(out); return V_NULL; }
        return stop_iteration(out);
    default: return V_NULL;
    }
}

static Value g_close(Value *a, int n, Dict *kw);

/* Is a suspended frame inside a try or with block (a handler covers the
 * yield it stopped at)?  Only then can closing it run code. */
static bool suspended_in_handler(Frame *f) {
    if (f->ip == f->code->code + 1) return false; /* never started */
    int64_t at = f->ip - 1 - f->code->code;
    for (int i = 0; i < f->code->nexc; i++)
        if (at >= f->code->exctab[i].start && at < f->code->exctab[i].end) return true;
    return false;
}

static void gen_dealloc(Obj *o) {
    Gen *g = (Gen *)o;
    if (g->frame && cur_ts && !th_finalizing() && suspended_in_handler(g->frame)) {
        /* dropped while suspended in a try or with block: close it, so its
         * finally blocks and __exit__ run, as in CPython.  It is alive
         * again while that runs; an exception it raises is reported and
         * dropped, and the one being raised, if any, is kept. */
        POL_RESURRECT(o);
        Value pending = err_fetch();
        Value self = OBJ_VAL(o);
        Value r = g_close(&self, 1, NULL);
        if (r) decref(r);
        else {
            Value e = err_fetch();
            fprintf(stderr, "Exception ignored in: <generator object %s at %p>\n", g->qualname->data, (void *)o);
            if (e) {
                obj_setattr(e, N.__suppress_context__, V_TRUE); /* the GeneratorExit it met is not shown */
                exc_print(e, stderr);
                decref(e);
            }
        }
        if (pending) err_set_exc(pending);
        if (!POL_DECREF_IS_ZERO(o)) return; /* its finally kept a reference */
    }
    if (g->frame) vm_frame_free(g->frame);
    obj_free(o);
}
static Value gen_next(Value v) { return vm_gen_send((Gen *)AS_OBJ(v), V_NONE, true); }
static Value gen_repr(Value v) {
    SBuf b;
    sb_init(&b);
    sb_addf(&b, "<generator object %s at %p>", ((Gen *)AS_OBJ(v))->qualname->data, (void *)v);
    return sb_finish(&b);
}
static Value g_send(Value *a, int n, Dict *kw) { (void)n; (void)kw; return vm_gen_send((Gen *)AS_OBJ(a[0]), a[1], false); }
/* close(): raise GeneratorExit where it is suspended, so its finally
 * blocks run. */
static Value g_close(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Gen *g = (Gen *)AS_OBJ(a[0]);
    Value ge = exc_new(&Exc_GeneratorExit, tuple_new(0));
    if (!ge) return V_NULL;
    Value out;
    switch (gen_resume(g, V_NONE, ge, &out)) {
    case GEN_YIELDED:
        decref(out);
        return err_set_str(&Exc_RuntimeError, "generator ignored GeneratorExit");
    case GEN_RETURNED:
        decref(out);
        return V_NONE;
    default:
        if (err_matches(&Exc_GeneratorExit) || err_matches(&Exc_StopIteration)) {
            err_clear();
            return V_NONE;
        }
        return V_NULL;
    }
}

/* throw(exc) / throw(type, value): raise it where the generator is suspended */
static Value g_throw(Value *a, int n, Dict *kw) {
    (void)kw;
    Gen *g = (Gen *)AS_OBJ(a[0]);
    Value exc = a[1];
    Value val = n > 2 ? a[2] : V_NONE;
    if (IS_CLASS(exc) && type_is_subtype(AS_TYPE(exc), &Exc_BaseException)) {
        if (val != V_NONE && obj_is_instance_of(val, AS_TYPE(exc))) { incref(val); exc = val; } /* throw(E, E(...)) */
        else exc = val != V_NONE ? call1(a[1], val) : call0(a[1]);
        if (!exc) return V_NULL;
    } else if (exc_is_instance(exc, &Exc_BaseException)) {
        if (val != V_NONE) return err_set_str(&Exc_TypeError, "instance exception may not have a separate value");
        incref(exc);
    } else
        return err_format(&Exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", type_name(exc));
    Value out;
    switch (gen_resume(g, V_NONE, exc, &out)) {
    case GEN_YIELDED: return out;
    case GEN_RETURNED: return stop_iteration(out);
    default: return V_NULL;
    }
}

/* next(g): like the for loop, but the return value rides on StopIteration */
Value vm_gen_next_builtin(Gen *g) { return vm_gen_send(g, V_NONE, false); }
static Value gen_getattr(Value self, Str *name) {
    Gen *g = (Gen *)AS_OBJ(self);
    if (name == N.__name__) { incref(OBJ_VAL(g->name)); return OBJ_VAL(g->name); }
    if (name == N.__qualname__) { incref(OBJ_VAL(g->qualname)); return OBJ_VAL(g->qualname); }
    return generic_getattr(self, name, true);
}

void vm_init_types(void) {
    GenType.dealloc = gen_dealloc;
    GenType.next = gen_next;
    GenType.repr = gen_repr;
    GenType.getattr = gen_getattr;
    GenType.flags = TF_ITER_SELF;
    type_ready(&GenType, "generator", &ObjectType);
    type_add_method(&GenType, "send", g_send, 2, 2, false);
    type_add_method(&GenType, "close", g_close, 1, 1, false);
    type_add_method(&GenType, "throw", g_throw, 2, 4, false);
}

/* ---- helpers for the loop ------------------------------------------------------------------ */
/* The value of the pending StopIteration (new reference), which is cleared. */
static Value take_stop_value(void) {
    Value e = err_fetch();
    Value out = exc_stop_value(e);
    decref(e);
    return out;
}

static Value load_global(Frame *f, Str *name) {
    Value v = dict_get_str(f->globals, name);
    if (v) {
        if (INSTR_ON() && IS_OBJ(v) && !is_immortal(AS_OBJ(v))) instr_global_load(f, name, v);
        return v;
    }
    v = dict_get_str(interp.builtins, name);
    if (v) return v;
    return err_name_error(name, f->globals);
}

static int unpack(Value seq, int n, Value *out /* filled top-down: out[n-1] first element */) {
    if (IS_TUPLE(seq) || IS_LIST(seq)) {
        Value t = IS_LIST(seq) ? list_snapshot(seq) : (incref(seq), seq);
        if (!t) return -1;
        int64_t len = AS_TUPLE(t)->len;
        if (len != n) {
            decref(t);
            if (len < n) err_format(&Exc_ValueError, "not enough values to unpack (expected %d, got %lld)", n, (long long)len);
            else err_format(&Exc_ValueError, "too many values to unpack (expected %d)", n);
            return -1;
        }
        for (int i = 0; i < n; i++) {
            incref(AS_TUPLE(t)->items[i]);
            out[n - 1 - i] = AS_TUPLE(t)->items[i];
        }
        decref(t);
        return 0;
    }
    Value it = obj_iter(seq);
    if (!it) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
        }
        return -1;
    }
    int got = 0;
    for (; got < n; got++) {
        Value v = obj_next(it);
        if (!v) {
            for (int k = 0; k < got; k++) decref(out[n - 1 - k]);
            decref(it);
            if (!err_occurred()) err_format(&Exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, got);
            return -1;
        }
        out[n - 1 - got] = v;
    }
    Value extra = obj_next(it);
    decref(it);
    if (extra || err_occurred()) {
        xdecref(extra);
        for (int k = 0; k < n; k++) decref(out[k]);
        if (!err_occurred()) err_format(&Exc_ValueError, "too many values to unpack (expected %d)", n);
        return -1;
    }
    return 0;
}

/* a, *b, c = seq: pushes before, a list, after (top: first item) */
static int unpack_ex(Value seq, int before, int after, Value *out) {
    Value l = seq_to_list(seq);
    if (!l) {
        if (err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
        }
        return -1;
    }
    List *li = AS_LIST(l);
    int total = before + after + 1;
    if (li->len < before + after) {
        err_format(&Exc_ValueError, "not enough values to unpack (expected at least %d, got %lld)", before + after,
                   (long long)li->len);
        decref(l);
        return -1;
    }
    int k = 0;
    for (int i = 0; i < before; i++) { incref(li->items[i]); out[total - 1 - k++] = li->items[i]; }
    Value mid = list_from_array(li->items + before, li->len - before - after);
    if (!mid) { decref(l); return -1; }
    out[total - 1 - k++] = mid;
    for (int64_t i = li->len - after; i < li->len; i++) { incref(li->items[i]); out[total - 1 - k++] = li->items[i]; }
    decref(l);
    return 0;
}

static Value format_value(Value v, int conv, Value spec) {
    Value s;
    if (conv == 1) s = obj_repr(v);
    else if (conv == 3) s = obj_ascii(v);
    else if (conv == 2) s = obj_str(v);
    else { incref(v); s = v; }
    if (!s) return V_NULL;
    if (!spec && IS_STR(s)) return s;
    Value r = obj_format(s, spec ? AS_STR(spec) : NULL);
    decref(s);
    return r;
}

/* A class statement: pick the metaclass, let it prepare the namespace, run
 * the body in it, and call the metaclass with (name, bases, namespace). */
static Value build_class_with(ThreadState *ts, Func *fn, Value name, Value bases, Value orig_bases, Dict *kw);

/* Bases that are not classes but have __mro_entries__ (typing's Generic[T],
 * NamedTuple) stand for the classes it returns; V_NULL: none changed. */
static Value resolve_bases(Value bases) {
    Tuple *bt = AS_TUPLE(bases);
    bool any = false;
    for (int64_t i = 0; i < bt->len; i++)
        if (!IS_CLASS(bt->items[i])) any = true;
    if (!any) return V_NULL;
    Value l = list_new(0);
    Str *me = str_intern_c("__mro_entries__");
    for (int64_t i = 0; l && i < bt->len; i++) {
        Value b = bt->items[i];
        Value m = IS_CLASS(b) ? V_NULL : obj_getattr_opt(b, me);
        if (!m) {
            if (err_occurred() || list_append(l, b) < 0) { decref(l); l = V_NULL; }
            continue;
        }
        Value r = call1(m, bases);
        decref(m);
        if (r && !IS_TUPLE(r)) { err_set_str(&Exc_TypeError, "__mro_entries__ must return a tuple"); decref(r); r = V_NULL; }
        if (!r || list_extend(l, r) < 0) { xdecref(r); decref(l); l = V_NULL; continue; }
        decref(r);
    }
    if (!l) return V_NULL;
    Value t = seq_to_tuple(l);
    decref(l);
    return t;
}

static Value build_class(ThreadState *ts, Value body, Value name, Value orig_bases, Dict *kw) {
    Func *fn = AS_FUNC(body);
    Value bases = resolve_bases(orig_bases);
    if (!bases) {
        if (err_occurred()) return V_NULL;
        incref(orig_bases);
        bases = orig_bases;
    }
    Value cls = build_class_with(ts, fn, name, bases, orig_bases, kw);
    decref(bases);
    return cls;
}

static Value build_class_with(ThreadState *ts, Func *fn, Value name, Value bases, Value orig_bases, Dict *kw) {
    Value meta = kw ? kw_take(kw, N.metaclass) : V_NULL;
    if (kw && !dict_len(kw)) kw = NULL;
    if (!meta || IS_CLASS(meta)) {
        Value m = type_metaclass_for(meta, bases);
        xdecref(meta);
        if (!(meta = m)) return V_NULL;
    }
    Value ns;
    Value prep = AS_TYPE(meta) != &TypeType && IS_CLASS(meta) ? type_lookup(AS_TYPE(meta), N.__prepare__) : V_NULL;
    if (prep) {
        decref(prep);
        Value pf = obj_getattr(meta, N.__prepare__);
        Value args[2] = {name, bases};
        ns = pf ? call(pf, args, 2, kw) : V_NULL;
        xdecref(pf);
        if (ns && !IS_DICT(ns)) {
            err_format(&Exc_TypeError, "%s.__prepare__() must return a dict (twinpy: a dict itself), not %s",
                       AS_TYPE(meta)->cname, type_name(ns));
            decref(ns);
            ns = V_NULL;
        }
    } else ns = dict_new();
    if (!ns) { decref(meta); return V_NULL; }
    Value modname = dict_get_str(fn->globals, N.__name__);
    if (modname) { dict_set_str(AS_DICT(ns), N.__module__, modname); decref(modname); }
    dict_set_str(AS_DICT(ns), N.__qualname__, OBJ_VAL(fn->qualname));
    if (bases != orig_bases) dict_set_str(AS_DICT(ns), str_intern_c("__orig_bases__"), orig_bases);
    Value cell = run_class_body(ts, fn, AS_DICT(ns));
    if (!cell) { decref(ns); decref(meta); return V_NULL; }
    /* the __class__ cell travels in the namespace to type.__new__, which fills it */
    if (IS_TYPE(cell, CellType) && dict_set_str(AS_DICT(ns), N.__classcell__, cell) < 0) {
        decref(cell); decref(ns); decref(meta);
        return V_NULL;
    }
    decref(cell);
    Value cls;
    if (AS_OBJ(meta) == &TypeType.ob) cls = type_new_class(&TypeType, AS_STR(name), bases, AS_DICT(ns), kw);
    else {
        Value args[3] = {name, bases, ns};
        cls = call(meta, args, 3, kw);
    }
    decref(ns);
    decref(meta);
    return cls;
}

static Value make_function(Frame *f, Code *co, Value qualname, int flags, Value defaults, Value kwdefaults, Value closure) {
    Value fv = func_new(co, f->globals, qualname);
    if (!fv) return V_NULL;
    Func *fn = AS_FUNC(fv);
    if (defaults) { incref(defaults); fn->defaults = AS_TUPLE(defaults); }
    if (kwdefaults) { incref(kwdefaults); fn->kwdefaults = AS_DICT(kwdefaults); }
    if (closure) { incref(closure); fn->closure = AS_TUPLE(closure); }
    /* functions defined with def in a module or a class body (methods) are
     * immortal: every thread calls them, and a refcounted function would be
     * a contended cache line */
    if ((flags & MF_DEF) && (f->code->flags & (CO_MODULE | CO_CLASSBODY))) immortal_track(AS_OBJ(fv));
    return fv;
}

static int import_star(Frame *f, Value mod) {
    if (!IS_TYPE(mod, ModuleType)) return 0;
    Dict *target = f->locals ? f->locals : f->globals;
    Value all = dict_get_str(((Module *)AS_OBJ(mod))->dict, N.__all__);
    if (all) {
        /* the names in __all__, private ones too, each one required */
        Value names = seq_to_list(all);
        decref(all);
        if (!names) return -1;
        int rc = 0;
        for (int64_t i = 0; !rc && i < AS_LIST(names)->len; i++) {
            Value nm = AS_LIST(names)->items[i];
            if (!IS_STR(nm)) {
                err_format(&Exc_TypeError, "Item in %s.__all__ must be str, not %s", ((Module *)AS_OBJ(mod))->name->data, type_name(nm));
                rc = -1;
                break;
            }
            Value v = obj_getattr(mod, str_intern((incref(nm), AS_STR(nm))));
            if (!v || dict_set(target, nm, v) < 0) rc = -1;
            xdecref(v);
        }
        decref(names);
        return rc;
    }
    Value items = dict_items_snapshot(((Module *)AS_OBJ(mod))->dict);
    if (!items) return -1;
    for (int64_t i = 0; i < AS_LIST(items)->len; i++) {
        Tuple *p = AS_TUPLE(AS_LIST(items)->items[i]);
        if (IS_STR(p->items[0]) && AS_STR(p->items[0])->data[0] == '_') continue;
        if (dict_set(f->locals ? f->locals : f->globals, p->items[0], p->items[1]) < 0) { decref(items); return -1; }
    }
    decref(items);
    return 0;
}

/* Both operands are floats or small ints, at least one a float. */
static inline bool float_pair(Value a, Value b, double *x, double *y) {
    bool fa = IS_OBJ(a) && AS_OBJ(a)->type == &FloatType, fb = IS_OBJ(b) && AS_OBJ(b)->type == &FloatType;
    if (!(fa || fb)) return false;
    if (fa) *x = AS_FLOAT(a);
    else if (IS_SMALL(a)) *x = (double)SMALL_VAL(a);
    else return false;
    if (fb) *y = AS_FLOAT(b);
    else if (IS_SMALL(b)) *y = (double)SMALL_VAL(b);
    else return false;
    return true;
}

/* ---- the eval loop --------------------------------------------------------------------------- */
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SET_TOP(v) (sp[-1] = (v))

#if USE_COMPUTED_GOTO && defined(__GNUC__)
#define TARGET(op) L_##op:
#define DISPATCH() do { instr = *ip++; oparg = INSTR_ARG(instr); goto *targets[INSTR_OP(instr)]; } while (0)
#define LOOP_START DISPATCH();
#define LOOP_END
#else
#define TARGET(op) case I_##op:
#define DISPATCH() continue
#define LOOP_START for (;;) { instr = *ip++; oparg = INSTR_ARG(instr); switch (INSTR_OP(instr)) {
#define LOOP_END default: err_format(&Exc_SystemError, "unknown opcode %u", INSTR_OP(instr)); goto error; } }
#endif

#define SAVE() do { f->ip = ip; f->sp = sp; } while (0)
#define LOAD() do { \
        code = f->code; ip = f->ip; sp = f->sp; fast = f->fast; consts = code->consts; names = code->names; \
    } while (0)

static Value eval(ThreadState *ts, Frame *f) {
    POL_ASSERT_NO_LOCK("running Python code");
    return eval_ex(ts, f, false);
}

/* ---- the instrumented dispatch table ----------------------------------------------
 * With -X trace or -X lockstats the table the loop dispatches through is
 * rewritten once, before any Python code runs: the entries of the
 * instructions that may wait (take an object lock, block, reach a
 * safepoint, call) first store ip in the frame, so that a wait knows its
 * instruction and Python line (instr_where.c).  Off, the table is never
 * touched and the loop runs as it always does.  Without computed goto the
 * lines of waits outside calls are those of the last call. */
bool vm_dispatch_saves_ip;
#if USE_COMPUTED_GOTO && defined(__GNUC__)
static bool ip_needs_no_save(int op) {
    switch (op) {
    case I_NOP: case I_POP_TOP: case I_DUP_TOP: case I_DUP_TOP_TWO: case I_ROT_TWO: case I_ROT_THREE:
    case I_ROT_FOUR: case I_LOAD_CONST: case I_LOAD_FAST: case I_STORE_FAST: case I_LOAD_CLOSURE: case I_CACHE:
    case I_JUMP: case I_POP_JUMP_IF_FALSE: case I_POP_JUMP_IF_TRUE: case I_JUMP_IF_FALSE_OR_POP:
    case I_JUMP_IF_TRUE_OR_POP: case I_IS_OP: case I_UNARY_NOT:
        return true;
    default:
        return false;
    }
}
void vm_instrument_dispatch(void) { eval_ex(NULL, NULL, true); }
#else
void vm_instrument_dispatch(void) {}
#endif

/* throwing: an exception is pending and must be raised where f is suspended */
static Value eval_ex(ThreadState *ts, Frame *f, bool throwing) {
#if USE_COMPUTED_GOTO && defined(__GNUC__)
    static void *targets[] = {
#define X(name, eff) &&L_##name,
        OPCODE_LIST(X)
#undef X
    };
#endif
    Code *code;
    uint32_t *ip;
    Value *sp, *fast, *consts;
    Str **names;
    uint32_t instr, oparg;
    Value retval;
#if USE_COMPUTED_GOTO && defined(__GNUC__)
    if (UNLIKELY(throwing) && !f) {
        /* vm_instrument_dispatch: every instruction that may wait saves
         * its ip first, so that the instruments know the Python line */
        static const void *const saving[] = {
#define X(name, eff) &&L_ip_##name,
            OPCODE_LIST(X)
#undef X
        };
        for (int i = 0; i < OPCODE_COUNT; i++)
            if (!ip_needs_no_save(i)) targets[i] = (void *)saving[i];
        vm_dispatch_saves_ip = true;
        return V_NULL;
    }
#endif
    Frame *entry_back = ts->frame;
    f->back = entry_back;
    ts->frame = f;
    LOAD();
    if (throwing) goto error;

    LOOP_START

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) { decref(POP()); DISPATCH(); }
    TARGET(DUP_TOP) { Value v = TOP(); incref(v); PUSH(v); DISPATCH(); }
    TARGET(DUP_TOP_TWO) {
        Value a = PEEK(2), b = PEEK(1);
        incref(a); incref(b);
        PUSH(a); PUSH(b);
        DISPATCH();
    }
    TARGET(ROT_TWO) { Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; DISPATCH(); }
    TARGET(ROT_THREE) { Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = t; DISPATCH(); }
    TARGET(ROT_FOUR) { Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = t; DISPATCH(); }
    TARGET(LOAD_CONST) { PUSH(consts[oparg]); DISPATCH(); } /* constants are immortal */
    TARGET(LOAD_FAST) {
        Value v = fast[oparg];
        if (UNLIKELY(!v)) {
            err_format(&Exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                       code->varnames[oparg]->data);
            goto error;
        }
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) { Value old = fast[oparg]; fast[oparg] = POP(); xdecref(old); DISPATCH(); }
    TARGET(DELETE_FAST) {
        Value old = fast[oparg];
        if (!old) {
            err_format(&Exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                       code->varnames[oparg]->data);
            goto error;
        }
        fast[oparg] = V_NULL;
        decref(old);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Cell *c = (Cell *)AS_OBJ(fast[code->nlocals + oparg]);
        Value v;
        CRITICAL_BEGIN(c);
        v = c->v;
        if (v) incref(SLOT_READ(v));
        CRITICAL_END();
        if (!v) {
            Str *nm = oparg < (uint32_t)code->ncells ? code->cellnames[oparg] : code->freenames[oparg - code->ncells];
            if (oparg < (uint32_t)code->ncells)
                err_format(&Exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", nm->data);
            else
                err_format(&Exc_NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", nm->data);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        Cell *c = (Cell *)AS_OBJ(fast[code->nlocals + oparg]);
        Value v = POP(), old;
        CRITICAL_BEGIN(c);
        old = c->v;
        c->v = v;
        CRITICAL_END();
        xdecref(old);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        Cell *c = (Cell *)AS_OBJ(fast[code->nlocals + oparg]);
        Value old;
        CRITICAL_BEGIN(c);
        old = c->v;
        c->v = V_NULL;
        CRITICAL_END();
        if (!old) {
            Str *nm = oparg < (uint32_t)code->ncells ? code->cellnames[oparg] : code->freenames[oparg - code->ncells];
            err_format(&Exc_NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", nm->data);
            goto error;
        }
        decref(old);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Str *nm = oparg < (uint32_t)code->ncells ? code->cellnames[oparg] : code->freenames[oparg - code->ncells];
        Value v = f->locals ? dict_get_str(f->locals, nm) : V_NULL;
        if (!v) {
            if (err_occurred()) goto error;
            Cell *c = (Cell *)AS_OBJ(fast[code->nlocals + oparg]);
            CRITICAL_BEGIN(c);
            v = c->v;
            if (v) incref(SLOT_READ(v));
            CRITICAL_END();
            if (!v) {
                err_format(&Exc_NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", nm->data);
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) { Value c = fast[code->nlocals + oparg]; incref(c); PUSH(c); DISPATCH(); }
    TARGET(LOAD_GLOBAL) {
        GlobalCache *gc = &code->gcache[INSTR_ARG(*ip++)];
        uint32_t gs = LOAD_ACQUIRE(&f->globals->seq), bs = LOAD_ACQUIRE(&interp.builtins->seq);
        uint64_t key = (uint64_t)gs << 32 | bs;
        uint32_t l1 = LOAD_ACQUIRE(&gc->lk);
        if (LIKELY(l1 && !(l1 & 1))) {
            uint64_t k = LOAD_ACQUIRE(&gc->key);
            Value v = LOAD_ACQUIRE(&gc->value);
            if (LIKELY(k == key && LOAD_RELAXED(&gc->lk) == l1 && !((gs | bs) & 1))) {
                PUSH(v); /* immortal or a small int: no reference to take */
                DISPATCH();
            }
        }
        Value v = load_global(f, names[oparg]);
        if (!v) goto error;
        if (!((gs | bs) & 1) && (IS_SMALL(v) || is_immortal(AS_OBJ(v)))) {
            uint32_t l = LOAD_RELAXED(&gc->lk);
            if (!(l & 1) && __atomic_compare_exchange_n(&gc->lk, &l, l + 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
                STORE_RELEASE(&gc->key, key);
                STORE_RELEASE(&gc->value, v);
                STORE_RELEASE(&gc->lk, l + 2);
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(CACHE) { DISPATCH(); }
    TARGET(STORE_GLOBAL) {
        Value v = POP();
        int r = dict_set_str(f->globals, names[oparg], v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        int r = dict_del(f->globals, OBJ_VAL(names[oparg]));
        if (r < 0) goto error;
        if (r == 0) { err_name_error(names[oparg], f->globals); goto error; }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Str *nm = names[oparg];
        Value v = f->locals ? dict_get_str(f->locals, nm) : V_NULL;
        if (!v) {
            if (err_occurred()) goto error;
            v = load_global(f, nm);
            if (!v) goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Value v = POP();
        int r = dict_set_str(f->locals ? f->locals : f->globals, names[oparg], v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        int r = dict_del(f->locals ? f->locals : f->globals, OBJ_VAL(names[oparg]));
        if (r < 0) goto error;
        if (r == 0) { err_name_error(names[oparg], f->globals); goto error; }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Value o = TOP();
        Value v = obj_getattr(o, names[oparg]);
        if (!v) goto error;
        SET_TOP(v);
        decref(o);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_FAST) {
        /* the local keeps the object alive: only this frame can rebind it */
        Value o = fast[oparg & 4095];
        if (UNLIKELY(!o)) {
            err_format(&Exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                       code->varnames[oparg & 4095]->data);
            goto error;
        }
        Value v = obj_getattr(o, names[oparg >> 12]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Value o = POP(), v = POP();
        int r = obj_setattr(o, names[oparg], v);
        decref(o);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Value o = POP();
        int r = obj_setattr(o, names[oparg], V_NULL);
        decref(o);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Value o = TOP();
        Str *nm = names[oparg];
        Type *t = TYPE(o);
        if (!t->getattr) {
            Value d = type_lookup(t, nm);
            if (d) {
                Type *dt = TYPE(d);
                /* object's own methods (owner NULL) on a built-in object are
                 * not the built-in's: (1).__repr__() goes the slow way */
                bool objects = dt == &NativeType && !((Native *)AS_OBJ(d))->owner && !(t->flags & TF_HEAP);
                if (!objects && (dt == &FunctionType ||
                                 (dt == &NativeType && ((Native *)AS_OBJ(d))->method && !((Native *)AS_OBJ(d))->self))) {
                    bool shadowed = false;
                    if (t->flags & (TF_INSTANCE | TF_EXC)) {
                        Value inst = dict_get_str(((Instance *)AS_OBJ(o))->dict, nm);
                        if (inst) { shadowed = true; decref(inst); }
                    }
                    if (!shadowed) {
                        SET_TOP(d);
                        PUSH(o); /* self: the reference moves */
                        DISPATCH();
                    }
                }
                decref(d);
            }
        }
        Value v = obj_getattr(o, nm);
        if (!v) goto error;
        SET_TOP(v);
        decref(o);
        PUSH(V_NULL);
        DISPATCH();
    }
    TARGET(CALL_METHOD) {
        Value *args = sp - oparg;
        Value self = args[-1], func = args[-2];
        int n = (int)oparg;
        if (self) { args--; n++; }
        if (IS_FUNC(func)) {
            Func *fn = AS_FUNC(func);
            Code *co = LOAD_ACQUIRE(&fn->code);
            if ((co->flags & CO_SIMPLE) && n == co->argcount) {
                POL_SAFEPOINT(ts);
                /* the arguments' and the function's references move to the frame */
                Frame *nf = frame_push_simple(ts, fn, co, args, n);
                if (!nf) goto error;
                sp = args - (self ? 1 : 2);
                SAVE();
                nf->back = f;
                f = nf;
                ts->frame = f;
                LOAD();
                DISPATCH();
            }
        }
        SAVE();
        Value r = call(func, args, n, NULL);
        for (int i = 0; i < n; i++) decref(args[i]);
        sp = args - (self ? 1 : 2);
        decref(func);
        if (!self) { /* the NULL slot */ }
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value key = POP(), o = TOP(), r;
        if (IS_LIST(o) && IS_SMALL(key)) {
            r = list_get(o, SMALL_VAL(key));
            if (!r) { decref(key); err_set_str(&Exc_IndexError, "list index out of range"); goto error; }
        } else r = obj_getitem(o, key);
        decref(key);
        if (!r) goto error;
        SET_TOP(r);
        decref(o);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR_FAST) {
        Value key = TOP(), o = fast[oparg], r;
        if (UNLIKELY(!o)) {
            err_format(&Exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                       code->varnames[oparg]->data);
            goto error;
        }
        if (IS_LIST(o) && IS_SMALL(key)) {
            r = list_get(o, SMALL_VAL(key));
            if (!r) { err_set_str(&Exc_IndexError, "list index out of range"); goto error; }
        } else r = obj_getitem(o, key);
        if (!r) goto error;
        SET_TOP(r);
        decref(key);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value key = POP(), o = POP(), v = POP();
        int r = obj_setitem(o, key, v);
        decref(key); decref(o); decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value key = POP(), o = POP();
        int r = obj_setitem(o, key, V_NULL);
        decref(key); decref(o);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : V_NONE;
        Value stop = POP(), start = TOP();
        Value s = slice_new(start, stop, step);
        if (oparg == 3) decref(step);
        decref(stop);
        decref(start);
        if (!s) { sp--; goto error; }
        SET_TOP(s);
        DISPATCH();
    }
    TARGET(BINARY_ADD)
    TARGET(INPLACE_ADD) {
        Value b = POP(), a = TOP(), r;
        intptr_t s; /* on tagged values: (2x+1) + (2y+1) - 1 = 2(x+y)+1, overflow = out of range */
        if (IS_SMALL(a) && IS_SMALL(b) && !__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &s)) {
            SET_TOP((Value)s);
            DISPATCH();
        }
        double x, y;
        if (float_pair(a, b, &x, &y)) r = float_new(x + y);
        else if (INSTR_OP(instr) == I_INPLACE_ADD) r = obj_inplace(BOP_ADD, a, b);
        else r = obj_binop(BOP_ADD, a, b);
        decref(b);
        if (!r) goto error;
        SET_TOP(r);
        decref(a);
        DISPATCH();
    }
    TARGET(BINARY_SUB)
    TARGET(INPLACE_SUB) {
        Value b = POP(), a = TOP(), r;
        intptr_t s; /* (2x+1) - (2y+1) + 1 = 2(x-y)+1 */
        if (IS_SMALL(a) && IS_SMALL(b) && !__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &s)) {
            SET_TOP((Value)s);
            DISPATCH();
        }
        double x, y;
        if (float_pair(a, b, &x, &y)) r = float_new(x - y);
        else if (INSTR_OP(instr) == I_INPLACE_SUB) r = obj_inplace(BOP_SUB, a, b);
        else r = obj_binop(BOP_SUB, a, b);
        decref(b);
        if (!r) goto error;
        SET_TOP(r);
        decref(a);
        DISPATCH();
    }
    TARGET(BINARY_OP)
    TARGET(INPLACE_OP) {
        Value b = POP(), a = TOP(), r;
        double x, y;
        if ((oparg == BOP_MUL || (oparg == BOP_TRUEDIV && !(IS_SMALL(b) && b == MK_SMALL(0)))) && float_pair(a, b, &x, &y) &&
            (oparg == BOP_MUL || y != 0.0))
            r = float_new(oparg == BOP_MUL ? x * y : x / y);
        else if (IS_SMALL(a) && IS_SMALL(b) && oparg == BOP_MUL) {
            int64_t m;
            if (!__builtin_mul_overflow(SMALL_VAL(a), SMALL_VAL(b), &m) && FITS_SMALL(m)) { SET_TOP(MK_SMALL(m)); DISPATCH(); }
            r = obj_binop((int)oparg, a, b);
        } else if (INSTR_OP(instr) == I_INPLACE_OP) r = obj_inplace((int)oparg, a, b);
        else r = obj_binop((int)oparg, a, b);
        decref(b);
        if (!r) goto error;
        SET_TOP(r);
        decref(a);
        DISPATCH();
    }
    TARGET(UNARY_NEG) {
        Value a = TOP(), r = obj_neg(a);
        if (!r) goto error;
        SET_TOP(r); decref(a);
        DISPATCH();
    }
    TARGET(UNARY_POS) {
        Value a = TOP(), r = obj_pos(a);
        if (!r) goto error;
        SET_TOP(r); decref(a);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Value a = TOP(), r = obj_invert(a);
        if (!r) goto error;
        SET_TOP(r); decref(a);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Value a = TOP();
        int t = obj_truth(a);
        if (t < 0) goto error;
        SET_TOP(MK_BOOL(!t));
        decref(a);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = POP(), a = TOP(), r;
        if (IS_SMALL(a) && IS_SMALL(b)) {
            int64_t x = SMALL_VAL(a), y = SMALL_VAL(b);
            bool t;
            switch (oparg) {
            case CMP_LT: t = x < y; break;
            case CMP_LE: t = x <= y; break;
            case CMP_EQ: t = x == y; break;
            case CMP_NE: t = x != y; break;
            case CMP_GT: t = x > y; break;
            default: t = x >= y; break;
            }
            /* the next instruction is nearly always a conditional jump: take it here */
            uint32_t nx = *ip;
            if (INSTR_OP(nx) == I_POP_JUMP_IF_FALSE) {
                sp--;
                ip = t ? ip + 1 : code->code + INSTR_ARG(nx);
                DISPATCH();
            }
            if (INSTR_OP(nx) == I_POP_JUMP_IF_TRUE) {
                sp--;
                ip = t ? code->code + INSTR_ARG(nx) : ip + 1;
                DISPATCH();
            }
            SET_TOP(MK_BOOL(t));
            DISPATCH();
        }
        r = obj_richcmp(a, b, (int)oparg);
        decref(b);
        if (!r) goto error;
        SET_TOP(r);
        decref(a);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP(), a = TOP();
        bool t = (a == b) != (oparg != 0);
        SET_TOP(MK_BOOL(t));
        decref(a); decref(b);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Value b = POP(), a = TOP();
        int r = obj_contains(b, a);
        decref(b);
        if (r < 0) goto error;
        SET_TOP(MK_BOOL(r != (int)(oparg != 0)));
        decref(a);
        DISPATCH();
    }
    TARGET(JUMP) { ip = code->code + oparg; DISPATCH(); }
    TARGET(JUMP_BACK) {
        ip = code->code + oparg;
        POL_SAFEPOINT(ts);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == V_FALSE) { ip = code->code + oparg; DISPATCH(); }
        if (v == V_TRUE) DISPATCH();
        int t = obj_truth(v);
        decref(v);
        if (t < 0) goto error;
        if (!t) ip = code->code + oparg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == V_TRUE) { ip = code->code + oparg; DISPATCH(); }
        if (v == V_FALSE) DISPATCH();
        int t = obj_truth(v);
        decref(v);
        if (t < 0) goto error;
        if (t) ip = code->code + oparg;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = obj_truth(TOP());
        if (t < 0) goto error;
        if (!t) ip = code->code + oparg;
        else decref(POP());
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = obj_truth(TOP());
        if (t < 0) goto error;
        if (t) ip = code->code + oparg;
        else decref(POP());
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Value o = TOP();
        Value it = obj_iter(o);
        if (!it) goto error;
        SET_TOP(it);
        decref(o);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP(), v;
        if (AS_OBJ(it)->type == &RangeIterType) v = rangeiter_next(it);
        else v = obj_next(it);
        if (v) { PUSH(v); DISPATCH(); }
        if (err_occurred()) goto error;
        decref(POP());
        ip = code->code + oparg;
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        Value t = tuple_new(oparg);
        if (!t) goto error;
        sp -= oparg;
        if (oparg) memcpy(AS_TUPLE(t)->items, sp, oparg * sizeof(Value));
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Value l = list_new(oparg);
        if (!l) goto error;
        sp -= oparg;
        if (oparg) memcpy(AS_LIST(l)->items, sp, oparg * sizeof(Value));
        AS_LIST(l)->len = oparg;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Value s = set_new();
        if (!s) goto error;
        int err = 0;
        for (uint32_t i = 0; i < oparg; i++) if (!err && set_add(s, sp[-(int)oparg + (int)i]) < 0) err = 1;
        for (uint32_t i = 0; i < oparg; i++) decref(POP());
        if (err) { decref(s); goto error; }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Value d = dict_new();
        if (!d) goto error;
        int err = 0;
        Value *base = sp - 2 * oparg;
        for (uint32_t i = 0; i < oparg; i++)
            if (!err && dict_set(AS_DICT(d), base[2 * i], base[2 * i + 1]) < 0) err = 1;
        for (uint32_t i = 0; i < 2 * oparg; i++) decref(POP());
        if (err) { decref(d); goto error; }
        PUSH(d);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        int r = list_append(PEEK(oparg), v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        int r = set_add(PEEK(oparg), v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP(), k = POP();
        int r = dict_set(AS_DICT(PEEK(oparg)), k, v);
        decref(k); decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value v = POP();
        int depth = (int)(oparg & 0xff); /* 0x100: in a call, the callee is under the list */
        int r = list_extend(PEEK(depth), v);
        if (r < 0 && err_matches(&Exc_TypeError) && !TYPE(v)->iter && !(TYPE(v)->flags & TF_ITER_SELF) && !TYPE(v)->getitem) {
            err_clear();
            if (oparg & 0x100) {
                Value desc = callable_desc(PEEK(depth + 1));
                if (desc) {
                    err_format(&Exc_TypeError, "%s argument after * must be an iterable, not %s", AS_STR(desc)->data, type_name(v));
                    decref(desc);
                }
            } else err_format(&Exc_TypeError, "Value after * must be an iterable, not %s", type_name(v));
        }
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Value v = POP();
        int r = set_update(PEEK(oparg), v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value v = POP();
        int r = dict_update(AS_DICT(PEEK(oparg)), v);
        if (r < 0 && err_matches(&Exc_TypeError) && !IS_DICT(v)) {
            err_clear();
            err_format(&Exc_TypeError, "'%s' object is not a mapping", type_name(v));
        }
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value v = POP();
        Value callee = PEEK(oparg + 2);
        int r = dict_merge_kwargs(AS_DICT(PEEK(oparg)), v, true, callee);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Value l = TOP();
        Value t = list_snapshot(l);
        if (!t) goto error;
        SET_TOP(t);
        decref(l);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        if (IS_TUPLE(seq) && AS_TUPLE(seq)->len == (int64_t)oparg) {
            for (int64_t i = (int64_t)oparg - 1; i >= 0; i--) {
                Value v = AS_TUPLE(seq)->items[i];
                incref(v);
                PUSH(v);
            }
            decref(seq);
            DISPATCH();
        }
        int r = unpack(seq, (int)oparg, sp);
        decref(seq);
        if (r < 0) goto error;
        sp += oparg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        Value seq = POP();
        int before = oparg & 0xff, after = (int)(oparg >> 8);
        int r = unpack_ex(seq, before, after, sp);
        decref(seq);
        if (r < 0) goto error;
        sp += before + after + 1;
        DISPATCH();
    }
    TARGET(CALL) {
        Value *args = sp - oparg;
        Value func = args[-1];
        if (IS_FUNC(func)) {
            Func *fn = AS_FUNC(func);
            Code *co = LOAD_ACQUIRE(&fn->code);
            POL_SAFEPOINT(ts);
            if ((co->flags & CO_SIMPLE) && oparg == (uint32_t)co->argcount) {
                Frame *nf = frame_push_simple(ts, fn, co, args, (int)oparg);
                if (!nf) goto error;
                sp = args - 1;
                SAVE();
                nf->back = f;
                f = nf;
                ts->frame = f;
                LOAD();
                DISPATCH();
            }
            if (!(co->flags & CO_GENERATOR)) {
                Frame *nf = frame_for_call(ts, fn, args, (int)oparg, NULL);
                for (uint32_t i = 0; i < oparg; i++) decref(args[i]);
                sp = args - 1;
                decref(func);
                if (!nf) goto error;
                SAVE();
                nf->back = f;
                f = nf;
                ts->frame = f;
                LOAD();
                DISPATCH();
            }
        }
        SAVE();
        Value r = call(func, args, (int)oparg, NULL);
        for (uint32_t i = 0; i < oparg; i++) decref(args[i]);
        sp = args - 1;
        decref(func);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_KW) {
        Value kwnames = POP();
        Tuple *kn = AS_TUPLE(kwnames);
        int nkw = (int)kn->len, npos = (int)oparg - nkw;
        Value *args = sp - oparg;
        Value func = args[-1];
        Value kwd = dict_new();
        Value r = V_NULL;
        if (kwd) {
            int err = 0;
            for (int i = 0; i < nkw && !err; i++)
                if (dict_set(AS_DICT(kwd), kn->items[i], args[npos + i]) < 0) err = 1;
            if (!err) {
                if (IS_FUNC(func) && !(LOAD_ACQUIRE(&AS_FUNC(func)->code)->flags & CO_GENERATOR)) {
                    POL_SAFEPOINT(ts);
                    Frame *nf = frame_for_call(ts, AS_FUNC(func), args, npos, AS_DICT(kwd));
                    decref(kwd);
                    decref(kwnames);
                    for (uint32_t i = 0; i < oparg; i++) decref(args[i]);
                    sp = args - 1;
                    decref(func);
                    if (!nf) goto error;
                    SAVE();
                    nf->back = f;
                    f = nf;
                    ts->frame = f;
                    LOAD();
                    DISPATCH();
                }
                SAVE();
                r = call(func, args, npos, AS_DICT(kwd));
            }
            decref(kwd);
        }
        decref(kwnames);
        for (uint32_t i = 0; i < oparg; i++) decref(args[i]);
        sp = args - 1;
        decref(func);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_EX) {
        Value kw = (oparg & 1) ? POP() : V_NULL;
        Value argt = POP(), func = TOP();
        SAVE();
        Value r = call(func, AS_TUPLE(argt)->items, (int)AS_TUPLE(argt)->len, kw ? AS_DICT(kw) : NULL);
        xdecref(kw);
        decref(argt);
        if (!r) goto error;
        SET_TOP(r);
        decref(func);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Value qualname = POP(), cv = POP();
        Value closure = (oparg & MF_CLOSURE) ? POP() : V_NULL;
        Value ann = (oparg & MF_ANNOTATIONS) ? POP() : V_NULL;
        Value kwdefaults = (oparg & MF_KWDEFAULTS) ? POP() : V_NULL;
        Value defaults = (oparg & MF_DEFAULTS) ? POP() : V_NULL;
        Value fn = make_function(f, AS_CODE(cv), qualname, (int)oparg, defaults, kwdefaults, closure);
        decref(qualname); decref(cv); xdecref(closure); xdecref(kwdefaults); xdecref(defaults);
        if (fn && ann && obj_setattr(fn, N.__annotations__, ann) < 0) { decref(fn); fn = V_NULL; }
        xdecref(ann);
        if (!fn) goto error;
        PUSH(fn);
        DISPATCH();
    }
    TARGET(BUILD_CLASS) {
        Value kw = oparg ? POP() : V_NULL;
        Value bases = POP(), name = POP(), body = POP();
        SAVE();
        Value cls = build_class(ts, body, name, bases, kw ? AS_DICT(kw) : NULL);
        xdecref(kw);
        decref(bases);
        decref(name);
        decref(body);
        if (!cls) goto error;
        PUSH(cls);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto do_return;
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE();
        f->entry = 2; /* tells vm_gen_send the frame is suspended, not finished */
        ts->frame = entry_back;
        return retval;
    }
    TARGET(RAISE) {
        Value exc = V_NULL, cause = V_NULL;
        if (oparg == 2) cause = POP();
        if (oparg >= 1) exc = POP();
        if (oparg == 0) {
            Value h = ts->handled;
            if (!h) { err_set_str(&Exc_RuntimeError, "No active exception to reraise"); goto error; }
            incref(h);
            err_set_exc(h);
            Value chain = exc_get(h, EXC_TRACEBACK);
            bool here = chain && ((Traceback *)AS_OBJ(chain))->code == code;
            xdecref(chain);
            if (here) goto reraise;
            goto error;
        }
        if (IS_CLASS(exc)) {
            if (!type_is_subtype(AS_TYPE(exc), &Exc_BaseException)) goto bad_raise;
            Value inst = call0(exc);
            decref(exc);
            if (!inst) { xdecref(cause); goto error; }
            exc = inst;
            if (!exc_is_instance(exc, &Exc_BaseException)) {
                err_format(&Exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                           type_name(exc), type_name(exc));
                decref(exc);
                xdecref(cause);
                goto error;
            }
        } else if (!exc_is_instance(exc, &Exc_BaseException)) {
        bad_raise:
            decref(exc);
            xdecref(cause);
            err_set_str(&Exc_TypeError, "exceptions must derive from BaseException");
            goto error;
        }
        if (cause) {
            if (cause == V_NONE) { decref(cause); cause = V_NULL; }
            else if (IS_CLASS(cause) && type_is_subtype(AS_TYPE(cause), &Exc_BaseException)) {
                Value c2 = call0(cause);
                decref(cause);
                if (!c2) { decref(exc); goto error; }
                cause = c2;
            } else if (!exc_is_instance(cause, &Exc_BaseException)) {
                decref(cause);
                decref(exc);
                err_set_str(&Exc_TypeError, "exception causes must derive from BaseException");
                goto error;
            }
            exc_set_cause(exc, cause);
        }
        err_set_exc(exc);
        goto error;
    }
    TARGET(RERAISE) {
        Value exc = POP();
        Value old = ts->exc;
        ts->exc = exc;
        xdecref(old);
        goto reraise;
    }
    TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        Value prev = ts->handled;
        SET_TOP(prev ? prev : V_NONE);
        if (!prev) incref(V_NONE);
        incref(exc);
        ts->handled = exc;
        PUSH(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Value prev = POP();
        Value cur = ts->handled;
        ts->handled = prev == V_NONE ? V_NULL : prev;
        if (prev == V_NONE) decref(prev);
        xdecref(cur);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value cls = TOP();
        int r = exc_match(PEEK(2), cls);
        if (r < 0) goto error;
        SET_TOP(MK_BOOL(r));
        decref(cls);
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        Value enter = type_lookup(TYPE(mgr), N.__enter__);
        Value exitf = enter ? type_lookup(TYPE(mgr), N.__exit__) : V_NULL;
        if (!enter || !exitf) {
            err_format(&Exc_TypeError, "'%s' object does not support the context manager protocol%s", type_name(mgr),
                       enter ? " (missed __exit__ method)" : "");
            xdecref(enter);
            goto error;
        }
        Value bound_exit = bind_method(exitf, mgr);
        decref(exitf);
        if (!bound_exit) { decref(enter); goto error; }
        Value bound_enter = bind_method(enter, mgr);
        decref(enter);
        SAVE();
        Value r = bound_enter ? call0(bound_enter) : V_NULL;
        xdecref(bound_enter);
        if (!r) { decref(bound_exit); goto error; }
        SET_TOP(bound_exit);
        decref(mgr);
        PUSH(r);
        DISPATCH();
    }
    TARGET(WITH_EXIT) {
        Value ex = POP();
        Value args[3] = {V_NONE, V_NONE, V_NONE};
        SAVE();
        Value r = call(ex, args, 3, NULL);
        decref(ex);
        if (!r) goto error;
        decref(r);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Value exc = TOP(), ex = PEEK(3);
        Value chain = exc_get(exc, EXC_TRACEBACK);
        Value args[3] = {OBJ_VAL(TYPE(exc)), exc, chain ? chain : V_NONE};
        SAVE();
        Value r = call(ex, args, 3, NULL);
        xdecref(chain);
        if (!r) goto error;
        int t = obj_truth(r);
        decref(r);
        if (t < 0) goto error;
        PUSH(MK_BOOL(t));
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (oparg >> 8) ? POP() : V_NULL;
        Value v = TOP();
        Value r = format_value(v, (int)(oparg & 0xff), spec);
        xdecref(spec);
        if (!r) goto error;
        SET_TOP(r);
        decref(v);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        SBuf b;
        sb_init(&b);
        for (uint32_t i = 0; i < oparg; i++) sb_add_str(&b, AS_STR(sp[-(int)oparg + (int)i]));
        for (uint32_t i = 0; i < oparg; i++) decref(POP());
        Value s = sb_finish(&b);
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Value how = POP(); /* leaf (1) | level << 1 */
        SAVE();
        int64_t bits = IS_SMALL(how) ? SMALL_VAL(how) : 0;
        Value m = import_module_level(names[oparg], bits & 1, (int)(bits >> 1), f->globals);
        decref(how);
        if (!m) goto error;
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Value m = TOP();
        Str *nm = names[oparg];
        Value v = obj_getattr_opt(m, nm);
        if (!v && !err_occurred()) {
            SAVE();
            v = import_submodule_opt(m, nm); /* from package import submodule */
        }
        if (!v) {
            if (err_occurred()) goto error;
            Value mn = IS_TYPE(m, ModuleType) ? OBJ_VAL(((Module *)AS_OBJ(m))->name) : V_NULL;
            Value file = IS_TYPE(m, ModuleType) ? dict_get_str(((Module *)AS_OBJ(m))->dict, N.__file__) : V_NULL;
            err_format(&Exc_ImportError, "cannot import name '%s' from '%s' (%s)", nm->data, mn ? AS_STR(mn)->data : "?",
                       file && IS_STR(file) ? AS_STR(file)->data : "unknown location");
            xdecref(file);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Value m = POP();
        int r = import_star(f, m);
        decref(m);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) { PUSH(OBJ_VAL(&Exc_AssertionError)); DISPATCH(); }
    TARGET(RETURN_GENERATOR) { DISPATCH(); }
    TARGET(SEND) {
        /* yield from: [iter v] -> [iter yielded], or [returned] and jump */
        Value v = POP(), it = TOP(), out;
        if (IS_TYPE(it, GenType)) {
            SAVE();
            int st = gen_resume((Gen *)AS_OBJ(it), v, V_NULL, &out);
            decref(v);
            if (st == GEN_ERROR) goto error;
            if (st == GEN_YIELDED) { PUSH(out); DISPATCH(); }
        } else {
            SAVE();
            if (v == V_NONE) out = TYPE(it)->next ? iter_next_keep(it) : obj_next(it);
            else out = call_method(it, N.send, &v, 1);
            decref(v);
            if (out) { PUSH(out); DISPATCH(); }
            if (err_matches(&Exc_StopIteration)) out = take_stop_value(); /* what yield from returns */
            else if (err_occurred()) goto error;
            else out = V_NONE; /* a built-in iterator ran out */
        }
        decref(POP());
        PUSH(out);
        ip = code->code + oparg;
        DISPATCH();
    }

    LOOP_END

do_return:
    f->sp = sp; /* what is left on the stack is released with the frame */
    if (f->entry) {
        ts->frame = entry_back;
        if (!f->on_heap) frame_pop(ts, f);
        return retval;
    } else {
        Frame *back = f->back;
        if (LIKELY(sp == fast + code->nfast)) {
            /* the common case, inline: release the locals and the function */
            int n = code->nfast;
            for (int i = 0; i < n; i++) xdecref(fast[i]);
            Func *fn = f->func;
            if (fn) decref(OBJ_VAL(fn));
            ts->depth--;
            ts->arena_top = (Value *)f;
        } else frame_pop(ts, f);
        f = back;
        ts->frame = f;
        LOAD();
        PUSH(retval);
        DISPATCH();
    }

#if USE_COMPUTED_GOTO && defined(__GNUC__)
    /* the instrumented dispatch's entries (see vm_instrument_dispatch) */
#define X(name, eff) L_ip_##name: f->ip = ip; goto L_##name;
    OPCODE_LIST(X)
#undef X
#endif

error:
    /* an instruction failed: record where, then look for a handler */
    {
        Value exc = ts->exc;
        if (!exc) { err_set_str(&Exc_SystemError, "error return without exception set"); exc = ts->exc; }
        exc_add_traceback(exc, code, code->lines[ip - 1 - code->code]);
    }
reraise:
    for (;;) {
        int64_t at = ip - 1 - code->code;
        ExcEntry *h = NULL;
        for (int i = 0; i < code->nexc; i++) {
            ExcEntry *e = &code->exctab[i];
            if (at >= e->start && at < e->end) { h = e; break; }
        }
        if (h) {
            Value *base = stack_base(f) + h->depth;
            while (sp > base) xdecref(POP());
            Value exc = ts->exc;
            ts->exc = V_NULL;
            PUSH(exc);
            ip = code->code + h->target;
            DISPATCH();
        }
        /* no handler here: leave this frame */
        f->sp = sp;
        if (f->entry) {
            ts->frame = entry_back;
            if (!f->on_heap) frame_pop(ts, f);
            return V_NULL;
        }
        Frame *back = f->back;
        frame_pop(ts, f);
        f = back;
        ts->frame = f;
        LOAD();
        exc_add_traceback(ts->exc, code, code->lines[ip - 1 - code->code]);
    }
}
