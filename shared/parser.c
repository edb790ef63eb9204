/* parser.c - tokens to a syntax tree: recursive descent, one function per
 * grammar rule, precedence climbing for binary operators.
 *
 * What each node kind keeps where (see Node in ast.h):
 *   CONST value | NAME name | ATTR a.name | SUBSCRIPT a[b] | SLICE a:b:c
 *   CALL a(l1, l2=KEYWORD/DSTARARG) | BINOP a op b | UNARY op a
 *   BOOLOP op(0 and, 1 or) l1 | COMPARE a, l1 operands, l2 ops (op in each)
 *   IFEXP b if a else c | LAMBDA params: a | TUPLE/LIST/SET l1
 *   DICT l1 keys (NULL for **x), l2 values | *COMP a (b for dicts), l1 COMPFOR
 *   COMPFOR for a in b if l1 | STARRED *a | JOINEDSTR l1 | FORMATTED a!op:b
 *   YIELD a | YIELDFROM a
 *   EXPR a | ASSIGN l1 = a | AUGASSIGN a op= b | ANNASSIGN a: b = c
 *   IF/WHILE a: l1 else l2 | FOR a in b: l1 else l2 | FUNCDEF name params
 *   l1 body, l2 decorators | RETURN a | CLASSDEF name l1 body, l2 bases,
 *   l3 decorators | TRY l1 body, l2 HANDLERs (a type, name, l1), l3 else,
 *   l4 finally | RAISE a from b | WITH l1 WITHITEMs (a as b): l2
 *   ASSERT a, b | DELETE l1 | GLOBAL/NONLOCAL l1 NAMEs | IMPORT l1 ALIASes
 *   IMPORTFROM name, op level, l1 ALIASes (name as name2) */
#include <string.h>
#include "ast.h"

/* ---- the arena --------------------------------------------------------------- */
struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size;
    char data[];
};

void *arena_alloc(Arena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->head->used + n > a->head->size) {
        size_t size = n > 65536 ? n : 65536;
        ArenaBlock *b = mem_alloc(sizeof(ArenaBlock) + size);
        if (!b) return NULL;
        b->next = a->head;
        b->used = 0;
        b->size = size;
        a->head = b;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += n;
    memset(p, 0, n);
    return p;
}

void arena_own(Arena *a, Value v) {
    if (a->nowned == a->capowned) {
        int cap = a->capowned ? a->capowned * 2 : 64;
        Value *n = mem_realloc(a->owned, (size_t)cap * sizeof(Value));
        if (!n) return;
        a->owned = n;
        a->capowned = cap;
    }
    a->owned[a->nowned++] = v;
}

void arena_free(Arena *a) {
    for (int i = 0; i < a->nowned; i++) decref(a->owned[i]);
    mem_free(a->owned);
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *n = b->next;
        mem_free(b);
        b = n;
    }
    memset(a, 0, sizeof *a);
}

/* ---- parser state ---------------------------------------------------------------- */
typedef struct {
    TokenList tl;
    int pos;
    Arena *arena;
    Str *filename;
    const char *src;
    int64_t srclen;
    int depth;          /* recursion guard */
    bool failed;
    int line_offset, col_offset;
    Str *mangle_class; /* inside a class body: its name without leading '_' (private names are mangled) */
    bool no_mangle;    /* in an import statement: names are module names */
    int match_temps;   /* match statements: temporaries made so far */
} Parser;

static Token *peek(Parser *P) { return &P->tl.toks[P->pos]; }
static Token *peek2(Parser *P) { return &P->tl.toks[P->pos + 1 < P->tl.n ? P->pos + 1 : P->pos]; }
static Token *advance(Parser *P) {
    Token *t = &P->tl.toks[P->pos];
    if (t->kind != T_EOF) P->pos++;
    return t;
}
static bool is_op(Token *t, int op) { return t->kind == T_OP && t->op == op; }
static bool is_kw(Token *t, const char *kw) {
    return t->kind == T_NAME && (int)strlen(kw) == t->len && memcmp(t->start, kw, (size_t)t->len) == 0;
}
static bool accept_op(Parser *P, int op) {
    if (is_op(peek(P), op)) { advance(P); return true; }
    return false;
}
static bool accept_kw(Parser *P, const char *kw) {
    if (is_kw(peek(P), kw)) { advance(P); return true; }
    return false;
}

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", NULL};
static bool is_keyword(Token *t) {
    if (t->kind != T_NAME) return false;
    for (int i = 0; keywords[i]; i++)
        if (is_kw(t, keywords[i])) return true;
    return false;
}

static void *syntax_error_at(Parser *P, Type *type, int line, int col, const char *fmt, ...) {
    if (P->failed) return NULL;
    P->failed = true;
    char msg[256], text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lex_line_text(P->src, P->srclen, line - P->line_offset, text, sizeof text);
    exc_syntax_error(type, msg, P->filename, line, col, text);
    return NULL;
}
#define syntax_error(P, t, ...) syntax_error_at(P, &Exc_SyntaxError, (t)->line + (P)->line_offset, (t)->col, __VA_ARGS__)

static void *invalid(Parser *P) {
    Token *t = peek(P);
    if (t->kind == T_INDENT) return syntax_error_at(P, &Exc_IndentationError, t->line, t->col, "unexpected indent");
    if (t->kind == T_STRING || t->kind == T_FSTRING)
        return syntax_error(P, t, "invalid syntax");
    return syntax_error(P, t, "invalid syntax");
}

static Node *node(Parser *P, int kind, Token *at) {
    Node *n = arena_alloc(P->arena, sizeof(Node));
    if (!n) { P->failed = true; return NULL; }
    n->kind = kind;
    n->line = at->line + P->line_offset;
    n->col = at->col;
    return n;
}

/* Growable node lists built on the C heap, then copied into the arena. */
typedef struct { Node **v; int n, cap; } Vec;
static void vec_push(Parser *P, Vec *v, Node *x) {
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        Node **n = mem_realloc(v->v, (size_t)cap * sizeof(Node *));
        if (!n) { P->failed = true; return; }
        v->v = n;
        v->cap = cap;
    }
    v->v[v->n++] = x;
}
static NodeList vec_done(Parser *P, Vec *v) {
    NodeList l = {NULL, v->n};
    if (v->n) {
        l.v = arena_alloc(P->arena, (size_t)v->n * sizeof(Node *));
        if (l.v) memcpy(l.v, v->v, (size_t)v->n * sizeof(Node *));
    }
    mem_free(v->v);
    v->v = NULL;
    v->n = v->cap = 0;
    return l;
}

/* Inside class C, a name __x (not ending in __) stands for _C__x, as in
 * CPython: attributes, variables, parameters and definitions alike. */
static bool is_private_name(const char *p, int64_t n) {
    return n > 2 && p[0] == '_' && p[1] == '_' && !(p[n - 1] == '_' && p[n - 2] == '_') && !memchr(p, '.', (size_t)n);
}

static Str *tok_name(Parser *P, Token *t) {
    Value s;
    if (P->mangle_class && !P->no_mangle && is_private_name(t->start, t->len)) {
        SBuf b;
        sb_init(&b);
        sb_addc(&b, '_');
        sb_add_str(&b, P->mangle_class);
        sb_add(&b, t->start, t->len);
        s = sb_finish(&b);
    } else s = str_new(t->start, t->len);
    if (!s) { P->failed = true; return NULL; }
    return str_intern(AS_STR(s));
}

static Str *expect_name(Parser *P) {
    Token *t = peek(P);
    if (t->kind != T_NAME || is_keyword(t)) return invalid(P);
    advance(P);
    return tok_name(P, t);
}

/* Deep nesting without brackets (-----x, not not ... x, lambda: lambda:
 * ...): CPython's parser runs out of its stack and raises MemoryError. */
static bool enter(Parser *P) {
    if (++P->depth > 3000) {
        if (!P->failed) {
            P->failed = true;
            err_set_value(&Exc_MemoryError, V_NULL);
        }
        return false;
    }
    return true;
}
#define LEAVE(P, v) do { Node *leave_v_ = (v); P->depth--; return leave_v_; } while (0)

static Node *expression(Parser *P);
static Node *star_expressions(Parser *P, bool allow_star);
static Node *target_list(Parser *P);
static Node *or_test(Parser *P);
static Node *bitor_expr(Parser *P);
static NodeList block(Parser *P, const char *what, Token *header);
static Node *parse_fstring(Parser *P, Token *t);

/* ---- atoms ------------------------------------------------------------------------ */
static Node *comprehension_tail(Parser *P, Node *n) {
    /* for target in iter [if cond]... */
    Vec gens = {0};
    while (is_kw(peek(P), "for") || (is_kw(peek(P), "async"))) {
        Token *ft = advance(P);
        Node *g = node(P, N_COMPFOR, ft);
        if (!g) break;
        g->a = target_list(P);
        if (!g->a) break;
        if (g->a->kind == N_TUPLE && g->a->l1.n == 0) { invalid(P); break; }
        if (!accept_kw(P, "in")) { invalid(P); break; }
        g->b = or_test(P);
        if (!g->b) break;
        Vec ifs = {0};
        while (is_kw(peek(P), "if")) {
            advance(P);
            Node *c = or_test(P);
            if (!c) break;
            vec_push(P, &ifs, c);
        }
        g->l1 = vec_done(P, &ifs);
        vec_push(P, &gens, g);
    }
    n->l1 = vec_done(P, &gens);
    return P->failed ? NULL : n;
}

static Node *concat_strings(Parser *P) {
    Token *first = peek(P);
    bool any_f = false;
    int start = P->pos;
    while (peek(P)->kind == T_STRING || peek(P)->kind == T_FSTRING) {
        if (peek(P)->kind == T_FSTRING) any_f = true;
        advance(P);
    }
    int end = P->pos;
    int nbytes = 0;
    for (int i = start; i < end; i++) nbytes += P->tl.toks[i].kind == T_STRING && IS_BYTES(P->tl.toks[i].value);
    if (nbytes && nbytes != end - start) return syntax_error(P, first, "cannot mix bytes and nonbytes literals");
    if (nbytes && end - start > 1) {
        Value v = bytes_new("", 0);
        for (int i = start; i < end && v; i++) {
            Value w = bytes_concat(v, P->tl.toks[i].value);
            decref(v);
            v = w;
        }
        Node *n = v ? node(P, N_CONST, first) : NULL;
        if (!n) { xdecref(v); P->failed = true; return NULL; }
        n->value = v;
        arena_own(P->arena, v);
        return n;
    }
    if (!any_f) {
        if (end - start == 1) {
            Node *n = node(P, N_CONST, first);
            if (!n) return NULL;
            n->value = P->tl.toks[start].value;
            incref(n->value);
            arena_own(P->arena, n->value);
            return n;
        }
        SBuf b;
        sb_init(&b);
        for (int i = start; i < end; i++) sb_add_str(&b, AS_STR(P->tl.toks[i].value));
        Node *n = node(P, N_CONST, first);
        if (!n) { sb_free(&b); return NULL; }
        n->value = sb_finish(&b);
        if (!n->value) { P->failed = true; return NULL; }
        arena_own(P->arena, n->value);
        return n;
    }
    Node *j = node(P, N_JOINEDSTR, first);
    if (!j) return NULL;
    Vec parts = {0};
    for (int i = start; i < end; i++) {
        Token *t = &P->tl.toks[i];
        if (t->kind == T_STRING) {
            Node *c = node(P, N_CONST, t);
            if (!c) break;
            c->value = t->value;
            incref(c->value);
            arena_own(P->arena, c->value);
            vec_push(P, &parts, c);
        } else {
            Node *f = parse_fstring(P, t);
            if (!f) break;
            for (int k = 0; k < f->l1.n; k++) vec_push(P, &parts, f->l1.v[k]);
        }
    }
    j->l1 = vec_done(P, &parts);
    return P->failed ? NULL : j;
}

static Node *const_node(Parser *P, Token *t, Value v) {
    Node *n = node(P, N_CONST, t);
    if (n) n->value = v;
    return n;
}

/* ( ... ): parenthesized expression, tuple, generator expression, yield */
/* An expression where the grammar allows an assignment expression
 * (NAME := value): conditions, brackets, call arguments, subscripts. */
static Node *named_expr(Parser *P) {
    Token *t = peek(P);
    if (t->kind == T_NAME && !is_keyword(t) && is_op(peek2(P), OP_WALRUS)) {
        Node *target = node(P, N_NAME, t);
        if (!target) return NULL;
        target->name = tok_name(P, t);
        advance(P);
        Token *w = advance(P);
        Node *n = node(P, N_NAMEDEXPR, w);
        if (!n) return NULL;
        n->line = target->line;
        n->col = target->col;
        n->a = target;
        n->b = expression(P);
        return n->b ? n : NULL;
    }
    Node *e = expression(P);
    if (e && is_op(peek(P), OP_WALRUS)) {
        const char *what = e->kind == N_ATTR ? "attribute" : e->kind == N_SUBSCRIPT ? "subscript"
                         : e->kind == N_CONST ? "literal" : e->kind == N_TUPLE ? "tuple" : "expression";
        return syntax_error_at(P, &Exc_SyntaxError, e->line + P->line_offset, e->col, "cannot use assignment expressions with %s", what);
    }
    return e;
}

static Node *paren_atom(Parser *P, Token *open) {
    if (accept_op(P, OP_RPAR)) {
        Node *n = node(P, N_TUPLE, open);
        return n;
    }
    if (is_kw(peek(P), "yield")) {
        Token *yt = advance(P);
        Node *y = node(P, N_YIELD, yt);
        if (!y) return NULL;
        if (accept_kw(P, "from")) { y->kind = N_YIELDFROM; y->a = expression(P); }
        else if (!is_op(peek(P), OP_RPAR)) y->a = star_expressions(P, true);
        if (!accept_op(P, OP_RPAR)) return invalid(P);
        return y;
    }
    Node *first;
    if (is_op(peek(P), OP_STAR)) {
        Token *st = advance(P);
        first = node(P, N_STARRED, st);
        if (!first) return NULL;
        first->a = bitor_expr(P);
        if (!first->a) return NULL;
    } else {
        first = named_expr(P);
        if (!first) return NULL;
    }
    if (is_kw(peek(P), "for")) {
        Node *g = node(P, N_GENEXP, open);
        if (!g) return NULL;
        g->a = first;
        g = comprehension_tail(P, g);
        if (!g) return NULL;
        if (!accept_op(P, OP_RPAR)) return invalid(P);
        return g;
    }
    if (accept_op(P, OP_RPAR)) {
        if (first->kind == N_STARRED) return syntax_error_at(P, &Exc_SyntaxError, first->line, first->col, "cannot use starred expression here");
        return first;
    }
    if (!is_op(peek(P), OP_COMMA)) {
        Token *t = peek(P);
        if (t->kind == T_NAME || t->kind == T_NUMBER || t->kind == T_STRING)
            return syntax_error(P, t, "invalid syntax. Perhaps you forgot a comma?");
        return invalid(P);
    }
    Vec elts = {0};
    vec_push(P, &elts, first);
    while (accept_op(P, OP_COMMA)) {
        if (is_op(peek(P), OP_RPAR)) break;
        Node *e;
        if (is_op(peek(P), OP_STAR)) {
            Token *st = advance(P);
            e = node(P, N_STARRED, st);
            if (e) e->a = bitor_expr(P);
            if (e && !e->a) e = NULL;
        } else e = named_expr(P);
        if (!e) { vec_done(P, &elts); return NULL; }
        vec_push(P, &elts, e);
    }
    if (!accept_op(P, OP_RPAR)) {
        vec_done(P, &elts);
        Token *t = peek(P);
        if (t->kind == T_NAME || t->kind == T_NUMBER || t->kind == T_STRING)
            return syntax_error(P, t, "invalid syntax. Perhaps you forgot a comma?");
        return invalid(P);
    }
    Node *tup = node(P, N_TUPLE, open);
    if (!tup) return NULL;
    tup->l1 = vec_done(P, &elts);
    tup->op = 1; /* parenthesized */
    return tup;
}

static Node *list_atom(Parser *P, Token *open) {
    Node *n = node(P, N_LIST, open);
    if (!n) return NULL;
    if (accept_op(P, OP_RSQB)) return n;
    Vec elts = {0};
    for (;;) {
        Node *e;
        if (is_op(peek(P), OP_STAR)) {
            Token *st = advance(P);
            e = node(P, N_STARRED, st);
            if (e) e->a = bitor_expr(P);
            if (e && !e->a) e = NULL;
        } else e = named_expr(P);
        if (!e) { vec_done(P, &elts); return NULL; }
        if (elts.n == 0 && is_kw(peek(P), "for")) {
            n->kind = N_LISTCOMP;
            n->a = e;
            n = comprehension_tail(P, n);
            if (!n) return NULL;
            if (!accept_op(P, OP_RSQB)) return invalid(P);
            return n;
        }
        vec_push(P, &elts, e);
        if (accept_op(P, OP_COMMA)) {
            if (accept_op(P, OP_RSQB)) break;
            continue;
        }
        if (accept_op(P, OP_RSQB)) break;
        vec_done(P, &elts);
        Token *t = peek(P);
        if (t->kind == T_NAME || t->kind == T_NUMBER || t->kind == T_STRING)
            return syntax_error(P, t, "invalid syntax. Perhaps you forgot a comma?");
        return invalid(P);
    }
    n->l1 = vec_done(P, &elts);
    return n;
}

static Node *brace_atom(Parser *P, Token *open) {
    if (accept_op(P, OP_RBRACE)) return node(P, N_DICT, open);
    Vec keys = {0}, vals = {0};
    bool is_dict = false, first = true;
    Node *n = node(P, N_DICT, open);
    if (!n) return NULL;
    for (;;) {
        if (is_op(peek(P), OP_DSTAR)) {
            if (!first && !is_dict) { vec_done(P, &keys); vec_done(P, &vals); return invalid(P); }
            advance(P);
            is_dict = true;
            Node *v = bitor_expr(P);
            if (!v) break;
            vec_push(P, &keys, NULL);
            vec_push(P, &vals, v);
        } else if (is_op(peek(P), OP_STAR)) {
            if (!first && is_dict) { vec_done(P, &keys); vec_done(P, &vals); return invalid(P); }
            Token *st = advance(P);
            Node *e = node(P, N_STARRED, st);
            if (!e || !(e->a = bitor_expr(P))) break;
            vec_push(P, &keys, e);
        } else {
            Node *k = is_dict ? expression(P) : named_expr(P);
            if (!k) break;
            if (first && accept_op(P, OP_COLON)) {
                is_dict = true;
                Node *v = expression(P);
                if (!v) break;
                if (is_kw(peek(P), "for")) {
                    n->kind = N_DICTCOMP;
                    n->a = k;
                    n->b = v;
                    vec_done(P, &keys);
                    vec_done(P, &vals);
                    n = comprehension_tail(P, n);
                    if (!n) return NULL;
                    if (!accept_op(P, OP_RBRACE)) return invalid(P);
                    return n;
                }
                vec_push(P, &keys, k);
                vec_push(P, &vals, v);
            } else if (is_dict) {
                if (!accept_op(P, OP_COLON)) { vec_done(P, &keys); vec_done(P, &vals); return syntax_error(P, peek(P), "':' expected after dictionary key"); }
                Node *v = expression(P);
                if (!v) break;
                vec_push(P, &keys, k);
                vec_push(P, &vals, v);
            } else {
                if (first && is_kw(peek(P), "for")) {
                    n->kind = N_SETCOMP;
                    n->a = k;
                    vec_done(P, &keys);
                    vec_done(P, &vals);
                    n = comprehension_tail(P, n);
                    if (!n) return NULL;
                    if (!accept_op(P, OP_RBRACE)) return invalid(P);
                    return n;
                }
                vec_push(P, &keys, k);
            }
        }
        first = false;
        if (accept_op(P, OP_COMMA)) {
            if (accept_op(P, OP_RBRACE)) goto done;
            continue;
        }
        if (accept_op(P, OP_RBRACE)) goto done;
        vec_done(P, &keys);
        vec_done(P, &vals);
        Token *t = peek(P);
        if (t->kind == T_NAME || t->kind == T_NUMBER || t->kind == T_STRING)
            return syntax_error(P, t, "invalid syntax. Perhaps you forgot a comma?");
        return invalid(P);
    }
    vec_done(P, &keys);
    vec_done(P, &vals);
    return NULL;
done:
    if (is_dict) {
        n->l1 = vec_done(P, &keys);
        n->l2 = vec_done(P, &vals);
    } else {
        n->kind = N_SET;
        n->l1 = vec_done(P, &keys);
        vec_done(P, &vals);
    }
    return n;
}

static Node *atom(Parser *P) {
    Token *t = peek(P);
    switch (t->kind) {
    case T_NUMBER: {
        advance(P);
        Node *n = const_node(P, t, t->value);
        if (n) { incref(t->value); arena_own(P->arena, t->value); }
        return n;
    }
    case T_STRING:
    case T_FSTRING:
        return concat_strings(P);
    case T_NAME:
        if (is_kw(t, "None")) { advance(P); return const_node(P, t, V_NONE); }
        if (is_kw(t, "True")) { advance(P); return const_node(P, t, V_TRUE); }
        if (is_kw(t, "False")) { advance(P); return const_node(P, t, V_FALSE); }
        if (is_keyword(t)) return invalid(P);
        advance(P);
        {
            Node *n = node(P, N_NAME, t);
            if (n) n->name = tok_name(P, t);
            return n;
        }
    case T_OP:
        if (t->op == OP_LPAR) { advance(P); return paren_atom(P, t); }
        if (t->op == OP_LSQB) { advance(P); return list_atom(P, t); }
        if (t->op == OP_LBRACE) { advance(P); return brace_atom(P, t); }
        if (t->op == OP_ELLIPSIS) { advance(P); return const_node(P, t, V_ELLIPSIS); }
        return invalid(P);
    default:
        return invalid(P);
    }
}

/* ---- trailers: calls, subscripts, attributes --------------------------------------- */
static Node *slice_item(Parser *P) {
    Token *t = peek(P);
    Node *lower = NULL;
    if (!is_op(t, OP_COLON)) {
        if (is_op(t, OP_STAR)) {
            Token *st = advance(P);
            Node *s = node(P, N_STARRED, st);
            if (s) s->a = bitor_expr(P);
            return s && s->a ? s : NULL;
        }
        lower = expression(P);
        if (!lower) return NULL;
        if (!is_op(peek(P), OP_COLON)) return lower;
    }
    Node *s = node(P, N_SLICE, t);
    if (!s) return NULL;
    s->a = lower;
    advance(P); /* the first colon */
    if (!is_op(peek(P), OP_COLON) && !is_op(peek(P), OP_RSQB) && !is_op(peek(P), OP_COMMA)) {
        s->b = expression(P);
        if (!s->b) return NULL;
    }
    if (accept_op(P, OP_COLON)) {
        if (!is_op(peek(P), OP_RSQB) && !is_op(peek(P), OP_COMMA)) {
            s->c = expression(P);
            if (!s->c) return NULL;
        }
    }
    return s;
}

static Node *call_args(Parser *P, Node *call) {
    Vec args = {0}, kws = {0};
    bool seen_kw = false, seen_dstar = false;
    while (!is_op(peek(P), OP_RPAR)) {
        Token *t = peek(P);
        if (is_op(t, OP_STAR)) {
            advance(P);
            Node *s = node(P, N_STARRED, t);
            if (!s || !(s->a = expression(P))) goto fail;
            if (seen_dstar) { syntax_error(P, t, "iterable argument unpacking follows keyword argument unpacking"); goto fail; }
            vec_push(P, &args, s);
        } else if (is_op(t, OP_DSTAR)) {
            advance(P);
            Node *s = node(P, N_DSTARARG, t);
            if (!s || !(s->a = expression(P))) goto fail;
            seen_dstar = true;
            vec_push(P, &kws, s);
        } else if (t->kind == T_NAME && is_op(peek2(P), OP_EQ) && !is_keyword(t)) {
            advance(P);
            advance(P);
            Node *k = node(P, N_KEYWORD, t);
            if (!k) goto fail;
            k->name = tok_name(P, t);
            for (int i = 0; i < kws.n; i++)
                if (kws.v[i]->kind == N_KEYWORD && kws.v[i]->name == k->name) {
                    syntax_error(P, t, "keyword argument repeated: %s", k->name->data);
                    goto fail;
                }
            if (!(k->a = expression(P))) goto fail;
            seen_kw = true;
            vec_push(P, &kws, k);
        } else {
            Node *e = named_expr(P);
            if (!e) goto fail;
            if (is_op(peek(P), OP_EQ)) {
                syntax_error(P, t, "expression cannot contain assignment, perhaps you meant \"==\"?");
                goto fail;
            }
            if (is_kw(peek(P), "for")) {
                Node *g = node(P, N_GENEXP, t);
                if (!g) goto fail;
                g->a = e;
                if (!comprehension_tail(P, g)) goto fail;
                e = g;
                /* f(x for x in y) alone; with other arguments it needs brackets */
                if (args.n > 0 || kws.n > 0 || is_op(peek(P), OP_COMMA)) {
                    syntax_error(P, t, "Generator expression must be parenthesized");
                    goto fail;
                }
            }
            if (seen_dstar) { syntax_error(P, t, "positional argument follows keyword argument unpacking"); goto fail; }
            if (seen_kw) { syntax_error(P, t, "positional argument follows keyword argument"); goto fail; }
            vec_push(P, &args, e);
        }
        if (!accept_op(P, OP_COMMA)) {
            if (!is_op(peek(P), OP_RPAR)) {
                Token *n = peek(P);
                if (n->kind == T_NAME || n->kind == T_NUMBER || n->kind == T_STRING)
                    syntax_error(P, n, "invalid syntax. Perhaps you forgot a comma?");
                else invalid(P);
                goto fail;
            }
            break;
        }
    }
    advance(P);
    call->l1 = vec_done(P, &args);
    call->l2 = vec_done(P, &kws);
    return call;
fail:
    vec_done(P, &args);
    vec_done(P, &kws);
    return NULL;
}

static Node *primary(Parser *P) {
    Node *e = atom(P);
    while (e) {
        Token *t = peek(P);
        if (is_op(t, OP_LPAR)) {
            advance(P);
            Node *c = node(P, N_CALL, t);
            if (!c) return NULL;
            c->a = e;
            e = call_args(P, c);
        } else if (is_op(t, OP_LSQB)) {
            advance(P);
            Node *s = node(P, N_SUBSCRIPT, t);
            if (!s) return NULL;
            s->a = e;
            Node *first = slice_item(P);
            if (!first) return NULL;
            if (is_op(peek(P), OP_COMMA)) {
                Vec items = {0};
                vec_push(P, &items, first);
                while (accept_op(P, OP_COMMA)) {
                    if (is_op(peek(P), OP_RSQB)) break;
                    Node *it = slice_item(P);
                    if (!it) { vec_done(P, &items); return NULL; }
                    vec_push(P, &items, it);
                }
                Node *tup = node(P, N_TUPLE, t);
                if (!tup) return NULL;
                tup->l1 = vec_done(P, &items);
                first = tup;
            }
            if (!accept_op(P, OP_RSQB)) return invalid(P);
            s->b = first;
            e = s;
        } else if (is_op(t, OP_DOT)) {
            advance(P);
            Token *nt = peek(P);
            if (nt->kind != T_NAME) return invalid(P);
            advance(P);
            Node *a = node(P, N_ATTR, nt);
            if (!a) return NULL;
            a->a = e;
            a->name = tok_name(P, nt);
            e = a;
        } else break;
    }
    return e;
}

/* ---- operators ----------------------------------------------------------------------- */
static Node *unary_expr(Parser *P);

static Node *power(Parser *P) {
    Node *base = primary(P);
    if (!base) return NULL;
    Token *t = peek(P);
    if (is_op(t, OP_DSTAR)) {
        advance(P);
        if (!enter(P)) return NULL;
        Node *exp = unary_expr(P);
        P->depth--;
        if (!exp) return NULL;
        Node *n = node(P, N_BINOP, t);
        if (!n) return NULL;
        n->op = BOP_POW;
        n->a = base;
        n->b = exp;
        n->line = base->line;
        return n;
    }
    return base;
}

static Node *unary_expr(Parser *P) {
    Token *t = peek(P);
    int op = -1;
    if (is_op(t, OP_MINUS)) op = UOP_NEG;
    else if (is_op(t, OP_PLUS)) op = UOP_POS;
    else if (is_op(t, OP_TILDE)) op = UOP_INVERT;
    if (op < 0) return power(P);
    advance(P);
    if (!enter(P)) return NULL;
    Node *a = unary_expr(P);
    P->depth--;
    if (!a) return NULL;
    /* fold -<number> so that -9223372036854775808 and negative constants work */
    if (op == UOP_NEG && a->kind == N_CONST && (IS_SMALL(a->value) || IS_FLOAT(a->value) || IS_TYPE(a->value, IntType))) {
        Value v = obj_neg(a->value);
        if (v) {
            Node *c = const_node(P, t, v);
            if (c && IS_OBJ(v)) arena_own(P->arena, v);
            return c;
        }
        err_clear();
    }
    Node *n = node(P, N_UNARY, t);
    if (!n) return NULL;
    n->op = op;
    n->a = a;
    return n;
}

static int binop_prec(Token *t, int *bop) {
    if (t->kind != T_OP) return -1;
    switch (t->op) {
    case OP_VBAR: *bop = BOP_OR; return 1;
    case OP_CIRCUMFLEX: *bop = BOP_XOR; return 2;
    case OP_AMP: *bop = BOP_AND; return 3;
    case OP_LSHIFT: *bop = BOP_LSHIFT; return 4;
    case OP_RSHIFT: *bop = BOP_RSHIFT; return 4;
    case OP_PLUS: *bop = BOP_ADD; return 5;
    case OP_MINUS: *bop = BOP_SUB; return 5;
    case OP_STAR: *bop = BOP_MUL; return 6;
    case OP_SLASH: *bop = BOP_TRUEDIV; return 6;
    case OP_DSLASH: *bop = BOP_FLOORDIV; return 6;
    case OP_PERCENT: *bop = BOP_MOD; return 6;
    case OP_AT: *bop = BOP_MATMUL; return 6;
    }
    return -1;
}

static Node *binary(Parser *P, int min_prec) {
    Node *lhs = unary_expr(P);
    while (lhs) {
        int bop = 0;
        Token *t = peek(P);
        int prec = binop_prec(t, &bop);
        if (prec < min_prec) break;
        advance(P);
        if (!enter(P)) return NULL;
        Node *rhs = binary(P, prec + 1);
        P->depth--;
        if (!rhs) return NULL;
        Node *n = node(P, N_BINOP, t);
        if (!n) return NULL;
        n->op = bop;
        n->a = lhs;
        n->b = rhs;
        n->line = lhs->line;
        lhs = n;
    }
    return lhs;
}
static Node *bitor_expr(Parser *P) { return binary(P, 1); }

static int comp_op(Parser *P) {
    Token *t = peek(P);
    if (t->kind == T_OP) {
        switch (t->op) {
        case OP_LT: advance(P); return CMPOP_LT;
        case OP_LE: advance(P); return CMPOP_LE;
        case OP_EQEQ: advance(P); return CMPOP_EQ;
        case OP_NE: advance(P); return CMPOP_NE;
        case OP_GT: advance(P); return CMPOP_GT;
        case OP_GE: advance(P); return CMPOP_GE;
        }
        return -1;
    }
    if (is_kw(t, "in")) { advance(P); return CMPOP_IN; }
    if (is_kw(t, "not") && is_kw(peek2(P), "in")) { advance(P); advance(P); return CMPOP_NOTIN; }
    if (is_kw(t, "is")) {
        advance(P);
        if (accept_kw(P, "not")) return CMPOP_ISNOT;
        return CMPOP_IS;
    }
    return -1;
}

static Node *comparison(Parser *P) {
    Node *left = bitor_expr(P);
    if (!left) return NULL;
    Token *t = peek(P);
    int op = comp_op(P);
    if (op < 0) return left;
    Node *c = node(P, N_COMPARE, t);
    if (!c) return NULL;
    c->a = left;
    c->line = left->line;
    Vec ops = {0}, rest = {0};
    while (op >= 0) {
        Node *o = node(P, N_CONST, t);
        if (!o) break;
        o->op = op;
        o->value = V_NONE;
        vec_push(P, &ops, o);
        Node *r = bitor_expr(P);
        if (!r) { vec_done(P, &ops); vec_done(P, &rest); return NULL; }
        vec_push(P, &rest, r);
        t = peek(P);
        op = comp_op(P);
    }
    c->l1 = vec_done(P, &rest);
    c->l2 = vec_done(P, &ops);
    return P->failed ? NULL : c;
}

static Node *not_test(Parser *P) {
    Token *t = peek(P);
    if (is_kw(t, "not")) {
        advance(P);
        if (!enter(P)) return NULL;
        Node *a = not_test(P);
        P->depth--;
        if (!a) return NULL;
        Node *n = node(P, N_UNARY, t);
        if (!n) return NULL;
        n->op = UOP_NOT;
        n->a = a;
        return n;
    }
    return comparison(P);
}

static Node *bool_chain(Parser *P, const char *kw, Node *(*sub)(Parser *), int op) {
    Node *first = sub(P);
    if (!first || !is_kw(peek(P), kw)) return first;
    Node *n = node(P, N_BOOLOP, peek(P));
    if (!n) return NULL;
    n->op = op;
    n->line = first->line;
    Vec v = {0};
    vec_push(P, &v, first);
    while (accept_kw(P, kw)) {
        Node *x = sub(P);
        if (!x) { vec_done(P, &v); return NULL; }
        vec_push(P, &v, x);
    }
    n->l1 = vec_done(P, &v);
    return n;
}
static Node *and_test(Parser *P) { return bool_chain(P, "and", not_test, 0); }
static Node *or_test(Parser *P) { return bool_chain(P, "or", and_test, 1); }

static Params *parse_params(Parser *P, int closer, bool allow_annotations);

static Node *lambda_expr(Parser *P) {
    Token *t = advance(P);
    Node *n = node(P, N_LAMBDA, t);
    if (!n) return NULL;
    n->params = parse_params(P, OP_COLON, false);
    if (!n->params) return NULL;
    if (!accept_op(P, OP_COLON)) return syntax_error(P, peek(P), "expected ':'");
    n->a = expression(P);
    return n->a ? n : NULL;
}

static Node *expression(Parser *P) {
    if (!enter(P)) return NULL;
    if (is_kw(peek(P), "lambda")) LEAVE(P, lambda_expr(P));
    Node *body = or_test(P);
    if (!body) LEAVE(P, NULL);
    if (is_kw(peek(P), "if")) {
        Token *t = advance(P);
        Node *n = node(P, N_IFEXP, t);
        if (!n) LEAVE(P, NULL);
        n->b = body;
        n->line = body->line;
        n->a = or_test(P);
        if (!n->a) LEAVE(P, NULL);
        if (!accept_kw(P, "else")) LEAVE(P, syntax_error(P, peek(P), "expected 'else' after 'if' expression"));
        n->c = expression(P);
        if (!n->c) LEAVE(P, NULL);
        LEAVE(P, n);
    }
    LEAVE(P, body);
}

/* expressions separated by commas: a tuple when there is a comma */
static Node *star_expressions(Parser *P, bool allow_star) {
    Token *t = peek(P);
    Node *first;
    if (allow_star && is_op(t, OP_STAR)) {
        advance(P);
        first = node(P, N_STARRED, t);
        if (!first || !(first->a = bitor_expr(P))) return NULL;
    } else {
        first = expression(P);
        if (!first) return NULL;
    }
    if (!is_op(peek(P), OP_COMMA)) return first;
    Vec v = {0};
    vec_push(P, &v, first);
    while (accept_op(P, OP_COMMA)) {
        Token *n = peek(P);
        if (n->kind == T_NEWLINE || is_op(n, OP_EQ) || is_op(n, OP_RPAR) || is_op(n, OP_SEMI) || is_op(n, OP_COLON) ||
            is_kw(n, "in") || n->kind == T_EOF || (n->kind == T_OP && n->op >= OP_PLUSEQ && n->op <= OP_CIRCUMFLEXEQ))
            break;
        Node *e;
        if (allow_star && is_op(n, OP_STAR)) {
            advance(P);
            e = node(P, N_STARRED, n);
            if (e && !(e->a = bitor_expr(P))) e = NULL;
        } else e = expression(P);
        if (!e) { vec_done(P, &v); return NULL; }
        vec_push(P, &v, e);
    }
    Node *tup = node(P, N_TUPLE, t);
    if (!tup) return NULL;
    tup->line = first->line;
    tup->l1 = vec_done(P, &v);
    return tup;
}

/* for-loop targets: like star_expressions, but without comparisons, so that
 * the "in" that follows is not taken as an operator */
static Node *target_list(Parser *P) {
    Token *t = peek(P);
    Vec v = {0};
    bool comma = false;
    for (;;) {
        Token *n = peek(P);
        Node *e;
        if (is_op(n, OP_STAR)) {
            advance(P);
            e = node(P, N_STARRED, n);
            if (e && !(e->a = bitor_expr(P))) e = NULL;
        } else e = bitor_expr(P);
        if (!e) { vec_done(P, &v); return NULL; }
        vec_push(P, &v, e);
        if (!accept_op(P, OP_COMMA)) break;
        comma = true;
        if (is_kw(peek(P), "in")) break;
    }
    if (!comma) {
        Node *only = v.v[0];
        vec_done(P, &v);
        return only;
    }
    Node *tup = node(P, N_TUPLE, t);
    if (!tup) { vec_done(P, &v); return NULL; }
    tup->l1 = vec_done(P, &v);
    return tup;
}

/* ---- f-strings ------------------------------------------------------------------- */
static Node *fstring_parts(Parser *P, Token *t, const char *s, int64_t n, bool raw, int line, int depth);

static Node *parse_fexpr(Parser *P, Token *t, const char *s, int64_t n, int line) {
    /* the expression is parsed as if parenthesized */
    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = P->arena;
    sub.filename = P->filename;
    sub.src = P->src;
    sub.srclen = P->srclen;
    sub.line_offset = line - 1;
    sub.mangle_class = P->mangle_class;
    char *buf = mem_alloc((size_t)n + 3);
    if (!buf) { P->failed = true; return NULL; }
    buf[0] = '(';
    memcpy(buf + 1, s, (size_t)n);
    buf[n + 1] = ')';
    buf[n + 2] = 0;
    bool blank = true;
    for (int64_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n') blank = false;
    if (blank) {
        mem_free(buf);
        return syntax_error_at(P, &Exc_SyntaxError, line, t->col, "f-string: empty expression not allowed");
    }
    if (lex(&sub.tl, buf, n + 2, P->filename, line - 1, 1) < 0) {
        mem_free(buf);
        lex_free(&sub.tl);
        P->failed = true;
        return NULL;
    }
    sub.src = buf;
    sub.srclen = n + 2;
    Node *e = star_expressions(&sub, false);
    if (e && peek(&sub)->kind != T_NEWLINE && peek(&sub)->kind != T_EOF) e = invalid(&sub);
    lex_free(&sub.tl);
    mem_free(buf);
    if (!e) P->failed = true;
    return e;
}

static Node *fstring_parts(Parser *P, Token *t, const char *s, int64_t n, bool raw, int line, int depth) {
    Node *j = node(P, N_JOINEDSTR, t);
    if (!j) return NULL;
    Vec parts = {0};
    SBuf lit;
    sb_init(&lit);
    int64_t i = 0;
    char text[512];
    if (!lex_line_around(P->src, P->srclen, s, text, sizeof text)) lex_line_text(P->src, P->srclen, t->line, text, sizeof text);
    while (i < n) {
        char c = s[i];
        if (c == '{' && i + 1 < n && s[i + 1] == '{') { sb_addc(&lit, '{'); i += 2; continue; }
        if (c == '}' && i + 1 < n && s[i + 1] == '}') { sb_addc(&lit, '}'); i += 2; continue; }
        if (c == '}') { sb_free(&lit); vec_done(P, &parts); return syntax_error_at(P, &Exc_SyntaxError, line, t->col, "f-string: single '}' is not allowed"); }
        if (c != '{') {
            int64_t st = i;
            while (i < n && s[i] != '{' && s[i] != '}') {
                if (s[i] == '\\' && !raw && i + 1 < n) i++;
                i++;
            }
            Value piece = lex_decode_string(s + st, i - st, raw, line, P->filename, text);
            if (!piece) { sb_free(&lit); vec_done(P, &parts); P->failed = true; return NULL; }
            sb_add_str(&lit, AS_STR(piece));
            decref(piece);
            continue;
        }
        /* a replacement field */
        if (depth >= 2) { sb_free(&lit); vec_done(P, &parts); return syntax_error_at(P, &Exc_SyntaxError, line, t->col, "f-string: expressions nested too deeply"); }
        if (lit.len) {
            Node *cn = node(P, N_CONST, t);
            Value v = sb_finish(&lit);
            sb_init(&lit);
            if (!cn || !v) { vec_done(P, &parts); P->failed = true; return NULL; }
            cn->value = v;
            arena_own(P->arena, v);
            vec_push(P, &parts, cn);
        }
        i++;
        int64_t st = i;
        int nest = 0;
        char quote = 0;
        while (i < n) {
            char d = s[i];
            if (quote) { if (d == quote) quote = 0; i++; continue; }
            if (d == '\'' || d == '"') { quote = d; i++; continue; }
            if (d == '(' || d == '[' || d == '{') nest++;
            else if (d == ')' || d == ']' || d == '}') { if (nest == 0) break; nest--; }
            else if (nest == 0 && (d == '!' || d == ':') && !(d == '!' && i + 1 < n && s[i + 1] == '=')) break;
            else if (nest == 0 && d == '=' && i + 1 < n && s[i + 1] != '=' && i > st && s[i - 1] != '=' && s[i - 1] != '!' &&
                     s[i - 1] != '<' && s[i - 1] != '>')
                break;
            i++;
        }
        if (i >= n) { sb_free(&lit); vec_done(P, &parts); return syntax_error_at(P, &Exc_SyntaxError, line, t->col, "f-string: expecting '}'"); }
        int64_t expr_end = i;
        bool self_doc = false;
        if (s[i] == '=') {
            /* f"{x = }": the spaces after '=' belong to the text shown */
            self_doc = true;
            i++;
            while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
        }
        Node *e = parse_fexpr(P, t, s + st, expr_end - st, line);
        if (!e) { sb_free(&lit); vec_done(P, &parts); return NULL; }
        Node *f = node(P, N_FORMATTED, t);
        if (!f) { sb_free(&lit); vec_done(P, &parts); return NULL; }
        f->a = e;
        if (self_doc) {
            Node *cn = node(P, N_CONST, t);
            Value v = str_new(s + st, i - st);
            if (!cn || !v) { sb_free(&lit); vec_done(P, &parts); P->failed = true; return NULL; }
            cn->value = v;
            arena_own(P->arena, v);
            vec_push(P, &parts, cn);
            f->op = 'r';
        }
        if (i < n && s[i] == '!') {
            if (i + 1 >= n || !strchr("rsa", s[i + 1])) {
                sb_free(&lit); vec_done(P, &parts);
                return syntax_error_at(P, &Exc_SyntaxError, line, t->col, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            f->op = s[i + 1];
            i += 2;
        }
        if (i < n && s[i] == ':') {
            i++;
            int64_t sst = i;
            int nn = 0;
            while (i < n) {
                if (s[i] == '{') nn++;
                else if (s[i] == '}') { if (nn == 0) break; nn--; }
                i++;
            }
            if (self_doc && f->op == 'r') f->op = 0;
            f->b = fstring_parts(P, t, s + sst, i - sst, raw, line, depth + 1);
            if (!f->b) { sb_free(&lit); vec_done(P, &parts); return NULL; }
        }
        if (i >= n || s[i] != '}') { sb_free(&lit); vec_done(P, &parts); return syntax_error_at(P, &Exc_SyntaxError, line, t->col, "f-string: expecting '}'"); }
        i++;
        vec_push(P, &parts, f);
    }
    if (lit.len) {
        Node *cn = node(P, N_CONST, t);
        Value v = sb_finish(&lit);
        if (!cn || !v) { vec_done(P, &parts); P->failed = true; return NULL; }
        cn->value = v;
        arena_own(P->arena, v);
        vec_push(P, &parts, cn);
    } else sb_free(&lit);
    j->l1 = vec_done(P, &parts);
    return j;
}

static Node *parse_fstring(Parser *P, Token *t) {
    return fstring_parts(P, t, t->start, t->len, t->op == 1, t->line + P->line_offset, 0);
}

/* ---- parameters ------------------------------------------------------------------- */
/* `: annotation` after a parameter's name, if there is one; false on error */
static bool annotation(Parser *P, Str *name, Vec *names, Vec *exprs) {
    if (!accept_op(P, OP_COLON)) return true;
    Node *e = expression(P);
    if (!e) return false;
    vec_push(P, names, (Node *)name);
    vec_push(P, exprs, e);
    return true;
}

static Params *parse_params(Parser *P, int closer, bool allow_annotations) {
    Params *pr = arena_alloc(P->arena, sizeof(Params));
    if (!pr) { P->failed = true; return NULL; }
    Vec names = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0}, ann_names = {0}, ann_exprs = {0};
    bool star_seen = false, slash_seen = false;
    while (!is_op(peek(P), closer)) {
        Token *t = peek(P);
        if (accept_op(P, OP_SLASH)) { /* the parameters so far are positional-only */
            if (slash_seen) { syntax_error(P, t, "/ may appear only once"); goto fail; }
            if (star_seen) { syntax_error(P, t, "/ must be ahead of *"); goto fail; }
            if (names.n == 0) { syntax_error(P, t, "at least one argument must precede /"); goto fail; }
            slash_seen = true;
            pr->nposonly = names.n;
            if (!accept_op(P, OP_COMMA)) break;
            continue;
        }
        if (is_op(t, OP_DSTAR)) {
            advance(P);
            pr->kwarg = expect_name(P);
            if (!pr->kwarg) goto fail;
            if (allow_annotations && !annotation(P, pr->kwarg, &ann_names, &ann_exprs)) goto fail;
            accept_op(P, OP_COMMA);
            if (!is_op(peek(P), closer)) { invalid(P); goto fail; }
            break;
        }
        if (is_op(t, OP_STAR)) {
            advance(P);
            if (star_seen) { invalid(P); goto fail; }
            star_seen = true;
            if (peek(P)->kind == T_NAME) {
                pr->vararg = expect_name(P);
                if (!pr->vararg) goto fail;
                if (allow_annotations && !annotation(P, pr->vararg, &ann_names, &ann_exprs)) goto fail;
            }
        } else {
            Str *name = expect_name(P);
            if (!name) goto fail;
            for (int i = 0; i < names.n; i++)
                if ((Str *)names.v[i] == name) { syntax_error(P, t, "duplicate argument '%s' in function definition", name->data); goto fail; }
            for (int i = 0; i < kwonly.n; i++)
                if ((Str *)kwonly.v[i] == name) { syntax_error(P, t, "duplicate argument '%s' in function definition", name->data); goto fail; }
            if (allow_annotations && !annotation(P, name, &ann_names, &ann_exprs)) goto fail;
            Node *dflt = NULL;
            if (accept_op(P, OP_EQ)) {
                dflt = expression(P);
                if (!dflt) goto fail;
            }
            if (star_seen) {
                vec_push(P, &kwonly, (Node *)name);
                vec_push(P, &kwdefaults, dflt);
            } else {
                if (!dflt && defaults.n > 0) {
                    syntax_error(P, t, "non-default argument follows default argument");
                    goto fail;
                }
                vec_push(P, &names, (Node *)name);
                if (dflt) vec_push(P, &defaults, dflt);
            }
        }
        if (!accept_op(P, OP_COMMA)) break;
    }
    if (star_seen && !pr->vararg && kwonly.n == 0) { syntax_error(P, peek(P), "named arguments must follow bare *"); goto fail; }
    NodeList l;
    l = vec_done(P, &names);
    pr->names = (Str **)l.v;
    pr->npos = l.n;
    l = vec_done(P, &defaults);
    pr->defaults = l.v;
    pr->ndefaults = l.n;
    l = vec_done(P, &kwonly);
    pr->kwonly = (Str **)l.v;
    pr->nkwonly = l.n;
    l = vec_done(P, &kwdefaults);
    pr->kwdefaults = l.v;
    /* one slot more, for the return annotation */
    vec_push(P, &ann_names, NULL);
    vec_push(P, &ann_exprs, NULL);
    l = vec_done(P, &ann_names);
    pr->ann_names = (Str **)l.v;
    pr->nann = l.n - 1;
    l = vec_done(P, &ann_exprs);
    pr->ann_exprs = l.v;
    return P->failed ? NULL : pr;
fail:
    vec_done(P, &ann_names);
    vec_done(P, &ann_exprs);
    vec_done(P, &names);
    vec_done(P, &defaults);
    vec_done(P, &kwonly);
    vec_done(P, &kwdefaults);
    return NULL;
}

/* ---- statements ------------------------------------------------------------------- */
static Node *statement(Parser *P, Vec *out);

static const char *target_error(Node *e) {
    switch (e->kind) {
    case N_CALL: return "function call";
    case N_CONST: return e->value == V_NONE || e->value == V_TRUE || e->value == V_FALSE ? NULL : "literal";
    case N_BINOP: case N_UNARY: return "expression";
    case N_BOOLOP: return "expression";
    case N_STARRED: return "starred";
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_LAMBDA: return "lambda";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_GENEXP: return "generator expression";
    case N_JOINEDSTR: return "f-string expression";
    case N_YIELD: case N_YIELDFROM: return "yield expression";
    }
    return NULL;
}

/* Check that e can be assigned to (or deleted).  `hint`: e is the first
 * target of an assignment statement, where CPython suggests '=='. */
static bool check_target_h(Parser *P, Node *e, bool del, bool aug, bool hint) {
    switch (e->kind) {
    case N_NAME: case N_ATTR: case N_SUBSCRIPT: return true;
    case N_STARRED:
        if (del || aug) break;
        return check_target_h(P, e->a, del, aug, false);
    case N_TUPLE: case N_LIST:
        if (aug) break;
        /* CPython keeps its '==' hint inside a tuple without parentheses */
        for (int i = 0; i < e->l1.n; i++)
            if (!check_target_h(P, e->l1.v[i], del, aug, hint && e->kind == N_TUPLE && e->op == 0)) return false;
        return true;
    case N_CONST:
        if (e->value == V_NONE || e->value == V_TRUE || e->value == V_FALSE) {
            syntax_error_at(P, &Exc_SyntaxError, e->line, e->col, "cannot assign to %s",
                            e->value == V_NONE ? "None" : e->value == V_TRUE ? "True" : "False");
            return false;
        }
        break;
    }
    const char *what = target_error(e);
    if (!what) what = e->kind == N_TUPLE ? "tuple" : e->kind == N_LIST ? "list" : "expression";
    bool no_hint = e->kind == N_COMPARE || e->kind == N_BOOLOP || e->kind == N_IFEXP || e->kind == N_LAMBDA ||
                   e->kind == N_YIELD || e->kind == N_YIELDFROM || (e->kind == N_UNARY && e->op == UOP_NOT);
    if (aug) syntax_error_at(P, &Exc_SyntaxError, e->line, e->col, "'%s' is an illegal expression for augmented assignment", what);
    else if (del) syntax_error_at(P, &Exc_SyntaxError, e->line, e->col, "cannot delete %s", what);
    else if (hint && !no_hint)
        syntax_error_at(P, &Exc_SyntaxError, e->line, e->col, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    else syntax_error_at(P, &Exc_SyntaxError, e->line, e->col, "cannot assign to %s", what);
    return false;
}
static bool check_target(Parser *P, Node *e, bool del, bool aug) { return check_target_h(P, e, del, aug, false); }

static int augop(Token *t) {
    if (t->kind != T_OP) return -1;
    switch (t->op) {
    case OP_PLUSEQ: return BOP_ADD;
    case OP_MINUSEQ: return BOP_SUB;
    case OP_STAREQ: return BOP_MUL;
    case OP_SLASHEQ: return BOP_TRUEDIV;
    case OP_DSLASHEQ: return BOP_FLOORDIV;
    case OP_PERCENTEQ: return BOP_MOD;
    case OP_DSTAREQ: return BOP_POW;
    case OP_LSHIFTEQ: return BOP_LSHIFT;
    case OP_RSHIFTEQ: return BOP_RSHIFT;
    case OP_AMPEQ: return BOP_AND;
    case OP_VBAREQ: return BOP_OR;
    case OP_CIRCUMFLEXEQ: return BOP_XOR;
    case OP_ATEQ: return BOP_MATMUL;
    }
    return -1;
}

static Node *yield_or_star(Parser *P) {
    if (is_kw(peek(P), "yield")) {
        Token *yt = advance(P);
        Node *y = node(P, N_YIELD, yt);
        if (!y) return NULL;
        if (accept_kw(P, "from")) { y->kind = N_YIELDFROM; y->a = expression(P); if (!y->a) return NULL; }
        else if (peek(P)->kind != T_NEWLINE && !is_op(peek(P), OP_SEMI) && !is_op(peek(P), OP_RPAR) && !is_op(peek(P), OP_EQ)) {
            y->a = star_expressions(P, true);
            if (!y->a) return NULL;
        }
        return y;
    }
    return star_expressions(P, true);
}

static Node *expr_statement(Parser *P) {
    Token *t = peek(P);
    Node *e = yield_or_star(P);
    if (!e) return NULL;
    Token *nt = peek(P);
    int aop = augop(nt);
    if (aop >= 0) {
        if (!check_target(P, e, false, true)) return NULL;
        advance(P);
        Node *n = node(P, N_AUGASSIGN, t);
        if (!n) return NULL;
        n->op = aop;
        n->a = e;
        n->b = yield_or_star(P);
        return n->b ? n : NULL;
    }
    if (is_op(nt, OP_COLON) && (e->kind == N_NAME || e->kind == N_ATTR || e->kind == N_SUBSCRIPT)) {
        advance(P);
        Node *n = node(P, N_ANNASSIGN, t);
        if (!n) return NULL;
        n->a = e;
        n->b = expression(P);
        if (!n->b) return NULL;
        if (accept_op(P, OP_EQ)) {
            n->c = yield_or_star(P);
            if (!n->c) return NULL;
        }
        return n;
    }
    if (is_op(nt, OP_EQ)) {
        Vec targets = {0};
        Node *value = e;
        while (accept_op(P, OP_EQ)) {
            if (!check_target_h(P, value, false, false, targets.n == 0)) { vec_done(P, &targets); return NULL; }
            vec_push(P, &targets, value);
            value = yield_or_star(P);
            if (!value) { vec_done(P, &targets); return NULL; }
        }
        Node *n = node(P, N_ASSIGN, t);
        if (!n) return NULL;
        n->l1 = vec_done(P, &targets);
        n->a = value;
        return n;
    }
    if (e->kind == N_STARRED) return syntax_error_at(P, &Exc_SyntaxError, e->line, e->col, "can't use starred expression here");
    Node *n = node(P, N_EXPR, t);
    if (n) n->a = e;
    return n;
}

static Node *dotted_name_node(Parser *P, Token *at) {
    SBuf b;
    sb_init(&b);
    for (;;) {
        Token *t = peek(P);
        if (t->kind != T_NAME || is_keyword(t)) { sb_free(&b); return invalid(P); }
        advance(P);
        sb_add(&b, t->start, t->len);
        if (!is_op(peek(P), OP_DOT)) break;
        advance(P);
        sb_addc(&b, '.');
    }
    Value s = sb_finish(&b);
    if (!s) { P->failed = true; return NULL; }
    Node *n = node(P, N_ALIAS, at);
    if (!n) { decref(s); return NULL; }
    n->name = str_intern(AS_STR(s));
    return n;
}

static Node *simple_statement(Parser *P) {
    Token *t = peek(P);
    if (t->kind == T_NAME) {
        if (is_kw(t, "pass")) { advance(P); return node(P, N_PASS, t); }
        if (is_kw(t, "break")) { advance(P); return node(P, N_BREAK, t); }
        if (is_kw(t, "continue")) { advance(P); return node(P, N_CONTINUE, t); }
        if (is_kw(t, "return")) {
            advance(P);
            Node *n = node(P, N_RETURN, t);
            if (!n) return NULL;
            if (peek(P)->kind != T_NEWLINE && !is_op(peek(P), OP_SEMI) && peek(P)->kind != T_EOF) {
                n->a = star_expressions(P, true);
                if (!n->a) return NULL;
            }
            return n;
        }
        if (is_kw(t, "raise")) {
            advance(P);
            Node *n = node(P, N_RAISE, t);
            if (!n) return NULL;
            if (peek(P)->kind != T_NEWLINE && !is_op(peek(P), OP_SEMI) && peek(P)->kind != T_EOF) {
                n->a = expression(P);
                if (!n->a) return NULL;
                if (accept_kw(P, "from")) {
                    n->b = expression(P);
                    if (!n->b) return NULL;
                }
            }
            return n;
        }
        if (is_kw(t, "global") || is_kw(t, "nonlocal")) {
            advance(P);
            Node *n = node(P, is_kw(t, "global") ? N_GLOBAL : N_NONLOCAL, t);
            if (!n) return NULL;
            Vec names = {0};
            do {
                Token *nt = peek(P);
                Str *s = expect_name(P);
                if (!s) { vec_done(P, &names); return NULL; }
                Node *nn = node(P, N_NAME, nt);
                if (!nn) { vec_done(P, &names); return NULL; }
                nn->name = s;
                vec_push(P, &names, nn);
            } while (accept_op(P, OP_COMMA));
            n->l1 = vec_done(P, &names);
            return n;
        }
        if (is_kw(t, "del")) {
            advance(P);
            Node *n = node(P, N_DELETE, t);
            if (!n) return NULL;
            Node *e = star_expressions(P, false);
            if (!e) return NULL;
            if (e->kind == N_TUPLE) n->l1 = e->l1;
            else {
                Vec v = {0};
                vec_push(P, &v, e);
                n->l1 = vec_done(P, &v);
            }
            for (int i = 0; i < n->l1.n; i++)
                if (!check_target(P, n->l1.v[i], true, false)) return NULL;
            return n;
        }
        if (is_kw(t, "assert")) {
            advance(P);
            Node *n = node(P, N_ASSERT, t);
            if (!n) return NULL;
            n->a = expression(P);
            if (!n->a) return NULL;
            if (accept_op(P, OP_COMMA)) {
                n->b = expression(P);
                if (!n->b) return NULL;
            }
            return n;
        }
        if (is_kw(t, "import")) {
            advance(P);
            Node *n = node(P, N_IMPORT, t);
            if (!n) return NULL;
            Vec names = {0};
            do {
                Node *a = dotted_name_node(P, peek(P));
                if (!a) { vec_done(P, &names); return NULL; }
                if (accept_kw(P, "as")) {
                    a->name2 = expect_name(P);
                    if (!a->name2) { vec_done(P, &names); return NULL; }
                }
                vec_push(P, &names, a);
            } while (accept_op(P, OP_COMMA));
            n->l1 = vec_done(P, &names);
            return n;
        }
        if (is_kw(t, "from")) {
            advance(P);
            Node *n = node(P, N_IMPORTFROM, t);
            if (!n) return NULL;
            while (is_op(peek(P), OP_DOT) || is_op(peek(P), OP_ELLIPSIS)) n->op += is_op(advance(P), OP_DOT) ? 1 : 3;
            if (!is_kw(peek(P), "import")) {
                Node *m = dotted_name_node(P, peek(P));
                if (!m) return NULL;
                n->name = m->name;
            }
            if (!accept_kw(P, "import")) return invalid(P);
            Vec names = {0};
            if (is_op(peek(P), OP_STAR)) {
                Token *st = advance(P);
                Node *a = node(P, N_ALIAS, st);
                if (!a) return NULL;
                a->name = str_intern_c("*");
                vec_push(P, &names, a);
            } else {
                bool paren = accept_op(P, OP_LPAR);
                do {
                    if (paren && is_op(peek(P), OP_RPAR)) break;
                    Token *nt = peek(P);
                    Str *s = expect_name(P);
                    if (!s) { vec_done(P, &names); return NULL; }
                    Node *a = node(P, N_ALIAS, nt);
                    if (!a) { vec_done(P, &names); return NULL; }
                    a->name = s;
                    if (accept_kw(P, "as")) {
                        a->name2 = expect_name(P);
                        if (!a->name2) { vec_done(P, &names); return NULL; }
                    }
                    vec_push(P, &names, a);
                } while (accept_op(P, OP_COMMA));
                if (paren && !accept_op(P, OP_RPAR)) { vec_done(P, &names); return invalid(P); }
            }
            n->l1 = vec_done(P, &names);
            return n;
        }
    }
    return expr_statement(P);
}

/* simple_stmt (';' simple_stmt)* NEWLINE */
static bool simple_line(Parser *P, Vec *out) {
    for (;;) {
        Token *first = peek(P);
        P->no_mangle = is_kw(first, "import") || is_kw(first, "from"); /* module names stay as written */
        Node *s = simple_statement(P);
        P->no_mangle = false;
        if (!s) return false;
        vec_push(P, out, s);
        if (accept_op(P, OP_SEMI)) {
            if (peek(P)->kind == T_NEWLINE) break;
            continue;
        }
        break;
    }
    Token *t = peek(P);
    if (t->kind == T_NEWLINE) { advance(P); return true; }
    if (t->kind == T_EOF) return true;
    if (is_op(t, OP_EQ)) { invalid(P); return false; }
    if (t->kind == T_NAME || t->kind == T_NUMBER || t->kind == T_STRING) {
        /* Python 2's print "x" and exec "x" */
        Node *last = out->n ? out->v[out->n - 1] : NULL;
        if (last && last->kind == N_EXPR && last->a->kind == N_NAME &&
            (str_eq_c(last->a->name, "print") || str_eq_c(last->a->name, "exec"))) {
            const char *w = last->a->name->data;
            syntax_error(P, &P->tl.toks[P->pos - 1], "Missing parentheses in call to '%s'. Did you mean %s(...)?", w, w);
            return false;
        }
        invalid(P);
        return false;
    }
    invalid(P);
    return false;
}

static bool expect_colon(Parser *P) {
    if (accept_op(P, OP_COLON)) return true;
    if (is_op(peek(P), OP_EQ)) /* if x = 1: */
        syntax_error(P, peek(P), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    else syntax_error(P, peek(P), "expected ':'");
    return false;
}

/* The body of a compound statement: an indented block or a simple line. */
static NodeList block(Parser *P, const char *what, Token *header) {
    Vec body = {0};
    NodeList empty = {NULL, 0};
    if (peek(P)->kind != T_NEWLINE) {
        if (!simple_line(P, &body)) { vec_done(P, &body); return empty; }
        return vec_done(P, &body);
    }
    advance(P);
    if (peek(P)->kind != T_INDENT) {
        Token *t = peek(P);
        syntax_error_at(P, &Exc_IndentationError, t->line + P->line_offset, t->col, "expected an indented block after %s on line %d",
                        what, header->line + P->line_offset);
        return empty;
    }
    advance(P);
    while (peek(P)->kind != T_DEDENT && peek(P)->kind != T_EOF) {
        if (!statement(P, &body)) { vec_done(P, &body); return empty; }
    }
    accept_op(P, -1);
    if (peek(P)->kind == T_DEDENT) advance(P);
    return vec_done(P, &body);
}

#define BLOCK_OR_FAIL(dst, what, hdr) do { dst = block(P, what, hdr); if (P->failed) return NULL; } while (0)

static Node *if_statement(Parser *P, Token *t) {
    Node *n = node(P, N_IF, t);
    if (!n) return NULL;
    n->a = named_expr(P);
    if (!n->a || !expect_colon(P)) return NULL;
    BLOCK_OR_FAIL(n->l1, is_kw(t, "if") ? "'if' statement" : "'elif' statement", t);
    Token *e = peek(P);
    if (is_kw(e, "elif")) {
        advance(P);
        Node *sub = if_statement(P, e);
        if (!sub) return NULL;
        Node **one = arena_alloc(P->arena, sizeof(Node *));
        if (!one) return NULL;
        one[0] = sub;
        n->l2.v = one;
        n->l2.n = 1;
    } else if (is_kw(e, "else")) {
        advance(P);
        if (!expect_colon(P)) return NULL;
        BLOCK_OR_FAIL(n->l2, "'else' statement", e);
    }
    return n;
}

static Node *decorated(Parser *P, Vec *decorators);

static Node *funcdef(Parser *P, Token *t, Vec *decorators) {
    Node *n = node(P, N_FUNCDEF, t);
    if (!n) return NULL;
    n->name = expect_name(P);
    if (!n->name) return NULL;
    if (!accept_op(P, OP_LPAR)) return syntax_error(P, peek(P), "expected '('");
    n->params = parse_params(P, OP_RPAR, true);
    if (!n->params) return NULL;
    if (!accept_op(P, OP_RPAR)) return invalid(P);
    if (accept_op(P, OP_ARROW)) {
        Node *ret = expression(P);
        if (!ret) return NULL;
        Params *pr = n->params;
        pr->ann_names[pr->nann] = str_intern_c("return");
        pr->ann_exprs[pr->nann++] = ret;
    }
    if (!expect_colon(P)) return NULL;
    BLOCK_OR_FAIL(n->l1, "function definition", t);
    if (decorators) n->l2 = vec_done(P, decorators);
    return n;
}

static Node *classdef(Parser *P, Token *t, Vec *decorators) {
    Node *n = node(P, N_CLASSDEF, t);
    if (!n) return NULL;
    Token *name_tok = peek(P);
    n->name = expect_name(P);
    if (!n->name) return NULL;
    if (accept_op(P, OP_LPAR)) {
        /* bases and keywords are read as a call's arguments: class C(*bs, metaclass=M, **kw) */
        Node *args = node(P, N_CALL, t);
        if (!args || !call_args(P, args)) return NULL;
        n->l2 = args->l1;
        n->l4 = args->l2;
    }
    if (!expect_colon(P)) return NULL;
    Str *outer = P->mangle_class;
    const char *cn = name_tok->start, *cend = name_tok->start + name_tok->len; /* the name as written */
    while (cn < cend && *cn == '_') cn++;
    P->mangle_class = NULL;
    if (cn < cend) {
        Value m = str_new(cn, cend - cn);
        if (!m) { P->failed = true; return NULL; }
        P->mangle_class = str_intern(AS_STR(m));
    }
    n->l1 = block(P, "class definition", t);
    P->mangle_class = outer;
    if (P->failed) return NULL;
    if (decorators) n->l3 = vec_done(P, decorators);
    return n;
}

static Node *decorated(Parser *P, Vec *decorators) {
    while (is_op(peek(P), OP_AT)) {
        advance(P);
        Node *d = expression(P);
        if (!d) return NULL;
        vec_push(P, decorators, d);
        if (peek(P)->kind != T_NEWLINE) return invalid(P);
        advance(P);
    }
    Token *t = peek(P);
    if (is_kw(t, "def")) { advance(P); return funcdef(P, t, decorators); }
    if (is_kw(t, "class")) { advance(P); return classdef(P, t, decorators); }
    if (is_kw(t, "async")) return syntax_error(P, t, "async functions are not supported");
    return invalid(P);
}

static Node *compound(Parser *P, Token *t) {
    if (is_kw(t, "if")) { advance(P); return if_statement(P, t); }
    if (is_kw(t, "while")) {
        advance(P);
        Node *n = node(P, N_WHILE, t);
        if (!n || !(n->a = named_expr(P)) || !expect_colon(P)) return NULL;
        BLOCK_OR_FAIL(n->l1, "'while' statement", t);
        Token *e = peek(P);
        if (accept_kw(P, "else")) {
            if (!expect_colon(P)) return NULL;
            BLOCK_OR_FAIL(n->l2, "'else' statement", e);
        }
        return n;
    }
    if (is_kw(t, "for")) {
        advance(P);
        Node *n = node(P, N_FOR, t);
        if (!n) return NULL;
        n->a = target_list(P);
        if (!n->a || !check_target(P, n->a, false, false)) return NULL;
        if (!accept_kw(P, "in")) return invalid(P);
        n->b = star_expressions(P, true);
        if (!n->b || !expect_colon(P)) return NULL;
        BLOCK_OR_FAIL(n->l1, "'for' statement", t);
        Token *e = peek(P);
        if (accept_kw(P, "else")) {
            if (!expect_colon(P)) return NULL;
            BLOCK_OR_FAIL(n->l2, "'else' statement", e);
        }
        return n;
    }
    if (is_kw(t, "try")) {
        advance(P);
        Node *n = node(P, N_TRY, t);
        if (!n || !expect_colon(P)) return NULL;
        BLOCK_OR_FAIL(n->l1, "'try' statement", t);
        Vec handlers = {0};
        while (is_kw(peek(P), "except")) {
            Token *et = advance(P);
            Node *h = node(P, N_HANDLER, et);
            if (!h) { vec_done(P, &handlers); return NULL; }
            if (is_op(peek(P), OP_STAR)) { vec_done(P, &handlers); return syntax_error(P, peek(P), "except* is not supported"); }
            if (!is_op(peek(P), OP_COLON)) {
                h->a = expression(P);
                if (!h->a) { vec_done(P, &handlers); return NULL; }
                if (is_op(peek(P), OP_COMMA)) {
                    vec_done(P, &handlers);
                    return syntax_error(P, peek(P), "multiple exception types must be parenthesized");
                }
                if (accept_kw(P, "as")) {
                    h->name = expect_name(P);
                    if (!h->name) { vec_done(P, &handlers); return NULL; }
                }
            }
            if (!expect_colon(P)) { vec_done(P, &handlers); return NULL; }
            h->l1 = block(P, "'except' statement", et);
            if (P->failed) { vec_done(P, &handlers); return NULL; }
            vec_push(P, &handlers, h);
        }
        n->l2 = vec_done(P, &handlers);
        Token *e = peek(P);
        if (n->l2.n && accept_kw(P, "else")) {
            if (!expect_colon(P)) return NULL;
            BLOCK_OR_FAIL(n->l3, "'else' statement", e);
        }
        e = peek(P);
        if (accept_kw(P, "finally")) {
            if (!expect_colon(P)) return NULL;
            BLOCK_OR_FAIL(n->l4, "'finally' statement", e);
            if (n->l4.n == 0) return NULL;
        }
        if (n->l2.n == 0 && n->l4.n == 0) return syntax_error(P, peek(P), "expected 'except' or 'finally' block");
        return n;
    }
    if (is_kw(t, "with")) {
        advance(P);
        Node *n = node(P, N_WITH, t);
        if (!n) return NULL;
        Vec items = {0};
        bool paren = false;
        if (is_op(peek(P), OP_LPAR)) {
            /* with (a as b, c as d): ... needs a look ahead: treat '(' as grouping only if 'as' follows inside */
            int save = P->pos, depth = 0;
            for (int i = P->pos; i < P->tl.n; i++) {
                Token *k = &P->tl.toks[i];
                if (is_op(k, OP_LPAR)) depth++;
                else if (is_op(k, OP_RPAR)) { if (--depth == 0) { paren = i + 1 < P->tl.n && is_op(&P->tl.toks[i + 1], OP_COLON); break; } }
            }
            bool has_as = false;
            depth = 0;
            for (int i = P->pos; paren && i < P->tl.n; i++) {
                Token *k = &P->tl.toks[i];
                if (is_op(k, OP_LPAR)) depth++;
                else if (is_op(k, OP_RPAR)) { if (--depth == 0) break; }
                else if (depth == 1 && is_kw(k, "as")) has_as = true;
            }
            paren = paren && has_as;
            P->pos = save;
            if (paren) advance(P);
        }
        do {
            if (paren && is_op(peek(P), OP_RPAR)) break;
            Token *it = peek(P);
            Node *w = node(P, N_WITHITEM, it);
            if (!w || !(w->a = expression(P))) { vec_done(P, &items); return NULL; }
            if (accept_kw(P, "as")) {
                w->b = bitor_expr(P);
                if (!w->b || !check_target(P, w->b, false, false)) { vec_done(P, &items); return NULL; }
            }
            vec_push(P, &items, w);
        } while (accept_op(P, OP_COMMA));
        if (paren && !accept_op(P, OP_RPAR)) { vec_done(P, &items); return invalid(P); }
        n->l1 = vec_done(P, &items);
        if (!expect_colon(P)) return NULL;
        BLOCK_OR_FAIL(n->l2, "'with' statement", t);
        return n;
    }
    if (is_kw(t, "def")) { advance(P); return funcdef(P, t, NULL); }
    if (is_kw(t, "class")) { advance(P); return classdef(P, t, NULL); }
    if (is_op(t, OP_AT)) {
        Vec decorators = {0};
        Node *n = decorated(P, &decorators);
        if (!n) vec_done(P, &decorators);
        return n;
    }
    return NULL;
}

/* ---- the match statement ---------------------------------------------------------
 * A match statement becomes an assignment of the subject to a temporary and
 * an if/elif chain, one test per case: each pattern is parsed straight into
 * an expression that is true when it matches and binds its captures with
 * assignment expressions as it goes (CPython, too, may leave the names of a
 * failed match bound).  Sequence, mapping and class patterns call the
 * built-ins $mseq, $mmap and $mcls (patma.c), which return None or the list
 * of parts the sub-patterns match; a '$' in a name keeps them and the
 * temporaries out of any program's reach. */

/* "match" is a soft keyword: a statement when its line ends with ':' and an
 * indented block of cases follows */
static bool is_match_start(Parser *P) {
    if (!is_kw(peek(P), "match")) return false;
    for (int i = P->pos + 1; i < P->tl.n; i++) {
        Token *x = &P->tl.toks[i];
        if (x->kind != T_NEWLINE && x->kind != T_EOF) continue;
        if (i == P->pos + 1 || !is_op(&P->tl.toks[i - 1], OP_COLON)) return false;
        return i + 2 < P->tl.n && P->tl.toks[i + 1].kind == T_INDENT && is_kw(&P->tl.toks[i + 2], "case");
    }
    return false;
}

/* what a pattern is matched against: the temporary `name`, or its item idx */
typedef struct { Str *name; int64_t idx; } Subj;

static Node *name_node(Parser *P, Token *at, Str *name) {
    Node *n = node(P, N_NAME, at);
    if (n) n->name = name;
    return n;
}
static Node *int_node(Parser *P, Token *at, int64_t i) { return const_node(P, at, MK_SMALL(i)); }
static Node *subj_node(Parser *P, Token *at, Subj s) {
    Node *n = name_node(P, at, s.name);
    if (!n || s.idx < 0) return n;
    Node *sub = node(P, N_SUBSCRIPT, at);
    if (!sub) return NULL;
    sub->a = n;
    sub->b = int_node(P, at, s.idx);
    return sub->b ? sub : NULL;
}
static Str *match_temp(Parser *P) {
    char buf[32];
    snprintf(buf, sizeof buf, "$m%d", P->match_temps++);
    Value s = str_from_c(buf);
    if (!s) { P->failed = true; return NULL; }
    return str_intern(AS_STR(s));
}
static NodeList list_of(Parser *P, int n, Node **items) {
    NodeList l = {NULL, n};
    l.v = arena_alloc(P->arena, (size_t)n * sizeof(Node *));
    if (!l.v) { P->failed = true; l.n = 0; return l; }
    memcpy(l.v, items, (size_t)n * sizeof(Node *));
    return l;
}
static Node *bool2(Parser *P, Token *at, int op, Node *a, Node *b) {
    if (!a || !b) return NULL;
    Node *n = node(P, N_BOOLOP, at);
    if (!n) return NULL;
    n->op = op;
    Node *items[2] = {a, b};
    n->l1 = list_of(P, 2, items);
    return n;
}
static Node *compare1(Parser *P, Token *at, Node *a, int op, Node *b) {
    if (!a || !b) return NULL;
    Node *c = node(P, N_COMPARE, at);
    Node *o = node(P, N_CONST, at);
    if (!c || !o) return NULL;
    o->op = op;
    o->value = V_NONE;
    c->a = a;
    c->l1 = list_of(P, 1, &b);
    c->l2 = list_of(P, 1, &o);
    return c;
}
/* (name := subject, True)[1]: binds and is true */
static Node *capture(Parser *P, Token *at, Str *name, Subj s) {
    Node *w = node(P, N_NAMEDEXPR, at), *t = node(P, N_TUPLE, at), *sub = node(P, N_SUBSCRIPT, at);
    if (!w || !t || !sub) return NULL;
    w->a = name_node(P, at, name);
    w->b = subj_node(P, at, s);
    Node *items[2] = {w, const_node(P, at, V_TRUE)};
    if (!w->a || !w->b || !items[1]) return NULL;
    t->l1 = list_of(P, 2, items);
    sub->a = t;
    sub->b = int_node(P, at, 1);
    return sub->b ? sub : NULL;
}
/* ((tmp := $fn(args...)) is not None) */
static Node *shape_call(Parser *P, Token *at, Str *tmp, const char *fn, int nargs, Node **args) {
    Node *call = node(P, N_CALL, at);
    if (!call) return NULL;
    Value fname = str_from_c(fn);
    if (!fname) { P->failed = true; return NULL; }
    call->a = name_node(P, at, str_intern(AS_STR(fname)));
    call->l1 = list_of(P, nargs, args);
    Node *w = node(P, N_NAMEDEXPR, at);
    if (!w || !call->a) return NULL;
    w->a = name_node(P, at, tmp);
    w->b = call;
    return compare1(P, at, w, CMPOP_ISNOT, const_node(P, at, V_NONE));
}
/* all the tests, and-ed after the first (the shape check) */
static Node *all_of(Parser *P, Token *at, Node *first, Vec *tests) {
    if (!first) { vec_done(P, tests); return NULL; }
    Node *n = node(P, N_BOOLOP, at);
    if (!n) return NULL;
    n->op = 0;
    Vec v = {0};
    vec_push(P, &v, first);
    for (int i = 0; i < tests->n; i++) vec_push(P, &v, tests->v[i]);
    vec_done(P, tests);
    n->l1 = vec_done(P, &v);
    return n;
}

static Node *pattern(Parser *P, Subj s, bool *irrefutable);
static Node *closed_pattern(Parser *P, Subj s, bool *irrefutable);

/* a dotted name (a value pattern or a class): NAME ('.' NAME)* */
static Node *dotted_value(Parser *P) {
    Token *t = peek(P);
    Node *e = name_node(P, t, expect_name(P));
    while (e && e->name && is_op(peek(P), OP_DOT)) {
        advance(P);
        Token *nt = peek(P);
        Node *a = node(P, N_ATTR, nt);
        if (!a) return NULL;
        a->a = e;
        a->name = expect_name(P);
        if (!a->name) return NULL;
        e = a;
    }
    return e && (e->kind != N_NAME || e->name) ? e : NULL;
}

/* a literal: numbers (signed, complex sums), strings, None, True, False */
static Node *literal_pattern_expr(Parser *P) { return binary(P, 5); }

/* the sub-pattern for part *n of tmp: its test joins tests (a wildcard
 * tests nothing) */
static bool sub_pattern(Parser *P, Str *tmp, int *n, Vec *tests) {
    bool irr;
    Node *x = pattern(P, (Subj){tmp, *n}, &irr);
    if (!x) return false;
    if (x->kind != N_CONST) vec_push(P, tests, x);
    (*n)++;
    return true;
}

/* Is there a comma at this bracket depth before the closing bracket, the
 * end of the line, or (stop_at_case_end) a ':' or 'if'?  Tells (p) from
 * (p,) and a case's p from its p, q. */
static bool comma_ahead(Parser *P, bool stop_at_case_end) {
    int depth = 0;
    for (int i = P->pos; i < P->tl.n; i++) {
        Token *x = &P->tl.toks[i];
        if (is_op(x, OP_LPAR) || is_op(x, OP_LSQB) || is_op(x, OP_LBRACE)) depth++;
        else if (is_op(x, OP_RPAR) || is_op(x, OP_RSQB) || is_op(x, OP_RBRACE)) {
            if (depth == 0) return false;
            depth--;
        } else if (depth == 0 && is_op(x, OP_COMMA)) return true;
        else if (depth == 0 && stop_at_case_end && (is_op(x, OP_COLON) || is_kw(x, "if"))) return false;
        else if (x->kind == T_NEWLINE || x->kind == T_EOF) return false;
    }
    return false;
}

/* items of a sequence pattern up to the closer, matched as the parts of
 * tmp; star: the position of the starred one, or -1 */
static bool sequence_items(Parser *P, int closer, Str *tmp, Vec *tests, int *n, int *star) {
    *n = 0;
    *star = -1;
    while (!is_op(peek(P), closer)) {
        Token *t = peek(P);
        Subj sub = {tmp, *n};
        if (is_op(t, OP_STAR)) {
            advance(P);
            if (*star >= 0) { syntax_error(P, t, "multiple starred names in sequence pattern"); return false; }
            *star = *n;
            Token *nt = peek(P);
            if (nt->kind != T_NAME || is_keyword(nt)) { invalid(P); return false; }
            advance(P);
            if (!(nt->len == 1 && nt->start[0] == '_')) {
                Node *c = capture(P, nt, tok_name(P, nt), sub);
                if (!c) return false;
                vec_push(P, tests, c);
            }
            (*n)++;
        } else if (!sub_pattern(P, tmp, n, tests)) return false;
        if (!accept_op(P, OP_COMMA)) break;
    }
    return true;
}

static Node *sequence_test(Parser *P, Token *at, Subj s, Str *tmp, Vec *tests, int n, int star) {
    Node *args[3] = {subj_node(P, at, s), int_node(P, at, n), int_node(P, at, star)};
    if (!args[0] || !args[1] || !args[2]) { vec_done(P, tests); return NULL; }
    return all_of(P, at, shape_call(P, at, tmp, "$mseq", 3, args), tests);
}

static Node *mapping_pattern(Parser *P, Token *open, Subj s) {
    Str *tmp = match_temp(P);
    Vec keys = {0}, tests = {0};
    Str *rest = NULL;
    int n = 0;
    while (tmp && !is_op(peek(P), OP_RBRACE)) {
        Token *t = peek(P);
        if (is_op(t, OP_DSTAR)) {
            advance(P);
            Token *nt = peek(P);
            if (nt->kind != T_NAME || is_keyword(nt)) { invalid(P); goto fail; }
            advance(P);
            rest = tok_name(P, nt);
            accept_op(P, OP_COMMA);
            if (!is_op(peek(P), OP_RBRACE)) { invalid(P); goto fail; }
            break;
        }
        Node *key = t->kind == T_NAME && !is_keyword(t) ? dotted_value(P) : literal_pattern_expr(P);
        if (!key) goto fail;
        vec_push(P, &keys, key);
        if (!accept_op(P, OP_COLON)) { invalid(P); goto fail; }
        if (!sub_pattern(P, tmp, &n, &tests)) goto fail;
        if (!accept_op(P, OP_COMMA)) break;
    }
    if (!tmp || !accept_op(P, OP_RBRACE)) { if (!P->failed) invalid(P); goto fail; }
    if (rest) {
        Node *c = capture(P, open, rest, (Subj){tmp, n});
        if (!c) goto fail;
        vec_push(P, &tests, c);
    }
    Node *tup = node(P, N_TUPLE, open);
    if (!tup) goto fail;
    tup->l1 = vec_done(P, &keys);
    Node *args[3] = {subj_node(P, open, s), tup, const_node(P, open, rest ? V_TRUE : V_FALSE)};
    if (!args[0] || !args[2]) goto fail;
    return all_of(P, open, shape_call(P, open, tmp, "$mmap", 3, args), &tests);
fail:
    vec_done(P, &keys);
    vec_done(P, &tests);
    return NULL;
}

static Node *class_pattern(Parser *P, Token *at, Node *cls, Subj s) {
    advance(P); /* ( */
    Str *tmp = match_temp(P);
    Vec tests = {0}, kwnames = {0};
    int npos = 0, n = 0;
    while (tmp && !is_op(peek(P), OP_RPAR)) {
        Token *t = peek(P);
        if (t->kind == T_NAME && is_op(peek2(P), OP_EQ) && !is_keyword(t)) {
            advance(P);
            advance(P);
            Node *k = const_node(P, t, OBJ_VAL(tok_name(P, t)));
            if (!k) goto fail;
            incref(k->value);
            arena_own(P->arena, k->value);
            vec_push(P, &kwnames, k);
        } else if (kwnames.n) {
            syntax_error(P, t, "positional patterns follow keyword patterns");
            goto fail;
        } else npos++;
        if (!sub_pattern(P, tmp, &n, &tests)) goto fail;
        if (!accept_op(P, OP_COMMA)) break;
    }
    if (!tmp || !accept_op(P, OP_RPAR)) { if (!P->failed) invalid(P); goto fail; }
    Node *tup = node(P, N_TUPLE, at);
    if (!tup) goto fail;
    tup->l1 = vec_done(P, &kwnames);
    Node *args[4] = {subj_node(P, at, s), cls, int_node(P, at, npos), tup};
    if (!args[0] || !args[2]) goto fail;
    return all_of(P, at, shape_call(P, at, tmp, "$mcls", 4, args), &tests);
fail:
    vec_done(P, &tests);
    vec_done(P, &kwnames);
    return NULL;
}

/* one closed pattern; *irrefutable: a capture or the wildcard.  A wildcard
 * comes back as the constant True (callers drop it from and-chains). */
static Node *closed_pattern(Parser *P, Subj s, bool *irrefutable) {
    Token *t = peek(P);
    *irrefutable = false;
    if (t->kind == T_NAME && !is_keyword(t)) {
        if (t->len == 1 && t->start[0] == '_' && !is_op(peek2(P), OP_DOT) && !is_op(peek2(P), OP_LPAR)) {
            advance(P);
            *irrefutable = true;
            return const_node(P, t, V_TRUE);
        }
        if (!is_op(peek2(P), OP_DOT) && !is_op(peek2(P), OP_LPAR)) {
            advance(P);
            *irrefutable = true;
            return capture(P, t, tok_name(P, t), s);
        }
        Node *v = dotted_value(P);
        if (!v) return NULL;
        if (is_op(peek(P), OP_LPAR)) return class_pattern(P, t, v, s);
        return compare1(P, t, subj_node(P, t, s), CMPOP_EQ, v);
    }
    if (is_kw(t, "None") || is_kw(t, "True") || is_kw(t, "False")) {
        advance(P);
        Value v = is_kw(t, "None") ? V_NONE : is_kw(t, "True") ? V_TRUE : V_FALSE;
        return compare1(P, t, subj_node(P, t, s), CMPOP_IS, const_node(P, t, v));
    }
    if (is_op(t, OP_LSQB) || is_op(t, OP_LPAR)) {
        advance(P);
        int closer = is_op(t, OP_LSQB) ? OP_RSQB : OP_RPAR;
        if (closer == OP_RPAR && !is_op(peek(P), OP_RPAR)) {
            /* (p) is a group; (p,) and (p, q) are sequences */
            if (!comma_ahead(P, false) && !is_op(peek(P), OP_STAR)) {
                Node *g = pattern(P, s, irrefutable);
                if (!g) return NULL;
                if (!accept_op(P, OP_RPAR)) return invalid(P);
                return g;
            }
        }
        Str *tmp = match_temp(P);
        Vec tests = {0};
        int n, star;
        if (!tmp || !sequence_items(P, closer, tmp, &tests, &n, &star)) { vec_done(P, &tests); return NULL; }
        if (!accept_op(P, closer)) { vec_done(P, &tests); return invalid(P); }
        return sequence_test(P, t, s, tmp, &tests, n, star);
    }
    if (is_op(t, OP_LBRACE)) {
        advance(P);
        return mapping_pattern(P, t, s);
    }
    if (t->kind == T_NUMBER || t->kind == T_STRING || t->kind == T_FSTRING || is_op(t, OP_MINUS)) {
        if (t->kind == T_STRING || t->kind == T_FSTRING) {
            for (int i = P->pos; i < P->tl.n && (P->tl.toks[i].kind == T_STRING || P->tl.toks[i].kind == T_FSTRING); i++)
                if (P->tl.toks[i].kind == T_FSTRING) return syntax_error(P, &P->tl.toks[i], "patterns may only match literals and attribute lookups");
        }
        Node *v = literal_pattern_expr(P);
        if (!v) return NULL;
        return compare1(P, t, subj_node(P, t, s), CMPOP_EQ, v);
    }
    return invalid(P);
}

/* or_pattern ['as' NAME] */
static Node *pattern(Parser *P, Subj s, bool *irrefutable) {
    Token *t = peek(P);
    if (!enter(P)) return NULL;
    bool irr;
    Node *first = closed_pattern(P, s, &irr);
    *irrefutable = irr;
    Node *n = first;
    while (n && is_op(peek(P), OP_VBAR)) {
        Token *bar = advance(P);
        if (irr) {
            P->depth--;
            if (first->kind == N_CONST) return syntax_error(P, t, "wildcard makes remaining patterns unreachable");
            return syntax_error(P, t, "name capture '%.*s' makes remaining patterns unreachable", t->len, t->start);
        }
        Node *alt = closed_pattern(P, s, &irr);
        if (!alt) { P->depth--; return NULL; }
        *irrefutable = irr;
        n = bool2(P, bar, 1, n, alt);
    }
    if (n && is_kw(peek(P), "as")) {
        advance(P);
        Token *nt = peek(P);
        if (nt->kind != T_NAME || is_keyword(nt) || (nt->len == 1 && nt->start[0] == '_')) {
            P->depth--;
            return syntax_error(P, nt, nt->len == 1 && nt->start[0] == '_' ? "cannot use '_' as a target" : "invalid pattern target");
        }
        advance(P);
        Node *c = capture(P, nt, tok_name(P, nt), s);
        n = n->kind == N_CONST ? c : bool2(P, nt, 0, n, c);
    }
    P->depth--;
    return n;
}

/* the pattern of a case: a bare comma list is a sequence pattern */
static Node *case_patterns(Parser *P, Subj s, bool *irrefutable, Token **first_tok) {
    *first_tok = peek(P);
    if (!comma_ahead(P, true) && !is_op(peek(P), OP_STAR)) return pattern(P, s, irrefutable);
    *irrefutable = false;
    Str *tmp = match_temp(P);
    Vec tests = {0};
    int n, star;
    if (!tmp || !sequence_items(P, OP_COLON, tmp, &tests, &n, &star)) { vec_done(P, &tests); return NULL; }
    return sequence_test(P, *first_tok, s, tmp, &tests, n, star);
}

/* Pushes the statements a match becomes onto out: the subject's
 * assignment, the other temporaries set to None, the if chain, and a del of
 * every temporary (so that at module level they leave no globals behind
 * when the statement completes). */
static Node *match_statement(Parser *P, Token *t, Vec *out) {
    advance(P); /* match */
    Node *subject = star_expressions(P, true);
    if (!subject || !expect_colon(P)) return NULL;
    int first_temp = P->match_temps;
    Str *tmp = match_temp(P);
    Node *assign = node(P, N_ASSIGN, t);
    if (!tmp || !assign) return NULL;
    Node *target = name_node(P, t, tmp);
    if (!target) return NULL;
    assign->l1 = list_of(P, 1, &target);
    assign->a = subject;
    assign->end_line = t->line + P->line_offset;
    if (peek(P)->kind != T_NEWLINE) return invalid(P);
    advance(P);
    if (peek(P)->kind != T_INDENT) return invalid(P);
    advance(P);
    Node *head = NULL, *last = NULL;
    bool open_irrefutable = false;
    Token *irr_tok = NULL;
    while (is_kw(peek(P), "case")) {
        Token *ct = advance(P);
        if (open_irrefutable) {
            if (irr_tok->len == 1 && irr_tok->start[0] == '_')
                return syntax_error(P, irr_tok, "wildcard makes remaining patterns unreachable");
            return syntax_error(P, irr_tok, "name capture '%.*s' makes remaining patterns unreachable", irr_tok->len,
                                irr_tok->start);
        }
        bool irr;
        Token *pt;
        Node *test = case_patterns(P, (Subj){tmp, -1}, &irr, &pt);
        if (!test) return NULL;
        Node *guard = NULL;
        if (accept_kw(P, "if")) {
            guard = named_expr(P);
            if (!guard) return NULL;
        }
        if (!expect_colon(P)) return NULL;
        if (irr && !guard) { open_irrefutable = true; irr_tok = pt; }
        Node *n = node(P, N_IF, ct);
        if (!n) return NULL;
        n->a = guard ? (test->kind == N_CONST ? guard : bool2(P, ct, 0, test, guard)) : test;
        if (!n->a) return NULL;
        BLOCK_OR_FAIL(n->l1, "'case' statement", ct);
        n->end_line = P->pos > 0 ? P->tl.toks[P->pos - 1].line + P->line_offset : n->line;
        if (!head) head = n;
        else last->l2 = list_of(P, 1, &n);
        last = n;
    }
    if (!head) return invalid(P);
    if (peek(P)->kind == T_DEDENT) advance(P);
    else return invalid(P);
    head->end_line = P->pos > 0 ? P->tl.toks[P->pos - 1].line + P->line_offset : head->line;
    Vec temps = {0}, all = {0};
    for (int i = first_temp; i < P->match_temps; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "$m%d", i);
        Value s = str_from_c(buf);
        if (!s) { P->failed = true; break; }
        Str *nm = str_intern(AS_STR(s));
        if (i > first_temp) vec_push(P, &temps, name_node(P, t, nm));
        vec_push(P, &all, name_node(P, t, nm));
    }
    vec_push(P, out, assign);
    if (temps.n) {
        Node *init = node(P, N_ASSIGN, t);
        if (!init) { vec_done(P, &temps); vec_done(P, &all); return NULL; }
        init->l1 = vec_done(P, &temps);
        init->a = const_node(P, t, V_NONE);
        vec_push(P, out, init);
    } else vec_done(P, &temps);
    vec_push(P, out, head);
    Node *del = node(P, N_DELETE, t);
    if (!del) { vec_done(P, &all); return NULL; }
    del->l1 = vec_done(P, &all);
    del->line = head->end_line;
    vec_push(P, out, del);
    return P->failed ? NULL : del;
}

static bool is_compound_start(Token *t) {
    return is_kw(t, "if") || is_kw(t, "while") || is_kw(t, "for") || is_kw(t, "try") || is_kw(t, "with") ||
           is_kw(t, "def") || is_kw(t, "class") || is_op(t, OP_AT);
}

static Node *statement(Parser *P, Vec *out) {
    Token *t = peek(P);
    if (t->kind == T_INDENT) return invalid(P);
    if (is_match_start(P)) {
        Node *n = match_statement(P, t, out); /* pushes its statements itself */
        if (!n && !P->failed) invalid(P);
        return n;
    }
    if (is_compound_start(t)) {
        Node *n = compound(P, t);
        if (!n) { if (!P->failed) invalid(P); return NULL; }
        n->end_line = P->pos > 0 ? P->tl.toks[P->pos - 1].line + P->line_offset : n->line;
        vec_push(P, out, n);
        return n;
    }
    if (is_kw(t, "else") || is_kw(t, "elif") || is_kw(t, "except") || is_kw(t, "finally")) return invalid(P);
    if (is_kw(t, "async")) return syntax_error(P, t, "async is not supported");
    if (!simple_line(P, out)) return NULL;
    return out->n ? out->v[out->n - 1] : (Node *)out;
}

int parse_module(Module_AST *m, const char *src, int64_t len, Str *filename) {
    memset(m, 0, sizeof *m);
    m->filename = filename;
    m->src = src;
    m->srclen = len;
    Parser P;
    memset(&P, 0, sizeof P);
    P.arena = &m->arena;
    P.filename = filename;
    P.src = src;
    P.srclen = len;
    if (lex(&P.tl, src, len, filename, 0, 0) < 0) {
        lex_free(&P.tl);
        return -1;
    }
    Vec body = {0};
    while (peek(&P)->kind != T_EOF) {
        if (peek(&P)->kind == T_NEWLINE) { advance(&P); continue; }
        if (!statement(&P, &body)) break;
    }
    m->body = vec_done(&P, &body);
    lex_free(&P.tl);
    if (P.failed || err_occurred()) {
        if (!err_occurred()) err_set_str(&Exc_SyntaxError, "invalid syntax");
        return -1;
    }
    return 0;
}

void ast_free(Module_AST *m) { arena_free(&m->arena); }
