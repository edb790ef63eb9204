/* frameobj.c - frame objects for sys._getframe() and traceback.tb_frame.
 *
 * The interpreter's frames live in a per-thread arena and die with their
 * call, so a Python frame object cannot point at one.  It is a snapshot
 * instead, taken when asked for: the code, the line, the globals, the
 * locals as a dict, and the caller's snapshot (the whole chain is taken at
 * once).  What a program reads from it (f_code, f_lineno, f_globals,
 * f_locals, f_back) is what the frame held at that moment; unlike CPython's,
 * it does not follow the frame as it runs on, and f_locals of a function
 * lists its plain locals, not the ones its inner functions capture. */
#include "runtime.h"

Type FrameObjType = {.ob = OBJ_HEAD_INIT(&TypeType)};

typedef struct {
    Obj ob;
    Code *code;    /* immortal, as all code */
    int line;
    Value globals; /* dict or V_NULL */
    Value locals;  /* dict or V_NULL */
    Value back;    /* the caller's snapshot, or V_NONE */
} FrameObj;

static Value snapshot_one(Frame *f, Value back) {
    FrameObj *o = (FrameObj *)obj_new(&FrameObjType, sizeof(FrameObj));
    if (!o) return V_NULL;
    o->code = f->code;
    o->line = f->ip ? code_line_at(f->code, f->ip - 1) : f->code->firstline;
    o->globals = f->globals ? (incref(OBJ_VAL(f->globals)), OBJ_VAL(f->globals)) : V_NULL;
    o->back = back;
    if (f->locals) {
        incref(OBJ_VAL(f->locals));
        o->locals = OBJ_VAL(f->locals);
    } else {
        Value d = dict_new();
        for (int32_t i = 0; d && i < f->code->nlocals; i++) {
            Value v = f->fast[i];
            if (v && dict_set_str(AS_DICT(d), f->code->varnames[i], v) < 0) { decref(d); d = V_NULL; }
        }
        o->locals = d;
        if (!d) { decref(OBJ_VAL(o)); return V_NULL; }
    }
    return OBJ_VAL(o);
}

/* The frame `depth` calls up from the running one, with its callers. */
Value frame_snapshot(int64_t depth) {
    ThreadState *ts = cur_ts;
    Frame *f = ts ? ts->frame : NULL;
    for (int64_t i = 0; f && i < depth; i++) f = f->back;
    if (!f) return err_set_str(&Exc_ValueError, "call stack is not deep enough");
    /* callers first, so that each snapshot can hold its f_back */
    int64_t n = 0;
    for (Frame *g = f; g; g = g->back) n++;
    Frame **chain = mem_alloc((size_t)n * sizeof(Frame *));
    if (!chain) return V_NULL;
    int64_t k = 0;
    for (Frame *g = f; g; g = g->back) chain[k++] = g;
    Value back = V_NONE;
    for (int64_t i = n - 1; i >= 0; i--) {
        Value s = snapshot_one(chain[i], back);
        if (!s) { decref(back); back = V_NULL; break; }
        back = s;
    }
    mem_free(chain);
    return back;
}

/* tb.tb_frame: the code and line only (the frame is gone) */
Value frame_for_traceback(Code *code, int line) {
    FrameObj *o = (FrameObj *)obj_new(&FrameObjType, sizeof(FrameObj));
    if (!o) return V_NULL;
    o->code = code;
    o->line = line;
    o->globals = o->locals = V_NULL;
    o->back = V_NONE;
    return OBJ_VAL(o);
}

static void frameobj_dealloc(Obj *ob) {
    /* a chain of snapshots is freed iteratively, as long as nothing else holds the next one */
    FrameObj *o = (FrameObj *)ob;
    while (o) {
        xdecref(o->globals);
        xdecref(o->locals);
        Value back = o->back;
        obj_free(&o->ob);
        if (back == V_NONE || !POL_DECREF_IS_ZERO(AS_OBJ(back))) break;
        o = (FrameObj *)AS_OBJ(back);
    }
}

static Value frameobj_getattr(Value self, Str *name) {
    FrameObj *o = (FrameObj *)AS_OBJ(self);
    if (str_eq_c(name, "f_code")) { incref(OBJ_VAL(o->code)); return OBJ_VAL(o->code); }
    if (str_eq_c(name, "f_lineno")) return MK_SMALL(o->line);
    if (str_eq_c(name, "f_lasti")) return MK_SMALL(0);
    if (str_eq_c(name, "f_back")) { incref(o->back); return o->back; }
    if (str_eq_c(name, "f_globals") || str_eq_c(name, "f_locals")) {
        Value v = str_eq_c(name, "f_globals") ? o->globals : o->locals;
        if (!v) return dict_new();
        incref(v);
        return v;
    }
    return generic_getattr(self, name, true);
}

static Value frameobj_repr(Value self) {
    FrameObj *o = (FrameObj *)AS_OBJ(self);
    char buf[600];
    snprintf(buf, sizeof buf, "<frame at %p, file '%.200s', line %d, code %.200s>", (void *)o, o->code->filename->data,
             o->line, o->code->name->data);
    return str_from_c(buf);
}

void frameobj_init_type(void) {
    FrameObjType.dealloc = frameobj_dealloc;
    FrameObjType.getattr = frameobj_getattr;
    FrameObjType.repr = frameobj_repr;
    type_ready(&FrameObjType, "frame", &ObjectType);
}
