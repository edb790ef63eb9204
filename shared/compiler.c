/* compiler.c - syntax tree to code objects.
 *
 * Two passes.  The first builds a tree of scopes and decides, for every
 * name, whether it is a fast local, a cell (captured by an inner function),
 * a free variable (captured from outside), a global, or (in class bodies)
 * a namespace entry.  The second emits bytecode per scope.
 *
 * Exception handling uses a table, not a block stack: every instruction is
 * emitted under the "current handler" (a label and the operand-stack depth
 * to restore), and consecutive instructions with the same handler become
 * one table entry.  return/break/continue leave try, with and for blocks by
 * emitting the cleanup code inline (finally bodies are copied), with the
 * handler of the enclosing block in force while they run. */
#include <string.h>
#include "ast.h"
#include "opcodes.h"

void code_dump(Code *co, FILE *out);

/* ---- scopes ------------------------------------------------------------------ */
enum { SC_MODULE, SC_FUNCTION, SC_CLASS };
enum {
    SYM_ASSIGNED = 1, SYM_PARAM = 2, SYM_GLOBAL = 4, SYM_NONLOCAL = 8, SYM_USED = 16,
    SYM_CELL = 32, SYM_FREE = 64,
};

typedef struct { Str *name; int flags; int line; } Sym;
typedef struct Scope {
    int kind;
    Str *name;
    Node *node;
    struct Scope *parent;
    Sym *syms;
    int nsyms, capsyms;
    struct Scope **kids;
    int nkids, capkids;
    bool generator, comprehension, uses_super;
    Str **params; /* in order; comprehensions have ".0" */
    int nparams;
} Scope;

typedef struct Compiler Compiler;
static Str *s_dot0, *s_class_cell, *s_super, *s_name_mod, *s_genexpr, *s_listcomp, *s_setcomp, *s_dictcomp, *s_lambda, *s_module_name;

static Sym *sym_find(Scope *s, Str *name) {
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].name == name) return &s->syms[i];
    return NULL;
}
static Sym *sym_add(Scope *s, Str *name, int flags, int line) {
    Sym *y = sym_find(s, name);
    if (y) { y->flags |= flags; return y; }
    if (s->nsyms == s->capsyms) {
        int cap = s->capsyms ? s->capsyms * 2 : 16;
        Sym *n = mem_realloc(s->syms, (size_t)cap * sizeof(Sym));
        if (!n) return NULL;
        s->syms = n;
        s->capsyms = cap;
    }
    y = &s->syms[s->nsyms++];
    y->name = name;
    y->flags = flags;
    y->line = line;
    return y;
}

static Scope *scope_new(Scope *parent, int kind, Str *name, Node *n) {
    Scope *s = mem_calloc(sizeof(Scope));
    if (!s) return NULL;
    s->kind = kind;
    s->name = name;
    s->node = n;
    s->parent = parent;
    if (parent) {
        if (parent->nkids == parent->capkids) {
            int cap = parent->capkids ? parent->capkids * 2 : 4;
            Scope **k = mem_realloc(parent->kids, (size_t)cap * sizeof(Scope *));
            if (!k) { mem_free(s); return NULL; }
            parent->kids = k;
            parent->capkids = cap;
        }
        parent->kids[parent->nkids++] = s;
    }
    if (n) n->scope = s;
    return s;
}

static void scope_free(Scope *s) {
    if (!s) return;
    for (int i = 0; i < s->nkids; i++) scope_free(s->kids[i]);
    mem_free(s->kids);
    mem_free(s->syms);
    mem_free(s->params);
    mem_free(s);
}

typedef struct {
    Str *filename;
    const char *src;
    int64_t srclen;
    bool failed;
    int depth; /* recursion of visit(): a left-deep 1+1+...+1 nests deeply */
} SymCtx;

/* Nesting of the syntax tree the compiler walks recursively: beyond it,
 * CPython's RecursionError, not a crashed C stack. */
#define COMPILE_DEPTH_LIMIT 3000
static const char *const depth_msg = "maximum recursion depth exceeded during compilation";

static void sym_error(SymCtx *c, int line, const char *fmt, ...) {
    if (c->failed) return;
    c->failed = true;
    char msg[256], text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lex_line_text(c->src, c->srclen, line, text, sizeof text);
    exc_syntax_error(&Exc_SyntaxError, msg, c->filename, line, 1, text);
}

static void sym_error(SymCtx *c, int line, const char *fmt, ...);
static void visit(SymCtx *c, Scope *s, Node *n);
static void visit_list(SymCtx *c, Scope *s, NodeList *l) {
    for (int i = 0; i < l->n && !c->failed; i++) visit(c, s, l->v[i]);
}

static bool is_debug_name(Str *name) { return name->len == 9 && memcmp(name->data, "__debug__", 9) == 0; }

/* A name or attribute bound (or, with del, deleted): __debug__ is a constant. */
static void mark_target(SymCtx *c, Scope *s, Node *t, bool del) {
    if (!t) return;
    if ((t->kind == N_NAME || t->kind == N_ATTR) && is_debug_name(t->name)) {
        sym_error(c, t->line, "cannot %s __debug__", del ? "delete" : "assign to");
        return;
    }
    switch (t->kind) {
    case N_NAME: {
        Sym *y = sym_find(s, t->name);
        if (y && (y->flags & SYM_GLOBAL)) return;
        sym_add(s, t->name, SYM_ASSIGNED, t->line);
        return;
    }
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < t->l1.n; i++) mark_target(c, s, t->l1.v[i], del);
        return;
    case N_STARRED: mark_target(c, s, t->a, del); return;
    default: visit(c, s, t); /* attribute/subscript targets load their parts */
    }
}
static void check_params(SymCtx *c, Scope *k, int line) {
    for (int i = 0; i < k->nparams; i++)
        if (is_debug_name(k->params[i])) sym_error(c, line, "cannot assign to __debug__");
}
static void mark_store(SymCtx *c, Scope *s, Node *t) { mark_target(c, s, t, false); }

static void add_params(Scope *s, Params *p, int line) {
    int n = p->npos + p->nkwonly + (p->vararg != NULL) + (p->kwarg != NULL);
    s->params = mem_alloc((size_t)(n ? n : 1) * sizeof(Str *));
    for (int i = 0; i < p->npos; i++) s->params[s->nparams++] = p->names[i];
    for (int i = 0; i < p->nkwonly; i++) s->params[s->nparams++] = p->kwonly[i];
    if (p->vararg) s->params[s->nparams++] = p->vararg;
    if (p->kwarg) s->params[s->nparams++] = p->kwarg;
    for (int i = 0; i < s->nparams; i++) sym_add(s, s->params[i], SYM_PARAM | SYM_ASSIGNED, line);
}

static void visit_comprehension(SymCtx *c, Scope *s, Node *n, Str *name) {
    /* the first iterable is evaluated outside */
    Node *g0 = n->l1.v[0];
    visit(c, s, g0->b);
    Scope *k = scope_new(s, SC_FUNCTION, name, n);
    if (!k) { c->failed = true; return; }
    k->comprehension = true;
    k->generator = n->kind == N_GENEXP;
    k->params = mem_alloc(sizeof(Str *));
    k->params[0] = s_dot0;
    k->nparams = 1;
    sym_add(k, s_dot0, SYM_PARAM | SYM_ASSIGNED, n->line);
    for (int i = 0; i < n->l1.n; i++) {
        Node *g = n->l1.v[i];
        if (i > 0) visit(c, k, g->b);
        mark_store(c, k, g->a);
        visit_list(c, k, &g->l1);
    }
    visit(c, k, n->a);
    if (n->kind == N_DICTCOMP) visit(c, k, n->b);
}

static void visit_node(SymCtx *c, Scope *s, Node *n);
static void visit(SymCtx *c, Scope *s, Node *n) {
    if (!n || c->failed) return;
    if (++c->depth > COMPILE_DEPTH_LIMIT) {
        c->failed = true;
        err_set_str(&Exc_RecursionError, depth_msg);
    } else visit_node(c, s, n);
    c->depth--;
}

static void visit_node(SymCtx *c, Scope *s, Node *n) {
    switch (n->kind) {
    case N_NAME: {
        sym_add(s, n->name, SYM_USED, n->line);
        if ((n->name == s_super || n->name == s_class_cell) && s->kind == SC_FUNCTION) s->uses_super = true; /* both need the class cell */
        return;
    }
    case N_CONST: return;
    case N_NAMEDEXPR: {
        /* x := v binds x in the scope around any comprehensions it is in */
        visit(c, s, n->b);
        Str *name = n->a->name;
        Scope *t = s;
        while (t->comprehension) t = t->parent;
        if (t == s) { mark_store(c, s, n->a); return; }
        if (t->kind == SC_CLASS) {
            sym_error(c, n->line, "assignment expression within a comprehension cannot be used in a class body");
            return;
        }
        Sym *outer = sym_find(t, name);
        bool global = t->kind == SC_MODULE || (outer && (outer->flags & SYM_GLOBAL)); /* `global x` there */
        for (Scope *p = s; p != t; p = p->parent) {
            Sym *y = sym_find(p, name);
            if (y && (y->flags & SYM_ASSIGNED)) {
                sym_error(c, n->line, "assignment expression cannot rebind comprehension iteration variable '%s'", name->data);
                return;
            }
            sym_add(p, name, global ? SYM_GLOBAL : SYM_NONLOCAL, n->line);
        }
        if (global) { if (t->kind == SC_MODULE) sym_add(t, name, SYM_ASSIGNED, n->line); }
        else mark_store(c, t, n->a);
        return;
    }
    case N_FUNCDEF: {
        visit_list(c, s, &n->l2);
        Params *p = n->params;
        for (int i = 0; i < p->ndefaults; i++) visit(c, s, p->defaults[i]);
        for (int i = 0; i < p->nkwonly; i++) visit(c, s, p->kwdefaults[i]);
        for (int i = 0; i < p->nann; i++) visit(c, s, p->ann_exprs[i]);
        Node nm = {.kind = N_NAME, .name = n->name, .line = n->line};
        mark_store(c, s, &nm);
        Scope *k = scope_new(s, SC_FUNCTION, n->name, n);
        if (!k) { c->failed = true; return; }
        add_params(k, p, n->line);
        check_params(c, k, n->line);
        visit_list(c, k, &n->l1);
        return;
    }
    case N_LAMBDA: {
        Params *p = n->params;
        for (int i = 0; i < p->ndefaults; i++) visit(c, s, p->defaults[i]);
        for (int i = 0; i < p->nkwonly; i++) visit(c, s, p->kwdefaults[i]);
        Scope *k = scope_new(s, SC_FUNCTION, s_lambda, n);
        if (!k) { c->failed = true; return; }
        add_params(k, p, n->line);
        check_params(c, k, n->line);
        visit(c, k, n->a);
        return;
    }
    case N_CLASSDEF: {
        visit_list(c, s, &n->l3);
        visit_list(c, s, &n->l2);
        visit_list(c, s, &n->l4);
        Node nm = {.kind = N_NAME, .name = n->name, .line = n->line};
        mark_store(c, s, &nm);
        Scope *k = scope_new(s, SC_CLASS, n->name, n);
        if (!k) { c->failed = true; return; }
        visit_list(c, k, &n->l1);
        return;
    }
    case N_LISTCOMP: visit_comprehension(c, s, n, s_listcomp); return;
    case N_SETCOMP: visit_comprehension(c, s, n, s_setcomp); return;
    case N_DICTCOMP: visit_comprehension(c, s, n, s_dictcomp); return;
    case N_GENEXP: visit_comprehension(c, s, n, s_genexpr); return;
    case N_YIELD: case N_YIELDFROM:
        if (s->kind != SC_FUNCTION) { sym_error(c, n->line, "'yield' outside function"); return; }
        if (s->comprehension) { sym_error(c, n->line, "'yield' inside list comprehension"); return; }
        s->generator = true;
        visit(c, s, n->a);
        return;
    case N_ASSIGN:
        visit(c, s, n->a);
        for (int i = 0; i < n->l1.n; i++) mark_store(c, s, n->l1.v[i]);
        return;
    case N_AUGASSIGN:
        visit(c, s, n->b);
        if (n->a->kind == N_NAME) sym_add(s, n->a->name, SYM_USED, n->line);
        mark_store(c, s, n->a);
        return;
    case N_ANNASSIGN:
        if (n->c) visit(c, s, n->c);
        if (s->kind != SC_FUNCTION) visit(c, s, n->b); /* evaluated there, not in functions */
        if (n->c || n->a->kind != N_NAME) mark_store(c, s, n->a);
        else if (s->kind != SC_MODULE) mark_store(c, s, n->a);
        return;
    case N_FOR:
        visit(c, s, n->b);
        mark_store(c, s, n->a);
        visit_list(c, s, &n->l1);
        visit_list(c, s, &n->l2);
        return;
    case N_WITH:
        for (int i = 0; i < n->l1.n; i++) {
            visit(c, s, n->l1.v[i]->a);
            mark_store(c, s, n->l1.v[i]->b);
        }
        visit_list(c, s, &n->l2);
        return;
    case N_TRY:
        visit_list(c, s, &n->l1);
        for (int i = 0; i < n->l2.n; i++) {
            Node *h = n->l2.v[i];
            visit(c, s, h->a);
            if (h->name) {
                Node nm = {.kind = N_NAME, .name = h->name, .line = h->line};
                mark_store(c, s, &nm);
            }
            visit_list(c, s, &h->l1);
        }
        visit_list(c, s, &n->l3);
        visit_list(c, s, &n->l4);
        return;
    case N_DELETE:
        for (int i = 0; i < n->l1.n; i++) mark_target(c, s, n->l1.v[i], true);
        return;
    case N_GLOBAL: case N_NONLOCAL:
        for (int i = 0; i < n->l1.n; i++) {
            Str *name = n->l1.v[i]->name;
            Sym *y = sym_find(s, name);
            const char *kw = n->kind == N_GLOBAL ? "global" : "nonlocal";
            if (n->kind == N_NONLOCAL && s->kind == SC_MODULE) {
                sym_error(c, n->line, "nonlocal declaration not allowed at module level");
                return;
            }
            if (y && (y->flags & SYM_PARAM)) { sym_error(c, n->line, "name '%s' is parameter and %s", name->data, kw); return; }
            if (y && (y->flags & (n->kind == N_GLOBAL ? SYM_NONLOCAL : SYM_GLOBAL))) {
                sym_error(c, n->line, "name '%s' is nonlocal and global", name->data);
                return;
            }
            if (y && (y->flags & (SYM_ASSIGNED | SYM_USED))) {
                sym_error(c, n->line, "name '%s' is %s %s declaration", name->data,
                          (y->flags & SYM_ASSIGNED) ? "assigned to before" : "used prior to", kw);
                return;
            }
            sym_add(s, name, n->kind == N_GLOBAL ? SYM_GLOBAL : SYM_NONLOCAL, n->line);
        }
        return;
    case N_IMPORT:
        for (int i = 0; i < n->l1.n; i++) {
            Node *a = n->l1.v[i];
            Str *bind = a->name2;
            if (!bind) {
                const char *dot = strchr(a->name->data, '.');
                bind = dot ? str_intern(AS_STR(str_new(a->name->data, dot - a->name->data))) : a->name;
            }
            Node nm = {.kind = N_NAME, .name = bind, .line = n->line};
            mark_store(c, s, &nm);
        }
        return;
    case N_IMPORTFROM:
        for (int i = 0; i < n->l1.n; i++) {
            Node *a = n->l1.v[i];
            if (str_eq_c(a->name, "*")) {
                if (s->kind != SC_MODULE) { sym_error(c, n->line, "import * only allowed at module level"); return; }
                continue;
            }
            Node nm = {.kind = N_NAME, .name = a->name2 ? a->name2 : a->name, .line = n->line};
            mark_store(c, s, &nm);
        }
        return;
    default:
        break;
    }
    /* generic: visit every child */
    visit(c, s, n->a);
    visit(c, s, n->b);
    visit(c, s, n->c);
    visit_list(c, s, &n->l1);
    if (n->kind != N_COMPARE) visit_list(c, s, &n->l2);
    visit_list(c, s, &n->l3);
    visit_list(c, s, &n->l4);
}

/* Is `name` bound (as a local, cell or free variable) in a function scope
 * enclosing s (class scopes are skipped)? */
static Scope *find_binding(Scope *s, Str *name) {
    for (Scope *p = s->parent; p && p->kind != SC_MODULE; p = p->parent) {
        if (p->kind == SC_CLASS) continue;
        Sym *y = sym_find(p, name);
        if (y && (y->flags & SYM_GLOBAL)) return NULL;
        if (y && (y->flags & (SYM_ASSIGNED | SYM_NONLOCAL | SYM_FREE))) return p;
    }
    return NULL;
}

/* name is free in s: make it a cell where it is bound and pass it through
 * every scope between. */
static void make_free(Scope *s, Scope *owner, Str *name) {
    Sym *o = sym_find(owner, name);
    if (o && !(o->flags & (SYM_FREE | SYM_NONLOCAL))) o->flags |= SYM_CELL;
    for (Scope *p = s; p && p != owner; p = p->parent) {
        Sym *y = sym_add(p, name, 0, 0);
        if (y) y->flags |= SYM_FREE;
    }
}

static void resolve(SymCtx *c, Scope *s) {
    if (s->uses_super) {
        /* super() needs the class: a free variable __class__ */
        Scope *cls = s->parent;
        while (cls && cls->kind == SC_FUNCTION) cls = cls->parent;
        if (cls && cls->kind == SC_CLASS) {
            Sym *y = sym_add(cls, s_class_cell, SYM_CELL, 0);
            (void)y;
            for (Scope *p = s; p && p != cls; p = p->parent) sym_add(p, s_class_cell, SYM_FREE, 0);
        }
    }
    if (s->kind != SC_MODULE) {
        for (int i = 0; i < s->nsyms && !c->failed; i++) {
            Sym *y = &s->syms[i];
            Str *name = y->name;
            if (y->flags & SYM_NONLOCAL) {
                Scope *owner = find_binding(s, name);
                if (!owner) { sym_error(c, y->line, "no binding for nonlocal '%s' found", name->data); return; }
                make_free(s, owner, name);
                y = &s->syms[i];
                continue;
            }
            if (y->flags & (SYM_GLOBAL | SYM_FREE)) continue;
            if ((y->flags & SYM_ASSIGNED) && s->kind == SC_FUNCTION) continue;
            if (y->flags & SYM_USED) {
                Scope *owner = find_binding(s, name);
                if (owner) make_free(s, owner, name);
            }
        }
    }
    for (int i = 0; i < s->nkids && !c->failed; i++) resolve(c, s->kids[i]);
}

/* ---- code units ----------------------------------------------------------------- */
typedef struct { int label; int depth; } Handler;
enum { FB_LOOP, FB_FOR, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER, FB_WITH, FB_POP_VALUE };
typedef struct {
    int kind;
    int start_label, end_label; /* loops */
    int handler;                /* the handler in force outside this block */
    Node *node;                 /* FB_FINALLY_TRY: the try; FB_HANDLER: the except clause */
} FBlock;

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    uint32_t *code;
    int32_t *lines, *hidx;
    int ncode, capcode;
    Value *consts;
    int nconsts, capconsts;
    int *const_index; /* open addressing over consts: position + 1, 0 = empty */
    int const_index_cap;
    Str **names;
    int nnames, capnames;
    Str **varnames;
    int nvarnames, capvarnames;
    Str **cellnames, **freenames;
    int ncells, nfrees;
    int *labels;
    int nlabels, caplabels;
    Handler *htab;
    int nh, caph;
    int cur_handler;
    int ngcache;  /* LOAD_GLOBAL inline caches */
    int depth, maxdepth;
    FBlock fb[64];
    int nfb;
    int line;
    Str *qualname;
    int flags;
} Unit;

struct Compiler {
    Unit *u;
    int depth; /* recursion of expr() and stmt() */
    Str *filename;
    Str *source;
    const char *src;
    int64_t srclen;
    bool failed;
    bool names_local; /* exec()/eval() code: module-level names go through the locals mapping */
    Scope *top;
};

static const int8_t stack_effect[] = {
#define X(name, eff) eff,
    OPCODE_LIST(X)
#undef X
};

static void cerror(Compiler *c, int line, const char *fmt, ...) {
    if (c->failed) return;
    c->failed = true;
    char msg[256], text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lex_line_text(c->src, c->srclen, line, text, sizeof text);
    exc_syntax_error(&Exc_SyntaxError, msg, c->filename, line, 1, text);
}

static void nomem(Compiler *c) {
    if (!c->failed) { c->failed = true; if (!err_occurred()) err_no_memory(); }
}

static int var_effect(int op, int arg) {
    switch (op) {
    case I_CALL_METHOD: return -arg - 1;
    case I_BUILD_SLICE: return 1 - arg;
    case I_BUILD_TUPLE: case I_BUILD_LIST: case I_BUILD_SET: case I_BUILD_STRING: return 1 - arg;
    case I_BUILD_MAP: return 1 - 2 * arg;
    case I_UNPACK_SEQUENCE: return arg - 1;
    case I_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case I_CALL: return -arg;
    case I_CALL_KW: return -arg - 1;
    case I_CALL_EX: return (arg & 1) ? -2 : -1;
    case I_MAKE_FUNCTION:
        return -1 - ((arg & MF_DEFAULTS) != 0) - ((arg & MF_KWDEFAULTS) != 0) - ((arg & MF_CLOSURE) != 0)
               - ((arg & MF_ANNOTATIONS) != 0);
    case I_BUILD_CLASS: return -2 - (int)arg; /* body, name, bases[, keywords] -> class */
    case I_RAISE: return -arg;
    case I_FORMAT_VALUE: return (arg >> 8) ? -1 : 0;
    }
    return 0;
}

static void emit(Compiler *c, int op, int arg) {
    Unit *u = c->u;
    if (u->ncode == u->capcode) {
        int cap = u->capcode ? u->capcode * 2 : 64;
        uint32_t *n = mem_realloc(u->code, (size_t)cap * sizeof(uint32_t));
        int32_t *l = n ? mem_realloc(u->lines, (size_t)cap * sizeof(int32_t)) : NULL;
        int32_t *h = l ? mem_realloc(u->hidx, (size_t)cap * sizeof(int32_t)) : NULL;
        if (n) u->code = n;
        if (l) u->lines = l;
        if (!h) { nomem(c); return; }
        u->hidx = h;
        u->capcode = cap;
    }
    u->code[u->ncode] = INSTR(op, arg);
    u->lines[u->ncode] = u->line;
    u->hidx[u->ncode] = u->cur_handler;
    u->ncode++;
    int eff = stack_effect[op];
    if (eff == VAR) eff = var_effect(op, arg);
    u->depth += eff;
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
}

static int new_label(Compiler *c) {
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 32;
        int *n = mem_realloc(u->labels, (size_t)cap * sizeof(int));
        if (!n) { nomem(c); return 0; }
        u->labels = n;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}
static void bind_label(Compiler *c, int l) { c->u->labels[l] = c->u->ncode; }

static int new_handler(Compiler *c, int label, int depth) {
    Unit *u = c->u;
    if (u->nh == u->caph) {
        int cap = u->caph ? u->caph * 2 : 8;
        Handler *n = mem_realloc(u->htab, (size_t)cap * sizeof(Handler));
        if (!n) { nomem(c); return -1; }
        u->htab = n;
        u->caph = cap;
    }
    u->htab[u->nh].label = label;
    u->htab[u->nh].depth = depth;
    return u->nh++;
}

static bool const_same(Value a, Value b) {
    if (a == b) return true;
    if (TYPE(a) != TYPE(b)) return false;
    if (TYPE(a) == &IntType) return big_cmp(a, b) == 0;
    if (IS_STR(a)) return str_eq(AS_STR(a), AS_STR(b));
    if (IS_FLOAT(a)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    return false;
}

static uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}
/* A hash that agrees with const_same: equal constants hash alike. */
static uint64_t const_hash(Value v) {
    if (IS_STR(v)) return mix64((uint64_t)str_hash(AS_STR(v)));
    if (IS_FLOAT(v)) {
        double d = AS_FLOAT(v);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return mix64(bits);
    }
    if (TYPE(v) == &IntType) {
        int64_t x;
        if (!val_as_i64(v, &x)) return mix64((uint64_t)big_hash(v)) ^ 2;
        return mix64((uint64_t)x) ^ 1;
    }
    return mix64((uint64_t)v);
}

/* The slot of the index where v is, or the empty slot where it would go. */
static int *const_slot(Unit *u, Value v) {
    uint32_t mask = (uint32_t)u->const_index_cap - 1;
    for (uint64_t i = const_hash(v) & mask;; i = (i + 1) & mask) {
        int *slot = &u->const_index[i];
        if (!*slot || const_same(u->consts[*slot - 1], v)) return slot;
    }
}

/* Keep the index under half full, so a lookup stays O(1) and every probe
 * ends at an empty slot. */
static bool const_index_reserve(Compiler *c, Unit *u) {
    if ((u->nconsts + 1) * 2 <= u->const_index_cap) return true;
    int cap = u->const_index_cap ? u->const_index_cap * 2 : 32;
    int *slots = mem_calloc((size_t)cap * sizeof(int));
    if (!slots) { nomem(c); return false; }
    mem_free(u->const_index);
    u->const_index = slots;
    u->const_index_cap = cap;
    for (int i = 0; i < u->nconsts; i++) *const_slot(u, u->consts[i]) = i + 1;
    return true;
}

static int add_const(Compiler *c, Value v) {
    Unit *u = c->u;
    if (!const_index_reserve(c, u)) return 0;
    int *slot = const_slot(u, v);
    if (*slot) return *slot - 1;
    if (u->nconsts == u->capconsts) {
        int cap = u->capconsts ? u->capconsts * 2 : 16;
        Value *n = mem_realloc(u->consts, (size_t)cap * sizeof(Value));
        if (!n) { nomem(c); return 0; }
        u->consts = n;
        u->capconsts = cap;
    }
    if (IS_STR(v)) {
        /* string constants are interned: immortal, and equal ones identical */
        incref(v);
        v = OBJ_VAL(str_intern(AS_STR(v)));
    } else {
        /* every constant is shared by all the threads that run the code:
         * immortal, so loading one writes no refcount */
        incref(v);
        if (IS_OBJ(v)) immortal_track(AS_OBJ(v));
    }
    u->consts[u->nconsts] = v;
    *slot = u->nconsts + 1;
    return u->nconsts++;
}

static int add_name_to(Compiler *c, Str ***arr, int *n, int *cap, Str *name) {
    for (int i = 0; i < *n; i++)
        if ((*arr)[i] == name) return i;
    if (*n == *cap) {
        int nc = *cap ? *cap * 2 : 16;
        Str **na = mem_realloc(*arr, (size_t)nc * sizeof(Str *));
        if (!na) { nomem(c); return 0; }
        *arr = na;
        *cap = nc;
    }
    (*arr)[*n] = name;
    return (*n)++;
}
static int add_name(Compiler *c, Str *name) { return add_name_to(c, &c->u->names, &c->u->nnames, &c->u->capnames, name); }

static void unit_free(Unit *u) {
    mem_free(u->code);
    mem_free(u->lines);
    mem_free(u->hidx);
    for (int i = 0; i < u->nconsts; i++) decref(u->consts[i]);
    mem_free(u->consts);
    mem_free(u->const_index);
    mem_free(u->names);
    mem_free(u->varnames);
    mem_free(u->cellnames);
    mem_free(u->freenames);
    mem_free(u->labels);
    mem_free(u->htab);
    mem_free(u);
}

static Unit *unit_new(Compiler *c, Scope *s, Str *qualname) {
    Unit *u = mem_calloc(sizeof(Unit));
    if (!u) { nomem(c); return NULL; }
    u->parent = c->u;
    u->scope = s;
    u->cur_handler = -1;
    u->qualname = qualname;
    u->line = s->node ? s->node->line : 1;
    c->u = u;
    /* locals: parameters first, then the other assigned names */
    if (s->kind == SC_FUNCTION) {
        for (int i = 0; i < s->nparams; i++) add_name_to(c, &u->varnames, &u->nvarnames, &u->capvarnames, s->params[i]);
        for (int i = 0; i < s->nsyms; i++) {
            Sym *y = &s->syms[i];
            if ((y->flags & SYM_ASSIGNED) && !(y->flags & (SYM_GLOBAL | SYM_NONLOCAL | SYM_FREE)))
                add_name_to(c, &u->varnames, &u->nvarnames, &u->capvarnames, y->name);
        }
    }
    int nc = 0, nf = 0;
    for (int i = 0; i < s->nsyms; i++) {
        if (s->syms[i].flags & SYM_CELL) nc++;
        if (s->syms[i].flags & (SYM_FREE)) nf++;
    }
    u->cellnames = mem_alloc((size_t)(nc + 1) * sizeof(Str *));
    u->freenames = mem_alloc((size_t)(nf + 1) * sizeof(Str *));
    for (int i = 0; i < s->nsyms; i++) {
        if (s->syms[i].flags & SYM_CELL) u->cellnames[u->ncells++] = s->syms[i].name;
        else if (s->syms[i].flags & SYM_FREE) u->freenames[u->nfrees++] = s->syms[i].name;
    }
    return u;
}

/* Turn a finished unit into a code object (immortal: lives until exit). */
static Code *assemble(Compiler *c, Unit *u, Str *name, int argcount, int kwonly, int flags) {
    for (int i = 0; i < u->ncode; i++) {
        int op = INSTR_OP(u->code[i]);
        if (op == I_JUMP || op == I_JUMP_BACK || op == I_POP_JUMP_IF_FALSE || op == I_POP_JUMP_IF_TRUE ||
            op == I_JUMP_IF_FALSE_OR_POP || op == I_JUMP_IF_TRUE_OR_POP || op == I_FOR_ITER || op == I_SEND) {
            int target = u->labels[INSTR_ARG(u->code[i])];
            if (op == I_JUMP && target <= i) op = I_JUMP_BACK;
            u->code[i] = INSTR(op, target);
        }
    }
    Code *co = (Code *)obj_new(&CodeType, sizeof(Code));
    if (!co) { nomem(c); return NULL; }
    memset((char *)co + sizeof(Obj), 0, sizeof(Code) - sizeof(Obj));
    co->code = u->code;
    co->ncode = u->ncode;
    co->lines = u->lines;
    u->code = NULL;
    u->lines = NULL;
    co->consts = u->consts;
    co->nconsts = u->nconsts;
    u->consts = NULL;
    u->nconsts = 0;
    co->names = u->names;
    co->nnames = u->nnames;
    u->names = NULL;
    co->varnames = u->varnames;
    co->nlocals = u->nvarnames;
    u->varnames = NULL;
    co->cellnames = u->cellnames;
    co->ncells = u->ncells;
    u->cellnames = NULL;
    co->freenames = u->freenames;
    co->nfrees = u->nfrees;
    u->freenames = NULL;
    co->cell2arg = mem_alloc((size_t)(co->ncells + 1) * sizeof(int32_t));
    for (int i = 0; i < co->ncells; i++) {
        co->cell2arg[i] = -1;
        for (int k = 0; k < co->nlocals; k++)
            if (co->varnames[k] == co->cellnames[i] && k < argcount + kwonly + ((flags & CO_VARARGS) != 0) + ((flags & CO_VARKW) != 0))
                co->cell2arg[i] = k;
    }
    co->ngcache = u->ngcache;
    co->gcache = mem_calloc((size_t)(u->ngcache + 1) * sizeof(GlobalCache));
    co->argcount = argcount;
    co->kwonlycount = kwonly;
    co->stacksize = u->maxdepth + 4;
    co->nfast = co->nlocals + co->ncells + co->nfrees;
    co->framesize = (int32_t)(sizeof(Frame) / sizeof(Value)) + co->nfast + co->stacksize;
    co->name = name;
    co->qualname = u->qualname ? u->qualname : name;
    co->filename = c->filename;
    co->source = c->names_local ? NULL : c->source; /* as CPython: no source line shown for exec() text */
    co->firstline = u->scope->node ? u->scope->node->line : 1;
    /* the exception table: runs of instructions with the same handler */
    int n = 0;
    for (int i = 0; i < u->ncode; i++)
        if (u->hidx[i] >= 0 && (i == 0 || u->hidx[i - 1] != u->hidx[i])) n++;
    co->exctab = mem_alloc((size_t)(n + 1) * sizeof(ExcEntry));
    co->nexc = 0;
    for (int i = 0; i < u->ncode;) {
        int h = u->hidx[i];
        int j = i;
        while (j < u->ncode && u->hidx[j] == h) j++;
        if (h >= 0) {
            ExcEntry *e = &co->exctab[co->nexc++];
            e->start = i;
            e->end = j;
            e->target = u->labels[u->htab[h].label];
            e->depth = u->htab[h].depth;
        }
        i = j;
    }
    if (flags & CO_GENERATOR) flags &= ~CO_SIMPLE;
    if (co->ncells || co->nfrees || kwonly || (flags & (CO_VARARGS | CO_VARKW))) flags &= ~CO_SIMPLE;
    co->flags = flags;
    immortal_track(&co->ob);
    return co;
}

/* ---- name access ------------------------------------------------------------------ */
enum { ACC_LOAD, ACC_STORE, ACC_DEL };

static int deref_index(Unit *u, Str *name) {
    for (int i = 0; i < u->ncells; i++)
        if (u->cellnames[i] == name) return i;
    for (int i = 0; i < u->nfrees; i++)
        if (u->freenames[i] == name) return u->ncells + i;
    return -1;
}

static void compile_name(Compiler *c, Str *name, int acc) {
    Unit *u = c->u;
    if (acc == ACC_LOAD && is_debug_name(name)) { emit(c, I_LOAD_CONST, add_const(c, V_TRUE)); return; }
    Scope *s = u->scope;
    Sym *y = sym_find(s, name);
    int flags = y ? y->flags : 0;
    static const int gl[] = {I_LOAD_GLOBAL, I_STORE_GLOBAL, I_DELETE_GLOBAL};
    static const int nm[] = {I_LOAD_NAME, I_STORE_NAME, I_DELETE_NAME};
    static const int fa[] = {I_LOAD_FAST, I_STORE_FAST, I_DELETE_FAST};
    static const int de[] = {I_LOAD_DEREF, I_STORE_DEREF, I_DELETE_DEREF};
    if (s->kind == SC_MODULE && c->names_local && !(flags & SYM_GLOBAL)) {
        emit(c, nm[acc], add_name(c, name));
        return;
    }
    if (s->kind == SC_MODULE || (flags & SYM_GLOBAL)) {
        emit(c, gl[acc], add_name(c, name));
        if (acc == ACC_LOAD) emit(c, I_CACHE, u->ngcache++);
        return;
    }
    if (s->kind == SC_CLASS) {
        if (!(flags & SYM_ASSIGNED) && (flags & SYM_FREE) && acc == ACC_LOAD) {
            emit(c, I_LOAD_CLASSDEREF, deref_index(u, name));
            return;
        }
        emit(c, nm[acc], add_name(c, name));
        return;
    }
    int d = deref_index(u, name);
    if (d >= 0 && (flags & (SYM_CELL | SYM_FREE))) { emit(c, de[acc], d); return; }
    if (flags & SYM_ASSIGNED) {
        for (int i = 0; i < u->nvarnames; i++)
            if (u->varnames[i] == name) { emit(c, fa[acc], i); return; }
    }
    emit(c, gl[acc], add_name(c, name));
    if (acc == ACC_LOAD) emit(c, I_CACHE, u->ngcache++);
}

/* ---- expressions ---------------------------------------------------------------------- */
static void expr(Compiler *c, Node *n);
static void stmts(Compiler *c, NodeList *l);
static void store_target(Compiler *c, Node *t);
static Code *compile_function_body(Compiler *c, Node *n, Scope *s, Str *name, Str *qualname);

static void set_line(Compiler *c, Node *n) { if (n && n->line) c->u->line = n->line; }

static Str *make_qualname(Compiler *c, Str *name) {
    Unit *u = c->u;
    if (!u || u->scope->kind == SC_MODULE) return name;
    SBuf b;
    sb_init(&b);
    sb_add_str(&b, u->qualname);
    if (u->scope->kind == SC_FUNCTION) sb_adds(&b, ".<locals>");
    sb_addc(&b, '.');
    sb_add_str(&b, name);
    Value v = sb_finish(&b);
    if (!v) { nomem(c); return name; }
    return str_intern(AS_STR(v));
}

static bool all_const(NodeList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->v[i]->kind != N_CONST) return false;
    return true;
}
static bool has_starred(NodeList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->v[i]->kind == N_STARRED) return true;
    return false;
}

/* Elements of a display with *unpacking: built as a list.  In a call
 * (LIST_EXTEND_CALL set) the callee sits under the list, for error messages. */
#define LIST_EXTEND_CALL 0x100
static void starred_elements(Compiler *c, NodeList *l, bool call) {
    emit(c, I_BUILD_LIST, 0);
    for (int i = 0; i < l->n; i++) {
        Node *e = l->v[i];
        if (e->kind == N_STARRED) { expr(c, e->a); emit(c, I_LIST_EXTEND, 1 | (call ? LIST_EXTEND_CALL : 0)); }
        else { expr(c, e); emit(c, I_LIST_APPEND, 1); }
    }
}

/* Emit code that makes a function from code object `co` (closure etc). */
static void make_function(Compiler *c, Code *co, Scope *s, Params *p, int extra_flags) {
    int flags = extra_flags;
    if (p) {
        if (p->ndefaults) {
            for (int i = 0; i < p->ndefaults; i++) expr(c, p->defaults[i]);
            emit(c, I_BUILD_TUPLE, p->ndefaults);
            flags |= MF_DEFAULTS;
        }
        int nkw = 0;
        for (int i = 0; i < p->nkwonly; i++)
            if (p->kwdefaults[i]) {
                emit(c, I_LOAD_CONST, add_const(c, OBJ_VAL(p->kwonly[i])));
                expr(c, p->kwdefaults[i]);
                nkw++;
            }
        if (nkw) { emit(c, I_BUILD_MAP, nkw); flags |= MF_KWDEFAULTS; }
        if (p->nann) {
            for (int i = 0; i < p->nann; i++) {
                emit(c, I_LOAD_CONST, add_const(c, OBJ_VAL(p->ann_names[i])));
                expr(c, p->ann_exprs[i]);
            }
            emit(c, I_BUILD_MAP, p->nann);
            flags |= MF_ANNOTATIONS;
        }
    }
    if (co->nfrees) {
        for (int i = 0; i < co->nfrees; i++) {
            int d = deref_index(c->u, co->freenames[i]);
            if (d < 0) { cerror(c, c->u->line, "internal error: no cell for free variable '%s'", co->freenames[i]->data); return; }
            emit(c, I_LOAD_CLOSURE, d);
        }
        emit(c, I_BUILD_TUPLE, co->nfrees);
        flags |= MF_CLOSURE;
    }
    (void)s;
    emit(c, I_LOAD_CONST, add_const(c, OBJ_VAL(co)));
    emit(c, I_LOAD_CONST, add_const(c, OBJ_VAL(co->qualname)));
    emit(c, I_MAKE_FUNCTION, flags);
}

static void comprehension(Compiler *c, Node *n) {
    Scope *s = n->scope;
    Str *qual = make_qualname(c, s->name);
    Unit *outer = c->u;
    Unit *u = unit_new(c, s, qual);
    if (!u) return;
    u->line = n->line;
    int kind = n->kind;
    if (kind == N_LISTCOMP) emit(c, I_BUILD_LIST, 0);
    else if (kind == N_SETCOMP) emit(c, I_BUILD_SET, 0);
    else if (kind == N_DICTCOMP) emit(c, I_BUILD_MAP, 0);
    else emit(c, I_RETURN_GENERATOR, 0);
    int ngen = n->l1.n;
    int starts[32], ends[32];
    if (ngen > 32) { cerror(c, n->line, "too many nested comprehension loops"); return; }
    for (int i = 0; i < ngen; i++) {
        Node *g = n->l1.v[i];
        if (i == 0) emit(c, I_LOAD_FAST, 0);
        else { expr(c, g->b); emit(c, I_GET_ITER, 0); }
        starts[i] = new_label(c);
        ends[i] = new_label(c);
        bind_label(c, starts[i]);
        emit(c, I_FOR_ITER, ends[i]);
        store_target(c, g->a);
        for (int k = 0; k < g->l1.n; k++) {
            expr(c, g->l1.v[k]);
            emit(c, I_POP_JUMP_IF_FALSE, starts[i]);
        }
    }
    switch (kind) {
    case N_LISTCOMP: expr(c, n->a); emit(c, I_LIST_APPEND, ngen + 1); break;
    case N_SETCOMP: expr(c, n->a); emit(c, I_SET_ADD, ngen + 1); break;
    case N_DICTCOMP: expr(c, n->a); expr(c, n->b); emit(c, I_MAP_ADD, ngen + 1); break;
    default: expr(c, n->a); emit(c, I_YIELD_VALUE, 0); emit(c, I_POP_TOP, 0); break;
    }
    for (int i = ngen - 1; i >= 0; i--) {
        emit(c, I_JUMP, starts[i]);
        bind_label(c, ends[i]);
        u->depth--; /* FOR_ITER popped the iterator */
    }
    if (kind == N_GENEXP) emit(c, I_LOAD_CONST, add_const(c, V_NONE));
    emit(c, I_RETURN_VALUE, 0);
    int flags = CO_SIMPLE | (kind == N_GENEXP ? CO_GENERATOR : 0);
    Code *co = c->failed ? NULL : assemble(c, u, s->name, 1, 0, flags);
    c->u = outer;
    unit_free(u);
    if (!co) return;
    make_function(c, co, s, NULL, 0);
    expr(c, n->l1.v[0]->b);
    emit(c, I_GET_ITER, 0);
    emit(c, I_CALL, 1);
}

static const int cmp_map[] = {CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE};
static void emit_compare(Compiler *c, int op) {
    if (op <= CMPOP_GE) emit(c, I_COMPARE_OP, cmp_map[op]);
    else if (op == CMPOP_IN) emit(c, I_CONTAINS_OP, 0);
    else if (op == CMPOP_NOTIN) emit(c, I_CONTAINS_OP, 1);
    else if (op == CMPOP_IS) emit(c, I_IS_OP, 0);
    else emit(c, I_IS_OP, 1);
}

/* The keyword arguments of a call (name=value and **mapping, in order) as one dict. */
static void keyword_dict(Compiler *c, NodeList *kws) {
    emit(c, I_BUILD_MAP, 0);
    for (int i = 0; i < kws->n; i++) {
        Node *k = kws->v[i];
        if (k->kind == N_KEYWORD) {
            emit(c, I_LOAD_CONST, add_const(c, OBJ_VAL(k->name)));
            expr(c, k->a);
            emit(c, I_BUILD_MAP, 1);
        } else expr(c, k->a);
        emit(c, I_DICT_MERGE, 1);
    }
}

static void compile_call(Compiler *c, Node *n) {
    Node *f = n->a;
    bool star = has_starred(&n->l1);
    bool dstar = false;
    for (int i = 0; i < n->l2.n; i++)
        if (n->l2.v[i]->kind == N_DSTARARG) dstar = true;
    if (f->kind == N_ATTR && !star && !dstar && n->l2.n == 0) {
        expr(c, f->a);
        set_line(c, f);
        emit(c, I_LOAD_METHOD, add_name(c, f->name));
        for (int i = 0; i < n->l1.n; i++) expr(c, n->l1.v[i]);
        set_line(c, n);
        emit(c, I_CALL_METHOD, n->l1.n);
        return;
    }
    expr(c, f);
    if (!star && !dstar) {
        for (int i = 0; i < n->l1.n; i++) expr(c, n->l1.v[i]);
        if (n->l2.n) {
            Value names = tuple_new(n->l2.n);
            if (!names) { nomem(c); return; }
            for (int i = 0; i < n->l2.n; i++) {
                expr(c, n->l2.v[i]->a);
                incref(OBJ_VAL(n->l2.v[i]->name));
                AS_TUPLE(names)->items[i] = OBJ_VAL(n->l2.v[i]->name);
            }
            int k = add_const(c, names);
            decref(names);
            emit(c, I_LOAD_CONST, k);
            set_line(c, n);
            emit(c, I_CALL_KW, n->l1.n + n->l2.n);
        } else {
            set_line(c, n);
            emit(c, I_CALL, n->l1.n);
        }
        return;
    }
    starred_elements(c, &n->l1, true);
    emit(c, I_LIST_TO_TUPLE, 0);
    if (n->l2.n) keyword_dict(c, &n->l2);
    set_line(c, n);
    emit(c, I_CALL_EX, n->l2.n ? 1 : 0);
}

static void jump_if(Compiler *c, Node *n, bool cond, int label);

/* The fast-local slot of a name in a function scope (not a cell, not a
 * global), or -1. */
static int plain_local(Compiler *c, Node *n) {
    if (n->kind != N_NAME) return -1;
    Unit *u = c->u;
    if (u->scope->kind != SC_FUNCTION) return -1;
    Sym *y = sym_find(u->scope, n->name);
    if (!y || !(y->flags & SYM_ASSIGNED) || (y->flags & (SYM_GLOBAL | SYM_CELL | SYM_FREE | SYM_NONLOCAL))) return -1;
    for (int i = 0; i < u->nvarnames; i++)
        if (u->varnames[i] == n->name) return i;
    return -1;
}

/* A subscript key whose evaluation calls no function and reads no
 * attribute: evaluating it before the container is loaded cannot be
 * observed (but through operator methods of user classes). */
static bool simple_key(Node *n) {
    switch (n->kind) {
    case N_CONST: case N_NAME: return true;
    case N_BINOP: return simple_key(n->a) && simple_key(n->b);
    case N_UNARY: return simple_key(n->a);
    case N_SUBSCRIPT: return simple_key(n->a) && simple_key(n->b);
    default: return false;
    }
}

static void expr_node(Compiler *c, Node *n);
static void expr(Compiler *c, Node *n) {
    if (c->failed || !n) return;
    if (++c->depth > COMPILE_DEPTH_LIMIT) {
        c->failed = true;
        err_set_str(&Exc_RecursionError, depth_msg);
    } else expr_node(c, n);
    c->depth--;
}

static void expr_node(Compiler *c, Node *n) {
    int saved_line = c->u->line;
    set_line(c, n);
    switch (n->kind) {
    case N_CONST:
        emit(c, I_LOAD_CONST, add_const(c, n->value));
        break;
    case N_NAME:
        compile_name(c, n->name, ACC_LOAD);
        break;
    case N_ATTR: {
        int local = plain_local(c, n->a), name = add_name(c, n->name);
        if (local >= 0 && local < 4096 && name < 4096) {
            /* obj.attr on a local: read it where it is (no reference taken) */
            set_line(c, n);
            emit(c, I_LOAD_ATTR_FAST, local | name << 12);
            break;
        }
        expr(c, n->a);
        set_line(c, n);
        emit(c, I_LOAD_ATTR, name);
        break;
    }
    case N_SUBSCRIPT: {
        int local = plain_local(c, n->a);
        if (local >= 0 && simple_key(n->b)) {
            /* local[key]: the container is read where it is, after the key */
            expr(c, n->b);
            set_line(c, n);
            emit(c, I_BINARY_SUBSCR_FAST, local);
            break;
        }
        expr(c, n->a);
        expr(c, n->b);
        set_line(c, n);
        emit(c, I_BINARY_SUBSCR, 0);
        break;
    }
    case N_SLICE:
        if (n->a) expr(c, n->a); else emit(c, I_LOAD_CONST, add_const(c, V_NONE));
        if (n->b) expr(c, n->b); else emit(c, I_LOAD_CONST, add_const(c, V_NONE));
        if (n->c) { expr(c, n->c); emit(c, I_BUILD_SLICE, 3); }
        else emit(c, I_BUILD_SLICE, 2);
        break;
    case N_CALL: compile_call(c, n); break;
    case N_BINOP:
        expr(c, n->a);
        expr(c, n->b);
        set_line(c, n);
        if (n->op == BOP_ADD) emit(c, I_BINARY_ADD, 0);
        else if (n->op == BOP_SUB) emit(c, I_BINARY_SUB, 0);
        else emit(c, I_BINARY_OP, n->op);
        break;
    case N_UNARY:
        expr(c, n->a);
        emit(c, n->op == UOP_NEG ? I_UNARY_NEG : n->op == UOP_POS ? I_UNARY_POS : n->op == UOP_NOT ? I_UNARY_NOT : I_UNARY_INVERT, 0);
        break;
    case N_BOOLOP: {
        int end = new_label(c);
        for (int i = 0; i < n->l1.n; i++) {
            expr(c, n->l1.v[i]);
            if (i + 1 < n->l1.n) emit(c, n->op ? I_JUMP_IF_TRUE_OR_POP : I_JUMP_IF_FALSE_OR_POP, end);
        }
        bind_label(c, end);
        break;
    }
    case N_COMPARE: {
        expr(c, n->a);
        int nops = n->l1.n;
        if (nops == 1) {
            expr(c, n->l1.v[0]);
            set_line(c, n);
            emit_compare(c, n->l2.v[0]->op);
            break;
        }
        int cleanup = new_label(c), end = new_label(c);
        for (int i = 0; i < nops - 1; i++) {
            expr(c, n->l1.v[i]);
            emit(c, I_DUP_TOP, 0);
            emit(c, I_ROT_THREE, 0);
            emit_compare(c, n->l2.v[i]->op);
            emit(c, I_JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c, n->l1.v[nops - 1]);
        emit_compare(c, n->l2.v[nops - 1]->op);
        emit(c, I_JUMP, end);
        bind_label(c, cleanup);
        c->u->depth++; /* cleanup: a <result> */
        emit(c, I_ROT_TWO, 0);
        emit(c, I_POP_TOP, 0);
        bind_label(c, end);
        break;
    }
    case N_NAMEDEXPR:
        expr(c, n->b);
        emit(c, I_DUP_TOP, 0);
        store_target(c, n->a);
        break;
    case N_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        jump_if(c, n->a, false, orelse);
        expr(c, n->b);
        emit(c, I_JUMP, end);
        c->u->depth--;
        bind_label(c, orelse);
        expr(c, n->c);
        bind_label(c, end);
        break;
    }
    case N_LAMBDA: {
        Str *qual = make_qualname(c, s_lambda);
        Code *co = compile_function_body(c, n, n->scope, s_lambda, qual);
        if (co) make_function(c, co, n->scope, n->params, 0);
        break;
    }
    case N_TUPLE:
        if (n->l1.n > 0 && all_const(&n->l1)) {
            Value t = tuple_new(n->l1.n);
            if (!t) { nomem(c); break; }
            for (int i = 0; i < n->l1.n; i++) {
                Value v = n->l1.v[i]->value;
                if (IS_STR(v)) { incref(v); v = OBJ_VAL(str_intern(AS_STR(v))); }
                else incref(v);
                AS_TUPLE(t)->items[i] = v;
            }
            /* constant tuples are shared by every run of the code: immortal */
            immortal_track(AS_OBJ(t));
            emit(c, I_LOAD_CONST, add_const(c, t));
            decref(t);
            break;
        }
        if (has_starred(&n->l1)) { starred_elements(c, &n->l1, false); emit(c, I_LIST_TO_TUPLE, 0); }
        else {
            for (int i = 0; i < n->l1.n; i++) expr(c, n->l1.v[i]);
            emit(c, I_BUILD_TUPLE, n->l1.n);
        }
        break;
    case N_LIST:
        if (has_starred(&n->l1)) starred_elements(c, &n->l1, false);
        else {
            for (int i = 0; i < n->l1.n; i++) expr(c, n->l1.v[i]);
            emit(c, I_BUILD_LIST, n->l1.n);
        }
        break;
    case N_SET:
        if (has_starred(&n->l1)) {
            emit(c, I_BUILD_SET, 0);
            for (int i = 0; i < n->l1.n; i++) {
                Node *e = n->l1.v[i];
                if (e->kind == N_STARRED) { expr(c, e->a); emit(c, I_SET_UPDATE, 1); }
                else { expr(c, e); emit(c, I_SET_ADD, 1); }
            }
        } else if (n->l1.n > 2 && all_const(&n->l1)) {
            /* as CPython: a constant set is built first, then copied into a
             * new set, which decides the order the set prints in */
            emit(c, I_BUILD_SET, 0);
            for (int i = 0; i < n->l1.n; i++) expr(c, n->l1.v[i]);
            emit(c, I_BUILD_SET, n->l1.n);
            emit(c, I_SET_UPDATE, 1);
        } else {
            for (int i = 0; i < n->l1.n; i++) expr(c, n->l1.v[i]);
            emit(c, I_BUILD_SET, n->l1.n);
        }
        break;
    case N_DICT: {
        bool unpack = false;
        for (int i = 0; i < n->l1.n; i++)
            if (!n->l1.v[i]) unpack = true;
        if (!unpack) {
            for (int i = 0; i < n->l1.n; i++) { expr(c, n->l1.v[i]); expr(c, n->l2.v[i]); }
            emit(c, I_BUILD_MAP, n->l1.n);
        } else {
            emit(c, I_BUILD_MAP, 0);
            for (int i = 0; i < n->l1.n; i++) {
                if (n->l1.v[i]) { expr(c, n->l1.v[i]); expr(c, n->l2.v[i]); emit(c, I_MAP_ADD, 1); }
                else { expr(c, n->l2.v[i]); emit(c, I_DICT_UPDATE, 1); }
            }
        }
        break;
    }
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP:
        comprehension(c, n);
        break;
    case N_STARRED:
        cerror(c, n->line, "can't use starred expression here");
        break;
    case N_JOINEDSTR: {
        int parts = 0;
        for (int i = 0; i < n->l1.n; i++) {
            Node *p = n->l1.v[i];
            if (p->kind == N_CONST) { expr(c, p); parts++; continue; }
            expr(c, p->a);
            int conv = p->op == 'r' ? 1 : p->op == 's' ? 2 : p->op == 'a' ? 3 : 0;
            if (p->b) { expr(c, p->b); emit(c, I_FORMAT_VALUE, conv | (1 << 8)); }
            else emit(c, I_FORMAT_VALUE, conv);
            parts++;
        }
        if (parts == 0) emit(c, I_LOAD_CONST, add_const(c, OBJ_VAL(str_intern_c(""))));
        else if (parts > 1 || n->l1.v[0]->kind == N_CONST) {
            if (parts > 1) emit(c, I_BUILD_STRING, parts);
        }
        break;
    }
    case N_YIELD:
        if (n->a) expr(c, n->a);
        else emit(c, I_LOAD_CONST, add_const(c, V_NONE));
        emit(c, I_YIELD_VALUE, 0);
        break;
    case N_YIELDFROM: {
        expr(c, n->a);
        emit(c, I_GET_ITER, 0);
        emit(c, I_LOAD_CONST, add_const(c, V_NONE));
        int loop = new_label(c), end = new_label(c);
        bind_label(c, loop);
        emit(c, I_SEND, end);       /* [iter value]: sends value, or finishes with the result */
        emit(c, I_YIELD_VALUE, 0);  /* resumes with [iter sent] */
        emit(c, I_JUMP, loop);
        bind_label(c, end);
        c->u->depth--;              /* [result] */
        break;
    }
    default:
        cerror(c, n->line, "invalid syntax");
    }
    c->u->line = saved_line;
}

/* Jump to label when the truth of n equals cond; fall through otherwise. */
static void jump_if(Compiler *c, Node *n, bool cond, int label) {
    if (n->kind == N_UNARY && n->op == UOP_NOT) { jump_if(c, n->a, !cond, label); return; }
    if (n->kind == N_BOOLOP) {
        bool is_or = n->op == 1;
        if (is_or == cond) {
            for (int i = 0; i < n->l1.n; i++) jump_if(c, n->l1.v[i], cond, label);
        } else {
            int skip = new_label(c);
            for (int i = 0; i < n->l1.n - 1; i++) jump_if(c, n->l1.v[i], !cond, skip);
            jump_if(c, n->l1.v[n->l1.n - 1], cond, label);
            bind_label(c, skip);
        }
        return;
    }
    expr(c, n);
    emit(c, cond ? I_POP_JUMP_IF_TRUE : I_POP_JUMP_IF_FALSE, label);
}

/* ---- assignment targets -------------------------------------------------------------- */
static void store_target(Compiler *c, Node *t) {
    set_line(c, t);
    switch (t->kind) {
    case N_NAME: compile_name(c, t->name, ACC_STORE); break;
    case N_ATTR:
        expr(c, t->a);
        emit(c, I_STORE_ATTR, add_name(c, t->name));
        break;
    case N_SUBSCRIPT:
        expr(c, t->a);
        expr(c, t->b);
        emit(c, I_STORE_SUBSCR, 0);
        break;
    case N_TUPLE: case N_LIST: {
        int star = -1;
        for (int i = 0; i < t->l1.n; i++)
            if (t->l1.v[i]->kind == N_STARRED) {
                if (star >= 0) { cerror(c, t->line, "multiple starred expressions in assignment"); return; }
                star = i;
            }
        if (star >= 0) emit(c, I_UNPACK_EX, star | ((t->l1.n - star - 1) << 8));
        else emit(c, I_UNPACK_SEQUENCE, t->l1.n);
        for (int i = 0; i < t->l1.n; i++) {
            Node *e = t->l1.v[i];
            store_target(c, e->kind == N_STARRED ? e->a : e);
        }
        break;
    }
    case N_STARRED:
        cerror(c, t->line, "starred assignment target must be in a list or tuple");
        break;
    default:
        cerror(c, t->line, "cannot assign to expression");
    }
}

static void delete_target(Compiler *c, Node *t) {
    set_line(c, t);
    switch (t->kind) {
    case N_NAME: compile_name(c, t->name, ACC_DEL); break;
    case N_ATTR: expr(c, t->a); emit(c, I_DELETE_ATTR, add_name(c, t->name)); break;
    case N_SUBSCRIPT: expr(c, t->a); expr(c, t->b); emit(c, I_DELETE_SUBSCR, 0); break;
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < t->l1.n; i++) delete_target(c, t->l1.v[i]);
        break;
    default: cerror(c, t->line, "cannot delete expression");
    }
}

/* ---- blocks and unwinding -------------------------------------------------------------- */
static FBlock *push_fb(Compiler *c, int kind, Node *node) {
    Unit *u = c->u;
    if (u->nfb >= 64) { cerror(c, u->line, "too many statically nested blocks"); return NULL; }
    FBlock *f = &u->fb[u->nfb++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->node = node;
    f->handler = u->cur_handler;
    return f;
}
static void pop_fb(Compiler *c) { c->u->nfb--; }

static void clear_handler_name(Compiler *c, Node *h) {
    if (h && h->name) {
        emit(c, I_LOAD_CONST, add_const(c, V_NONE));
        compile_name(c, h->name, ACC_STORE);
        compile_name(c, h->name, ACC_DEL);
    }
}

/* Emit what leaving fblock f needs; `value` is true when a return value is on top. */
static void unwind_one(Compiler *c, FBlock *f, bool value) {
    switch (f->kind) {
    case FB_LOOP: break;
    case FB_FOR:
        if (value) emit(c, I_ROT_TWO, 0);
        emit(c, I_POP_TOP, 0);
        break;
    case FB_WITH:
        if (value) emit(c, I_ROT_TWO, 0);
        emit(c, I_WITH_EXIT, 0);
        break;
    case FB_HANDLER:
        if (value) emit(c, I_ROT_TWO, 0);
        emit(c, I_POP_EXCEPT, 0);
        clear_handler_name(c, f->node);
        break;
    case FB_FINALLY_END:
        /* leaving a finally block that runs because of an exception: drop it */
        if (value) { emit(c, I_ROT_TWO, 0); emit(c, I_POP_TOP, 0); emit(c, I_ROT_TWO, 0); }
        else emit(c, I_POP_TOP, 0);
        emit(c, I_POP_EXCEPT, 0);
        break;
    case FB_FINALLY_TRY: {
        /* run the finally body here, outside this try's protection; with a
         * return value pending, a break or continue in it must drop that
         * value (FB_POP_VALUE), as a return in it replaces it */
        Unit *u = c->u;
        FBlock saved = *f;
        u->nfb--; /* the finally body must not see this block */
        if (value) push_fb(c, FB_POP_VALUE, NULL);
        stmts(c, &saved.node->l4);
        if (value) pop_fb(c);
        u->fb[u->nfb++] = saved;
        break;
    }
    case FB_POP_VALUE:
        if (value) emit(c, I_ROT_TWO, 0);
        emit(c, I_POP_TOP, 0);
        break;
    }
}

/* Unwind fblocks down to (not including) index `stop`; restores the handler
 * and stack depth afterwards (the code after a jump is unreachable). */
static void unwind_to(Compiler *c, int stop, bool value) {
    Unit *u = c->u;
    int saved_handler = u->cur_handler, saved_nfb = u->nfb;
    for (int i = u->nfb - 1; i >= stop && !c->failed; i--) {
        FBlock f = u->fb[i];
        u->cur_handler = f.handler;
        u->nfb = i + 1;
        unwind_one(c, &u->fb[i], value);
        u->nfb = saved_nfb;
        (void)f;
    }
    u->cur_handler = saved_handler;
}

static void stmt(Compiler *c, Node *n);
static void stmts(Compiler *c, NodeList *l) {
    for (int i = 0; i < l->n && !c->failed; i++) stmt(c, l->v[i]);
}

static int find_loop(Unit *u) {
    for (int i = u->nfb - 1; i >= 0; i--)
        if (u->fb[i].kind == FB_LOOP || u->fb[i].kind == FB_FOR) return i;
    return -1;
}

static void try_stmt(Compiler *c, Node *n);
static void with_stmt(Compiler *c, Node *n, int item);

static void funcdef(Compiler *c, Node *n) {
    for (int i = 0; i < n->l2.n; i++) expr(c, n->l2.v[i]);
    Str *qual = make_qualname(c, n->name);
    Code *co = compile_function_body(c, n, n->scope, n->name, qual);
    if (!co) return;
    set_line(c, n);
    make_function(c, co, n->scope, n->params, MF_DEF);
    for (int i = 0; i < n->l2.n; i++) emit(c, I_CALL, 1);
    Node nm = {.kind = N_NAME, .name = n->name, .line = n->line};
    store_target(c, &nm);
}

/* The docstring of a body: its first statement, if a string constant. */
static Value docstring(NodeList *body) {
    if (body->n == 0 || body->v[0]->kind != N_EXPR || body->v[0]->a->kind != N_CONST) return V_NULL;
    Value v = body->v[0]->a->value;
    return IS_STR(v) ? v : V_NULL;
}

/* Does a body hold an annotated assignment (outside nested functions and classes)? */
static bool has_annotations(NodeList *l) {
    for (int i = 0; i < l->n; i++) {
        Node *n = l->v[i];
        if (!n || n->kind == N_FUNCDEF || n->kind == N_CLASSDEF) continue;
        if (n->kind == N_ANNASSIGN) return true;
        if (has_annotations(&n->l1) || has_annotations(&n->l2) || has_annotations(&n->l3) || has_annotations(&n->l4))
            return true;
    }
    return false;
}

/* A module or class body with annotations starts with an empty __annotations__. */
static void setup_annotations(Compiler *c, NodeList *body) {
    if (!has_annotations(body)) return;
    emit(c, I_BUILD_MAP, 0);
    emit(c, I_STORE_NAME, add_name(c, N.__annotations__));
}

static void classdef(Compiler *c, Node *n) {
    for (int i = 0; i < n->l3.n; i++) expr(c, n->l3.v[i]);
    Scope *s = n->scope;
    Str *qual = make_qualname(c, n->name);
    Unit *outer = c->u;
    Unit *u = unit_new(c, s, qual);
    if (!u) return;
    u->line = n->line;
    /* __module__ and __qualname__ are set by BUILD_CLASS; __doc__ here */
    Value doc = docstring(&n->l1);
    emit(c, I_LOAD_CONST, add_const(c, doc ? doc : V_NONE));
    emit(c, I_STORE_NAME, add_name(c, N.__doc__));
    setup_annotations(c, &n->l1);
    stmts(c, &n->l1);
    int cell = deref_index(u, s_class_cell);
    if (cell >= 0 && cell < u->ncells) emit(c, I_LOAD_CLOSURE, cell);
    else emit(c, I_LOAD_CONST, add_const(c, V_NONE));
    emit(c, I_RETURN_VALUE, 0);
    Code *co = c->failed ? NULL : assemble(c, u, n->name, 0, 0, CO_CLASSBODY);
    c->u = outer;
    unit_free(u);
    if (!co) return;
    set_line(c, n);
    make_function(c, co, s, NULL, 0);
    emit(c, I_LOAD_CONST, add_const(c, OBJ_VAL(n->name)));
    starred_elements(c, &n->l2, true);
    emit(c, I_LIST_TO_TUPLE, 0);
    if (n->l4.n) keyword_dict(c, &n->l4);
    emit(c, I_BUILD_CLASS, n->l4.n ? 1 : 0);
    for (int i = 0; i < n->l3.n; i++) emit(c, I_CALL, 1);
    Node nm = {.kind = N_NAME, .name = n->name, .line = n->line};
    store_target(c, &nm);
}

static void stmt_node(Compiler *c, Node *n);
static void stmt(Compiler *c, Node *n) {
    if (c->failed) return;
    if (++c->depth > COMPILE_DEPTH_LIMIT) {
        c->failed = true;
        err_set_str(&Exc_RecursionError, depth_msg);
    } else stmt_node(c, n);
    c->depth--;
}

static void stmt_node(Compiler *c, Node *n) {
    Unit *u = c->u;
    set_line(c, n);
    switch (n->kind) {
    case N_EXPR:
        if (n->a->kind == N_CONST) break; /* docstrings and bare constants */
        expr(c, n->a);
        emit(c, I_POP_TOP, 0);
        break;
    case N_ASSIGN:
        expr(c, n->a);
        for (int i = 0; i < n->l1.n; i++) {
            if (i + 1 < n->l1.n) emit(c, I_DUP_TOP, 0);
            store_target(c, n->l1.v[i]);
        }
        break;
    case N_AUGASSIGN: {
        Node *t = n->a;
        int op = n->op == BOP_ADD ? I_INPLACE_ADD : n->op == BOP_SUB ? I_INPLACE_SUB : I_INPLACE_OP;
        if (t->kind == N_NAME) {
            compile_name(c, t->name, ACC_LOAD);
            expr(c, n->b);
            set_line(c, n);
            emit(c, op, n->op);
            compile_name(c, t->name, ACC_STORE);
        } else if (t->kind == N_ATTR) {
            expr(c, t->a);
            emit(c, I_DUP_TOP, 0);
            emit(c, I_LOAD_ATTR, add_name(c, t->name));
            expr(c, n->b);
            set_line(c, n);
            emit(c, op, n->op);
            emit(c, I_ROT_TWO, 0);
            emit(c, I_STORE_ATTR, add_name(c, t->name));
        } else {
            expr(c, t->a);
            expr(c, t->b);
            emit(c, I_DUP_TOP_TWO, 0);
            emit(c, I_BINARY_SUBSCR, 0);
            expr(c, n->b);
            set_line(c, n);
            emit(c, op, n->op);
            emit(c, I_ROT_THREE, 0);
            emit(c, I_STORE_SUBSCR, 0);
        }
        break;
    }
    case N_ANNASSIGN:
        if (n->c) { expr(c, n->c); store_target(c, n->a); }
        if (c->u->scope->kind != SC_FUNCTION) {
            /* in a module or class body the annotation is evaluated, and a
             * plain name's stored in __annotations__ */
            expr(c, n->b);
            if (n->a->kind == N_NAME) {
                emit(c, I_LOAD_NAME, add_name(c, N.__annotations__));
                emit(c, I_LOAD_CONST, add_const(c, OBJ_VAL(n->a->name)));
                emit(c, I_STORE_SUBSCR, 0);
            } else emit(c, I_POP_TOP, 0);
        }
        break;
    case N_IF: {
        int orelse = new_label(c), end = new_label(c);
        jump_if(c, n->a, false, orelse);
        stmts(c, &n->l1);
        if (n->l2.n) emit(c, I_JUMP, end);
        bind_label(c, orelse);
        stmts(c, &n->l2);
        bind_label(c, end);
        break;
    }
    case N_WHILE: {
        int top = new_label(c), orelse = new_label(c), end = new_label(c);
        bind_label(c, top);
        jump_if(c, n->a, false, orelse);
        FBlock *f = push_fb(c, FB_LOOP, n);
        if (!f) break;
        f->start_label = top;
        f->end_label = end;
        stmts(c, &n->l1);
        pop_fb(c);
        emit(c, I_JUMP, top);
        bind_label(c, orelse);
        stmts(c, &n->l2);
        bind_label(c, end);
        break;
    }
    case N_FOR: {
        expr(c, n->b);
        emit(c, I_GET_ITER, 0);
        int top = new_label(c), orelse = new_label(c), end = new_label(c);
        bind_label(c, top);
        set_line(c, n);
        emit(c, I_FOR_ITER, orelse);
        FBlock *f = push_fb(c, FB_FOR, n);
        if (!f) break;
        f->start_label = top;
        f->end_label = end;
        store_target(c, n->a);
        stmts(c, &n->l1);
        pop_fb(c);
        set_line(c, n);
        emit(c, I_JUMP, top);
        bind_label(c, orelse);
        u->depth -= 1; /* FOR_ITER popped the iterator */
        stmts(c, &n->l2);
        bind_label(c, end);
        break;
    }
    case N_BREAK: case N_CONTINUE: {
        int loop = find_loop(u);
        if (loop < 0) {
            cerror(c, n->line, n->kind == N_BREAK ? "'break' outside loop" : "'continue' not properly in loop");
            break;
        }
        int depth = u->depth;
        unwind_to(c, loop + 1, false);
        if (n->kind == N_BREAK) {
            int saved_handler = u->cur_handler;
            u->cur_handler = u->fb[loop].handler;
            if (u->fb[loop].kind == FB_FOR) emit(c, I_POP_TOP, 0);
            emit(c, I_JUMP, u->fb[loop].end_label);
            u->cur_handler = saved_handler;
        } else emit(c, I_JUMP, u->fb[loop].start_label);
        u->depth = depth;
        break;
    }
    case N_PASS: case N_GLOBAL: case N_NONLOCAL: break;
    case N_RETURN: {
        if (u->scope->kind != SC_FUNCTION) { cerror(c, n->line, "'return' outside function"); break; }
        if (n->a) expr(c, n->a);
        else emit(c, I_LOAD_CONST, add_const(c, V_NONE));
        int depth = u->depth;
        unwind_to(c, 0, true);
        set_line(c, n);
        emit(c, I_RETURN_VALUE, 0);
        u->depth = depth - 1;
        break;
    }
    case N_FUNCDEF: funcdef(c, n); break;
    case N_CLASSDEF: classdef(c, n); break;
    case N_TRY: try_stmt(c, n); break;
    case N_RAISE:
        if (n->a) expr(c, n->a);
        if (n->b) expr(c, n->b);
        set_line(c, n);
        emit(c, I_RAISE, n->b ? 2 : n->a ? 1 : 0);
        break;
    case N_WITH: with_stmt(c, n, 0); break;
    case N_ASSERT: {
        int end = new_label(c);
        jump_if(c, n->a, true, end);
        set_line(c, n);
        emit(c, I_LOAD_ASSERTION_ERROR, 0);
        if (n->b) { expr(c, n->b); emit(c, I_CALL, 1); }
        emit(c, I_RAISE, 1);
        bind_label(c, end);
        break;
    }
    case N_DELETE:
        for (int i = 0; i < n->l1.n; i++) delete_target(c, n->l1.v[i]);
        break;
    case N_IMPORT:
        for (int i = 0; i < n->l1.n; i++) {
            Node *a = n->l1.v[i];
            emit(c, I_LOAD_CONST, add_const(c, MK_SMALL(a->name2 ? 1 : 0)));
            emit(c, I_IMPORT_NAME, add_name(c, a->name));
            Str *bind = a->name2;
            if (!bind) {
                const char *dot = strchr(a->name->data, '.');
                bind = dot ? str_intern(AS_STR(str_new(a->name->data, dot - a->name->data))) : a->name;
            }
            Node nm = {.kind = N_NAME, .name = bind, .line = n->line};
            store_target(c, &nm);
        }
        break;
    case N_IMPORTFROM: {
        /* the operand: leaf (1) | level << 1 */
        emit(c, I_LOAD_CONST, add_const(c, MK_SMALL(1 | (n->op << 1))));
        emit(c, I_IMPORT_NAME, add_name(c, n->name ? n->name : str_intern_c("")));
        if (n->l1.n == 1 && str_eq_c(n->l1.v[0]->name, "*")) {
            emit(c, I_IMPORT_STAR, 0);
            break;
        }
        for (int i = 0; i < n->l1.n; i++) {
            Node *a = n->l1.v[i];
            emit(c, I_IMPORT_FROM, add_name(c, a->name));
            Node nm = {.kind = N_NAME, .name = a->name2 ? a->name2 : a->name, .line = n->line};
            store_target(c, &nm);
        }
        emit(c, I_POP_TOP, 0);
        break;
    }
    default:
        cerror(c, n->line, "invalid syntax");
    }
}

/* try: body / except...: / else: / finally: */
static void try_except(Compiler *c, Node *n) {
    Unit *u = c->u;
    int d = u->depth;
    int handler = new_label(c), orelse = new_label(c), end = new_label(c), cleanup = new_label(c);
    int outer = u->cur_handler;
    u->cur_handler = new_handler(c, handler, d);
    stmts(c, &n->l1);
    u->cur_handler = outer;
    emit(c, I_JUMP, orelse);
    /* the handlers: stack is [exc] at depth d */
    bind_label(c, handler);
    u->depth = d + 1;
    emit(c, I_PUSH_EXC_INFO, 0); /* [prev exc] */
    int hcleanup = new_handler(c, cleanup, d + 1);
    u->cur_handler = hcleanup;
    for (int i = 0; i < n->l2.n; i++) {
        Node *h = n->l2.v[i];
        set_line(c, h);
        int next = new_label(c);
        if (h->a) {
            expr(c, h->a);
            emit(c, I_CHECK_EXC_MATCH, 0);
            emit(c, I_POP_JUMP_IF_FALSE, next);
        } else if (i + 1 < n->l2.n) {
            cerror(c, h->line, "default 'except:' must be last");
            return;
        }
        int name_cleanup = -1;
        if (h->name) {
            compile_name(c, h->name, ACC_STORE);
            name_cleanup = new_label(c);
            u->cur_handler = new_handler(c, name_cleanup, d + 1);
        } else emit(c, I_POP_TOP, 0);
        /* [prev] */
        FBlock *f = push_fb(c, FB_HANDLER, h);
        if (!f) return;
        f->handler = hcleanup;
        stmts(c, &h->l1);
        pop_fb(c);
        u->cur_handler = hcleanup;
        emit(c, I_POP_EXCEPT, 0);
        clear_handler_name(c, h);
        emit(c, I_JUMP, end);
        if (h->name) {
            /* an exception in the body of "except E as name": clear name, then clean up */
            bind_label(c, name_cleanup);
            u->depth = d + 2;
            clear_handler_name(c, h);
            emit(c, I_JUMP, cleanup);
        }
        bind_label(c, next);
        u->depth = d + 2;
    }
    /* no clause matched: re-raise (handled by the cleanup below) */
    emit(c, I_RERAISE, 0);
    u->cur_handler = outer;
    bind_label(c, cleanup);
    u->depth = d + 2; /* [prev exc] */
    emit(c, I_ROT_TWO, 0);
    emit(c, I_POP_EXCEPT, 0);
    emit(c, I_RERAISE, 0);
    bind_label(c, orelse);
    u->depth = d;
    stmts(c, &n->l3);
    bind_label(c, end);
    u->depth = d;
}

static void try_stmt(Compiler *c, Node *n) {
    Unit *u = c->u;
    if (n->l4.n == 0) { try_except(c, n); return; }
    int d = u->depth;
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c);
    int outer = u->cur_handler;
    FBlock *f = push_fb(c, FB_FINALLY_TRY, n);
    if (!f) return;
    u->cur_handler = new_handler(c, handler, d);
    if (n->l2.n) try_except(c, n);
    else stmts(c, &n->l1);
    u->cur_handler = outer;
    pop_fb(c);
    /* normal exit: run the finally body */
    stmts(c, &n->l4);
    emit(c, I_JUMP, end);
    /* exceptional exit */
    bind_label(c, handler);
    u->depth = d + 1;
    emit(c, I_PUSH_EXC_INFO, 0);
    u->cur_handler = new_handler(c, cleanup, d + 1);
    FBlock *fe = push_fb(c, FB_FINALLY_END, n);
    if (!fe) return;
    fe->handler = outer;
    stmts(c, &n->l4);
    pop_fb(c);
    emit(c, I_RERAISE, 0);
    u->cur_handler = outer;
    bind_label(c, cleanup);
    u->depth = d + 2;
    emit(c, I_ROT_TWO, 0);
    emit(c, I_POP_EXCEPT, 0);
    emit(c, I_RERAISE, 0);
    bind_label(c, end);
    u->depth = d;
}

static void with_stmt(Compiler *c, Node *n, int item) {
    Unit *u = c->u;
    Node *w = n->l1.v[item];
    int d = u->depth;
    expr(c, w->a);
    set_line(c, n);
    emit(c, I_BEFORE_WITH, 0); /* [exit value] */
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c), suppress = new_label(c);
    int outer = u->cur_handler;
    u->cur_handler = new_handler(c, handler, d + 1);
    if (w->b) store_target(c, w->b);
    else emit(c, I_POP_TOP, 0);
    FBlock *f = push_fb(c, FB_WITH, n);
    if (!f) return;
    f->handler = outer;
    if (item + 1 < n->l1.n) with_stmt(c, n, item + 1);
    else stmts(c, &n->l2);
    pop_fb(c);
    u->cur_handler = outer;
    set_line(c, n);
    emit(c, I_WITH_EXIT, 0);
    emit(c, I_JUMP, end);
    bind_label(c, handler);
    u->depth = d + 2; /* [exit exc] */
    emit(c, I_PUSH_EXC_INFO, 0); /* [exit prev exc] */
    u->cur_handler = new_handler(c, cleanup, d + 2);
    emit(c, I_WITH_EXCEPT_START, 0); /* [exit prev exc result] */
    emit(c, I_POP_JUMP_IF_TRUE, suppress);
    emit(c, I_RERAISE, 0);
    u->cur_handler = outer;
    bind_label(c, suppress);
    u->depth = d + 3;
    emit(c, I_POP_TOP, 0);
    emit(c, I_POP_EXCEPT, 0);
    emit(c, I_POP_TOP, 0);
    emit(c, I_JUMP, end);
    bind_label(c, cleanup);
    u->depth = d + 3; /* [exit prev exc2] */
    emit(c, I_ROT_TWO, 0);
    emit(c, I_POP_EXCEPT, 0);
    emit(c, I_RERAISE, 0);
    bind_label(c, end);
    u->depth = d;
}

/* ---- functions and modules ---------------------------------------------------------------- */
static Code *compile_function_body(Compiler *c, Node *n, Scope *s, Str *name, Str *qualname) {
    Unit *outer = c->u;
    Unit *u = unit_new(c, s, qualname);
    if (!u) return NULL;
    u->line = n->line;
    if (s->generator) emit(c, I_RETURN_GENERATOR, 0);
    Value doc = n->kind == N_LAMBDA ? V_NULL : docstring(&n->l1);
    if (doc) add_const(c, doc); /* consts[0], as in CPython */
    if (n->kind == N_LAMBDA) {
        expr(c, n->a);
        emit(c, I_RETURN_VALUE, 0);
    } else {
        stmts(c, &n->l1);
        emit(c, I_LOAD_CONST, add_const(c, V_NONE));
        emit(c, I_RETURN_VALUE, 0);
    }
    Params *p = n->params;
    int flags = CO_SIMPLE | (s->generator ? CO_GENERATOR : 0) | (p->vararg ? CO_VARARGS : 0) | (p->kwarg ? CO_VARKW : 0);
    Code *co = c->failed ? NULL : assemble(c, u, name, p->npos, p->nkwonly, flags);
    if (co) co->posonlycount = p->nposonly;
    if (co && doc) co->flags |= CO_DOC;
    c->u = outer;
    unit_free(u);
    return co;
}

/* Compile src as a module body (COMPILE_MODULE: its globals are its locals), as
 * code for exec() (module-level names through the locals mapping) or as the one
 * expression that eval() evaluates (the code returns its value). */
static Code *compile_lines(const char *src, int64_t len, Str *filename, CompileMode mode);
Code *compile_source(const char *src, int64_t len, Str *filename, CompileMode mode) {
    if (!memchr(src, '\r', (size_t)len)) return compile_lines(src, len, filename, mode);
    /* as CPython: \r\n and a lone \r end a line as \n does, inside strings too */
    char *t = mem_alloc((size_t)len + 1);
    if (!t) { err_no_memory(); return NULL; }
    int64_t j = 0;
    for (int64_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            t[j++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') i++;
        } else t[j++] = src[i];
    }
    t[j] = 0;
    Code *co = compile_lines(t, j, filename, mode);
    mem_free(t);
    return co;
}

static Code *compile_lines(const char *src, int64_t len, Str *filename, CompileMode mode) {
    bool eval_mode = mode == COMPILE_EVAL;
    if (!s_dot0) {
        s_dot0 = str_intern_c(".0");
        s_class_cell = str_intern_c("__class__");
        s_super = str_intern_c("super");
        s_name_mod = str_intern_c("<module>");
        s_genexpr = str_intern_c("<genexpr>");
        s_listcomp = str_intern_c("<listcomp>");
        s_setcomp = str_intern_c("<setcomp>");
        s_dictcomp = str_intern_c("<dictcomp>");
        s_lambda = str_intern_c("<lambda>");
        s_module_name = s_name_mod;
    }
    if (c_recursion_enter(NULL) < 0) return NULL;
    Module_AST m;
    if (parse_module(&m, src, len, filename) < 0) {
        ast_free(&m);
        c_recursion_leave();
        return NULL;
    }
    if (eval_mode && (m.body.n != 1 || m.body.v[0]->kind != N_EXPR)) {
        exc_syntax_error(&Exc_SyntaxError, "invalid syntax", filename, m.body.n > 1 ? m.body.v[1]->line : m.body.n ? m.body.v[0]->line : 0, 0, NULL);
        ast_free(&m);
        c_recursion_leave();
        return NULL;
    }
    SymCtx sc = {filename, src, len, false, 0};
    Scope *top = scope_new(NULL, SC_MODULE, s_name_mod, NULL);
    if (!top) { ast_free(&m); c_recursion_leave(); return NULL; }
    visit_list(&sc, top, &m.body);
    if (!sc.failed) resolve(&sc, top);
    Code *co = NULL;
    if (!sc.failed) {
        Compiler c;
        memset(&c, 0, sizeof c);
        c.filename = filename;
        c.src = src;
        c.srclen = len;
        c.top = top;
        c.names_local = mode != COMPILE_MODULE;
        Value source = str_new(src, len);
        if (source) {
            c.source = AS_STR(source);
            immortal_track(AS_OBJ(source));
            Unit *u = unit_new(&c, top, s_name_mod);
            if (u) {
                u->line = 1;
                if (eval_mode) {
                    set_line(&c, m.body.v[0]);
                    expr(&c, m.body.v[0]->a);
                } else {
                    Value doc = docstring(&m.body);
                    if (doc) { /* the module's __doc__ */
                        emit(&c, I_LOAD_CONST, add_const(&c, doc));
                        emit(&c, I_STORE_NAME, add_name(&c, N.__doc__));
                    }
                    setup_annotations(&c, &m.body);
                    stmts(&c, &m.body);
                    emit(&c, I_LOAD_CONST, add_const(&c, V_NONE));
                }
                emit(&c, I_RETURN_VALUE, 0);
                if (!c.failed) co = assemble(&c, u, s_name_mod, 0, 0, CO_MODULE);
                if (co && getenv("TWINPY_DIS")) code_dump(co, stderr);
                unit_free(u);
            }
        }
    }
    scope_free(top);
    ast_free(&m);
    c_recursion_leave();
    return co;
}

Code *compile_module(const char *src, int64_t len, Str *filename) { return compile_source(src, len, filename, COMPILE_MODULE); }

/* ---- a disassembler, for debugging the compiler (TWINPY_DIS=1) ---------------- */
void code_dump(Code *co, FILE *out) {
    fprintf(out, "code %s (args %d, locals %d, cells %d, frees %d, stack %d, flags %#x)\n", co->qualname->data,
            co->argcount, co->nlocals, co->ncells, co->nfrees, co->stacksize, co->flags);
    for (int i = 0; i < co->ncode; i++) {
        uint32_t in = co->code[i];
        fprintf(out, "  %4d L%-4d %-22s %u", i, co->lines[i], opcode_names[INSTR_OP(in)], INSTR_ARG(in));
        int op = INSTR_OP(in), arg = (int)INSTR_ARG(in);
        if (op == I_LOAD_CONST) {
            Value r = obj_repr(co->consts[arg]);
            if (r) { fprintf(out, " (%.60s)", AS_STR(r)->data); decref(r); } else err_clear();
        } else if ((op == I_LOAD_FAST || op == I_STORE_FAST) && arg < co->nlocals) fprintf(out, " (%s)", co->varnames[arg]->data);
        else if ((op == I_LOAD_GLOBAL || op == I_STORE_GLOBAL || op == I_LOAD_ATTR || op == I_LOAD_METHOD ||
                  op == I_LOAD_NAME || op == I_STORE_NAME || op == I_STORE_ATTR) && arg < co->nnames)
            fprintf(out, " (%s)", co->names[arg]->data);
        fprintf(out, "\n");
    }
    for (int i = 0; i < co->nexc; i++)
        fprintf(out, "  handler [%d, %d) -> %d depth %d\n", co->exctab[i].start, co->exctab[i].end, co->exctab[i].target,
                co->exctab[i].depth);
    for (int i = 0; i < co->nconsts; i++)
        if (IS_TYPE(co->consts[i], CodeType)) code_dump(AS_CODE(co->consts[i]), out);
}
