/* instr_where.c - where a thread is when it waits: the Python frame and
 * instruction, and what the instruction does, as the report names it
 * ("list.append", "dict[k] = v", "LOAD_ATTR value", "Queue.get").
 *
 * Only the thread itself reads its frames, so nothing here races.  The
 * frame's ip is exact because the instrumented dispatch table saves it
 * before every instruction that may wait (vm_instrument_dispatch), and a
 * call saves it anyway; so is its stack pointer at a call, which is how a
 * wait inside a built-in method learns the method (its callee is on the
 * caller's stack while it runs).  Frames of the modules compiled into the
 * interpreter (threading, queue: files named "<twinpy ...>") count as the
 * library: a wait inside Queue.get is reported at the user's line that
 * called q.get(), named after the library function. */
#include <string.h>
#include "instr_impl.h"
#include "opcodes.h"

extern bool vm_dispatch_saves_ip; /* vm.c: set by vm_instrument_dispatch */

static bool is_lib(const Code *c) { return strncmp(c->filename->data, "<twinpy ", 8) == 0; }

static int32_t frame_off(const Frame *f) {
    int64_t i = f->ip - f->code->code - 1;
    if (i < 0) i = 0;
    if (i >= f->code->ncode) i = f->code->ncode - 1;
    return (int32_t)i;
}

/* The callee of the call instruction the frame is in (while it runs). */
static Value callee_of(const Frame *f, uint32_t op, uint32_t arg) {
    if (!vm_dispatch_saves_ip) return V_NULL;
    const Value *base = f->fast + f->code->nfast, *sp = f->sp;
    ptrdiff_t back;
    switch (op) {
    case I_CALL_METHOD: back = (ptrdiff_t)arg + 2; break;
    case I_CALL: case I_CALL_KW: back = (ptrdiff_t)arg + 1; break;
    case I_CALL_EX: back = 1; break;
    default: return V_NULL;
    }
    if (sp - back < base || back <= 0) return V_NULL;
    Value v = sp[-back];
    if (!v || !IS_OBJ(v)) return V_NULL;
    if (AS_OBJ(v)->type == &MethodType) v = ((Method *)AS_OBJ(v))->func;
    return v;
}

static const char *subscr_text(uint32_t op, const Type *t) {
    bool d = t == &DictType, l = t == &ListType;
    switch (op) {
    case I_STORE_SUBSCR: return d ? "dict[k] = v" : l ? "list[i] = v" : "STORE_SUBSCR";
    case I_DELETE_SUBSCR: return d ? "del dict[k]" : l ? "del list[i]" : "DELETE_SUBSCR";
    default: return d ? "dict[k]" : l ? "list[i]" : "BINARY_SUBSCR";
    }
}

/* What the instruction at k->off of k->code does, into k->opk/optxt/opobj. */
static void op_of(const Frame *f, const Type *objtype, InstrKey *k) {
    const Code *c = f->code;
    uint32_t ins = c->code[k->off], op = INSTR_OP(ins), arg = INSTR_ARG(ins);
    k->opk = OPK_TEXT;
    k->optxt = op < OPCODE_COUNT ? opcode_names[op] : "?";
    switch (op) {
    case I_LOAD_ATTR_FAST: /* the name is above the local's index */
        if ((int32_t)(arg >> 12) < c->nnames) { k->opk = OPK_NAMED; k->opobj = c->names[arg >> 12]; }
        break;
    case I_LOAD_ATTR: case I_STORE_ATTR: case I_DELETE_ATTR: case I_LOAD_METHOD:
    case I_LOAD_GLOBAL: case I_STORE_GLOBAL: case I_DELETE_GLOBAL:
    case I_LOAD_NAME: case I_STORE_NAME: case I_DELETE_NAME:
        if ((int32_t)arg < c->nnames) { k->opk = OPK_NAMED; k->opobj = c->names[arg]; }
        break;
    case I_LOAD_DEREF: case I_STORE_DEREF: case I_DELETE_DEREF: case I_LOAD_CLASSDEREF:
        if ((int32_t)arg < c->ncells) { k->opk = OPK_NAMED; k->opobj = c->cellnames[arg]; }
        else if ((int32_t)arg - c->ncells < c->nfrees) { k->opk = OPK_NAMED; k->opobj = c->freenames[arg - c->ncells]; }
        break;
    case I_BINARY_SUBSCR: case I_BINARY_SUBSCR_FAST: case I_STORE_SUBSCR: case I_DELETE_SUBSCR:
        k->optxt = subscr_text(op, objtype);
        break;
    case I_CALL: case I_CALL_METHOD: case I_CALL_KW: case I_CALL_EX: {
        Value fn = callee_of(f, op, arg);
        if (fn && AS_OBJ(fn)->type == &NativeType) { k->opk = OPK_NATIVE; k->opobj = AS_OBJ(fn); }
        else if (fn && AS_OBJ(fn)->type == &TypeType) { k->opk = OPK_TYPECALL; k->opobj = AS_OBJ(fn); }
        break;
    }
    default: break;
    }
}

static void copy(char *dst, size_t n, const char *src) {
    size_t l = strlen(src);
    if (l >= n) l = n - 1;
    memcpy(dst, src, l);
    dst[l] = 0;
}

/* The strings a site is shown with, made once. */
static void resolve(InstrSite *s, const char *api) {
    const InstrKey *k = &s->k;
    if (k->code) {
        copy(s->file, sizeof s->file, k->code->filename->data);
        s->line = k->code->lines[k->off];
    } else {
        copy(s->file, sizeof s->file, "<no Python frame>");
        s->line = 0;
    }
    char op[96];
    switch (k->opk) {
    case OPK_NAMED: snprintf(op, sizeof op, "%s %s", k->optxt, ((const Str *)k->opobj)->data); break;
    case OPK_NATIVE: {
        const Native *n = k->opobj;
        if (n->owner) snprintf(op, sizeof op, "%s.%s", n->owner->cname, n->name);
        else snprintf(op, sizeof op, "%s", n->name);
        break;
    }
    case OPK_TYPECALL: snprintf(op, sizeof op, "%s()", ((const Type *)k->opobj)->cname); break;
    case OPK_API: snprintf(op, sizeof op, "%s", ((const Code *)k->opobj)->qualname->data); break;
    default: snprintf(op, sizeof op, "%s", k->optxt ? k->optxt : "?"); break;
    }
    char full[256];
    if (api && k->opk != OPK_API) snprintf(full, sizeof full, "%s in %s", op, api);
    else snprintf(full, sizeof full, "%s", op);
    copy(s->op, sizeof s->op, full);
    if (k->table == TAB_GLOBAL) copy(s->tname, sizeof s->tname, ((const Obj *)k->type)->type->cname);
    else copy(s->tname, sizeof s->tname, k->type ? ((const Type *)k->type)->cname : "-");
}

static uint32_t key_hash(const InstrKey *k) {
    uint64_t h = (uint64_t)(uintptr_t)k->code * 0x9E3779B97F4A7C15ull;
    h ^= (uint64_t)k->off * 0xC2B2AE3D27D4EB4Full + k->table;
    h ^= (uint64_t)(uintptr_t)k->opobj * 0x165667B19E3779F9ull;
    h ^= (uint64_t)(uintptr_t)k->optxt * 0x27D4EB2F165667C5ull;
    h ^= (uint64_t)(uintptr_t)k->type * 0x94D049BB133111EBull;
    h ^= (uint64_t)(uintptr_t)k->api * 0xBF58476D1CE4E5B9ull;
    return (uint32_t)(h ^ (h >> 29));
}

static bool key_eq(const InstrKey *a, const InstrKey *b) {
    return a->code == b->code && a->off == b->off && a->table == b->table && a->opk == b->opk &&
           a->optxt == b->optxt && a->opobj == b->opobj && a->type == b->type && a->api == b->api;
}

/* The thread's record for k, made on first sight (NULL: out of memory). */
InstrSite *instr_site_find(InstrThread *me, const InstrKey *k) {
    if (me->nsites >= me->nbuckets) {
        /* keep chains short: double the buckets and rehash */
        uint32_t nb = me->nbuckets ? me->nbuckets * 2 : 256;
        InstrSite **b = calloc(nb, sizeof *b);
        if (!b) { if (!me->nbuckets) return NULL; }
        else {
            for (uint32_t i = 0; i < me->nbuckets; i++)
                for (InstrSite *s = me->buckets[i], *nx; s; s = nx) {
                    nx = s->hnext;
                    uint32_t j = key_hash(&s->k) & (nb - 1);
                    s->hnext = b[j];
                    b[j] = s;
                }
            free(me->buckets);
            me->buckets = b;
            me->nbuckets = nb;
        }
    }
    uint32_t j = key_hash(k) & (me->nbuckets - 1);
    for (InstrSite *s = me->buckets[j]; s; s = s->hnext)
        if (key_eq(&s->k, k)) return s;
    InstrSite *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->k = *k;
    s->lib = k->api || (k->code && is_lib(k->code));
    resolve(s, k->api ? k->api->qualname->data : NULL);
    s->hnext = me->buckets[j];
    me->buckets[j] = s;
    me->nsites++;
    return s;
}

/* The frames to report: the innermost one, or (WHERE_USER) the first one
 * outside the library, with the outermost library function inside it. */
static const Frame *where(int mode, const Code **api) {
    ThreadState *ts = cur_ts;
    const Frame *f = ts ? ts->frame : NULL;
    *api = NULL;
    if (!f || mode == WHERE_INNERMOST) return f;
    const Frame *g = f;
    const Code *outer = NULL;
    while (g && is_lib(g->code)) { outer = g->code; g = g->back; }
    if (!g) return f; /* all library (a thread's own start-up): the innermost frame */
    *api = outer;
    return g;
}

InstrSite *instr_site_at(InstrThread *me, int table, int mode, const void *type, const char *optxt) {
    InstrKey k;
    memset(&k, 0, sizeof k);
    const Code *api;
    const Frame *f = where(mode, &api);
    k.table = (uint8_t)table;
    k.type = type;
    if (f) { k.code = f->code; k.off = frame_off(f); }
    if (table == TAB_WAIT && api) { k.opk = OPK_API; k.opobj = api; api = NULL; }
    else if (optxt) { k.opk = OPK_TEXT; k.optxt = optxt; }
    else if (f) op_of(f, table == TAB_GLOBAL ? NULL : type, &k);
    else { k.opk = OPK_TEXT; k.optxt = "?"; }
    k.api = api;
    return instr_site_find(me, &k);
}

/* A lock acquired to wait for something to happen rather than for the
 * lock: the waiter lock of Condition.wait, the done-lock of Thread.join. */
bool instr_frame_is_wait(void) {
    ThreadState *ts = cur_ts;
    const Frame *f = ts ? ts->frame : NULL;
    if (!f || !is_lib(f->code)) return false;
    const char *q = f->code->qualname->data;
    if (strcmp(q, "Condition.wait") != 0 && strcmp(q, "Thread.join") != 0) return false;
    int32_t off = frame_off(f);
    uint32_t ins = f->code->code[off];
    Value fn = callee_of(f, INSTR_OP(ins), INSTR_ARG(ins));
    return !fn || (AS_OBJ(fn)->type == &NativeType && strcmp(((Native *)AS_OBJ(fn))->name, "acquire") == 0);
}
