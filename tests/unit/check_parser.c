/* check_parser.c - parse_module(): the shape of the syntax tree and the
 * SyntaxErrors the parser raises (with CPython's messages). */
#include "util.h"

static Module_AST M;
static bool have_ast;

static void teardown(void) {
    if (have_ast) ast_free(&M);
    have_ast = false;
}

/* Parse src (must succeed); returns the module body. */
static NodeList *parse_ok(const char *src) {
    if (have_ast) ast_free(&M);
    int r = parse_module(&M, src, (int64_t)strlen(src), str_intern_c("<parse>"));
    have_ast = true;
    ck_assert_msg(r == 0, "parse failed for %s: %s: %s", src, exc_type_name(), u_exc_msg());
    return &M.body;
}

/* The expression of a one-statement module "expr". */
static Node *parse_expr(const char *src) {
    NodeList *b = parse_ok(src);
    ck_assert_int_eq(b->n, 1);
    ck_assert_int_eq(b->v[0]->kind, N_EXPR);
    return b->v[0]->a;
}

/* Parse src that must fail; returns the message and checks the type. */
static const char *parse_err(const char *src, const char *type) {
    if (have_ast) ast_free(&M);
    int r = parse_module(&M, src, (int64_t)strlen(src), str_intern_c("<parse>"));
    have_ast = true;
    ck_assert_msg(r == -1, "parse of %s should fail", src);
    ck_assert(err_occurred());
    ck_assert_str_eq(exc_type_name(), type);
    return u_exc_msg();
}

static int64_t cint(Node *n) {
    ck_assert_int_eq(n->kind, N_CONST);
    int64_t v = 0;
    ck_assert(val_as_i64(n->value, &v));
    return v;
}

static bool is_name(Node *n, const char *s) { return n && n->kind == N_NAME && str_eq_c(n->name, s); }

/* ---- expressions ---------------------------------------------------------- */
START_TEST(parse_precedence_add_mul)
{
    Node *e = parse_expr("1 + 2 * 3\n");
    ck_assert_int_eq(e->kind, N_BINOP);
    ck_assert_int_eq(e->op, BOP_ADD);
    ck_assert_int_eq(cint(e->a), 1);
    ck_assert_int_eq(e->b->kind, N_BINOP);
    ck_assert_int_eq(e->b->op, BOP_MUL);
    ck_assert_int_eq(cint(e->b->a), 2);
    ck_assert_int_eq(cint(e->b->b), 3);
}
END_TEST

START_TEST(parse_left_assoc)
{
    Node *e = parse_expr("a - b - c\n");
    ck_assert_int_eq(e->op, BOP_SUB);
    ck_assert_int_eq(e->a->kind, N_BINOP); /* (a - b) - c */
    ck_assert(is_name(e->a->a, "a"));
    ck_assert(is_name(e->a->b, "b"));
    ck_assert(is_name(e->b, "c"));
    e = parse_expr("(a - b) * c | d & e\n");
    ck_assert_int_eq(e->op, BOP_OR);
    ck_assert_int_eq(e->a->op, BOP_MUL);
    ck_assert_int_eq(e->a->a->op, BOP_SUB);
    ck_assert_int_eq(e->b->op, BOP_AND);
}
END_TEST

START_TEST(parse_power_right_assoc)
{
    Node *e = parse_expr("2 ** 3 ** 2\n");
    ck_assert_int_eq(e->op, BOP_POW);
    ck_assert_int_eq(cint(e->a), 2);
    ck_assert_int_eq(e->b->kind, N_BINOP);
    ck_assert_int_eq(e->b->op, BOP_POW);
}
END_TEST

START_TEST(parse_neg_pow)
{
    /* -2**2 is -(2**2) */
    Node *e = parse_expr("-2**2\n");
    ck_assert_int_eq(e->kind, N_UNARY);
    ck_assert_int_eq(e->op, UOP_NEG);
    ck_assert_int_eq(e->a->kind, N_BINOP);
    ck_assert_int_eq(e->a->op, BOP_POW);
    ck_assert_int_eq(cint(e->a->a), 2);
    ck_assert_int_eq(cint(e->a->b), 2);
    /* 2**-1: the exponent may be unary */
    e = parse_expr("2**-1\n");
    ck_assert_int_eq(e->op, BOP_POW);
    ck_assert_int_eq(cint(e->b), -1);
    Value v = py_eval("-2**2");
    ck_assert(v == MK_SMALL(-4));
}
END_TEST

START_TEST(parse_chained_compare)
{
    Node *e = parse_expr("a < b <= c\n");
    ck_assert_int_eq(e->kind, N_COMPARE);
    ck_assert(is_name(e->a, "a"));
    ck_assert_int_eq(e->l1.n, 2);
    ck_assert(is_name(e->l1.v[0], "b"));
    ck_assert(is_name(e->l1.v[1], "c"));
    ck_assert_int_eq(e->l2.n, 2);
    ck_assert_int_eq(e->l2.v[0]->op, CMPOP_LT);
    ck_assert_int_eq(e->l2.v[1]->op, CMPOP_LE);
}
END_TEST

START_TEST(parse_compare_keywords)
{
    Node *e = parse_expr("a not in b is not c in d is e\n");
    ck_assert_int_eq(e->kind, N_COMPARE);
    ck_assert_int_eq(e->l2.n, 4);
    ck_assert_int_eq(e->l2.v[0]->op, CMPOP_NOTIN);
    ck_assert_int_eq(e->l2.v[1]->op, CMPOP_ISNOT);
    ck_assert_int_eq(e->l2.v[2]->op, CMPOP_IN);
    ck_assert_int_eq(e->l2.v[3]->op, CMPOP_IS);
}
END_TEST

START_TEST(parse_not_and_or)
{
    /* not a and b  ==  (not a) and b */
    Node *e = parse_expr("not a and b\n");
    ck_assert_int_eq(e->kind, N_BOOLOP);
    ck_assert_int_eq(e->op, 0);
    ck_assert_int_eq(e->l1.n, 2);
    ck_assert_int_eq(e->l1.v[0]->kind, N_UNARY);
    ck_assert_int_eq(e->l1.v[0]->op, UOP_NOT);
    ck_assert(is_name(e->l1.v[0]->a, "a"));
    ck_assert(is_name(e->l1.v[1], "b"));
    /* a or b and c  ==  a or (b and c) */
    e = parse_expr("a or b and c or d\n");
    ck_assert_int_eq(e->op, 1);
    ck_assert_int_eq(e->l1.n, 3);
    ck_assert_int_eq(e->l1.v[1]->kind, N_BOOLOP);
    ck_assert_int_eq(e->l1.v[1]->op, 0);
    /* not binds looser than comparison */
    e = parse_expr("not a == b\n");
    ck_assert_int_eq(e->kind, N_UNARY);
    ck_assert_int_eq(e->a->kind, N_COMPARE);
}
END_TEST

START_TEST(parse_conditional_expr)
{
    Node *e = parse_expr("x if c else y if d else z\n");
    ck_assert_int_eq(e->kind, N_IFEXP);
    ck_assert(is_name(e->b, "x"));
    ck_assert(is_name(e->a, "c"));
    ck_assert_int_eq(e->c->kind, N_IFEXP); /* right-nested */
    ck_assert(is_name(e->c->b, "y"));
    ck_assert(is_name(e->c->c, "z"));
}
END_TEST

START_TEST(parse_lambda)
{
    Node *e = parse_expr("lambda x, y=1, *a, k, **kw: x + y\n");
    ck_assert_int_eq(e->kind, N_LAMBDA);
    Params *p = e->params;
    ck_assert_int_eq(p->npos, 2);
    ck_assert(str_eq_c(p->names[0], "x"));
    ck_assert(str_eq_c(p->names[1], "y"));
    ck_assert_int_eq(p->ndefaults, 1);
    ck_assert_int_eq(cint(p->defaults[0]), 1);
    ck_assert(p->vararg && str_eq_c(p->vararg, "a"));
    ck_assert_int_eq(p->nkwonly, 1);
    ck_assert(str_eq_c(p->kwonly[0], "k"));
    ck_assert_ptr_null(p->kwdefaults[0]);
    ck_assert(p->kwarg && str_eq_c(p->kwarg, "kw"));
    ck_assert_int_eq(e->a->kind, N_BINOP);
    e = parse_expr("lambda: 0\n");
    ck_assert_int_eq(e->params->npos, 0);
}
END_TEST

START_TEST(parse_call_arguments)
{
    Node *e = parse_expr("f(1, *a, k=2, **kw)\n");
    ck_assert_int_eq(e->kind, N_CALL);
    ck_assert(is_name(e->a, "f"));
    ck_assert_int_eq(e->l1.n, 2);
    ck_assert_int_eq(cint(e->l1.v[0]), 1);
    ck_assert_int_eq(e->l1.v[1]->kind, N_STARRED);
    ck_assert(is_name(e->l1.v[1]->a, "a"));
    ck_assert_int_eq(e->l2.n, 2);
    ck_assert_int_eq(e->l2.v[0]->kind, N_KEYWORD);
    ck_assert(str_eq_c(e->l2.v[0]->name, "k"));
    ck_assert_int_eq(cint(e->l2.v[0]->a), 2);
    ck_assert_int_eq(e->l2.v[1]->kind, N_DSTARARG);
    ck_assert(is_name(e->l2.v[1]->a, "kw"));
}
END_TEST

START_TEST(parse_call_genexp_and_methods)
{
    Node *e = parse_expr("sum(x for x in y)\n");
    ck_assert_int_eq(e->l1.n, 1);
    ck_assert_int_eq(e->l1.v[0]->kind, N_GENEXP);
    e = parse_expr("a.b.c(1)(2)\n");
    ck_assert_int_eq(e->kind, N_CALL);
    ck_assert_int_eq(e->a->kind, N_CALL);
    ck_assert_int_eq(e->a->a->kind, N_ATTR);
    ck_assert(str_eq_c(e->a->a->name, "c"));
    ck_assert_int_eq(e->a->a->a->kind, N_ATTR);
    ck_assert(is_name(e->a->a->a->a, "a"));
}
END_TEST

START_TEST(parse_subscripts_slices)
{
    Node *e = parse_expr("a[1]\n");
    ck_assert_int_eq(e->kind, N_SUBSCRIPT);
    ck_assert_int_eq(cint(e->b), 1);
    e = parse_expr("a[1:2]\n");
    ck_assert_int_eq(e->b->kind, N_SLICE);
    ck_assert_int_eq(cint(e->b->a), 1);
    ck_assert_int_eq(cint(e->b->b), 2);
    ck_assert_ptr_null(e->b->c);
    e = parse_expr("a[::-1]\n");
    ck_assert_int_eq(e->b->kind, N_SLICE);
    ck_assert_ptr_null(e->b->a);
    ck_assert_ptr_null(e->b->b);
    ck_assert_int_eq(cint(e->b->c), -1);
    e = parse_expr("a[1, 2:3]\n");
    ck_assert_int_eq(e->b->kind, N_TUPLE);
    ck_assert_int_eq(e->b->l1.n, 2);
    ck_assert_int_eq(e->b->l1.v[1]->kind, N_SLICE);
    e = parse_expr("a[:]\n");
    ck_assert_int_eq(e->b->kind, N_SLICE);
    ck_assert_ptr_null(e->b->a);
    ck_assert_ptr_null(e->b->b);
}
END_TEST

START_TEST(parse_comprehensions)
{
    Node *e = parse_expr("[x * 2 for x in y if x if x > 1 for z in x]\n");
    ck_assert_int_eq(e->kind, N_LISTCOMP);
    ck_assert_int_eq(e->a->kind, N_BINOP);
    ck_assert_int_eq(e->l1.n, 2);
    Node *g = e->l1.v[0];
    ck_assert_int_eq(g->kind, N_COMPFOR);
    ck_assert(is_name(g->a, "x"));
    ck_assert(is_name(g->b, "y"));
    ck_assert_int_eq(g->l1.n, 2);
    ck_assert(is_name(e->l1.v[1]->a, "z"));
    e = parse_expr("{k: v for k, v in items}\n");
    ck_assert_int_eq(e->kind, N_DICTCOMP);
    ck_assert(is_name(e->a, "k"));
    ck_assert(is_name(e->b, "v"));
    ck_assert_int_eq(e->l1.v[0]->a->kind, N_TUPLE);
    e = parse_expr("{v for v in s}\n");
    ck_assert_int_eq(e->kind, N_SETCOMP);
    e = parse_expr("(v for v in s)\n");
    ck_assert_int_eq(e->kind, N_GENEXP);
}
END_TEST

START_TEST(parse_displays)
{
    Node *e = parse_expr("(1,)\n");
    ck_assert_int_eq(e->kind, N_TUPLE);
    ck_assert_int_eq(e->l1.n, 1);
    e = parse_expr("()\n");
    ck_assert_int_eq(e->kind, N_TUPLE);
    ck_assert_int_eq(e->l1.n, 0);
    e = parse_expr("(1)\n");
    ck_assert_int_eq(e->kind, N_CONST);
    e = parse_expr("[1, *a]\n");
    ck_assert_int_eq(e->kind, N_LIST);
    ck_assert_int_eq(e->l1.v[1]->kind, N_STARRED);
    e = parse_expr("{}\n");
    ck_assert_int_eq(e->kind, N_DICT);
    ck_assert_int_eq(e->l1.n, 0);
    e = parse_expr("{1: 2, **d}\n");
    ck_assert_int_eq(e->kind, N_DICT);
    ck_assert_int_eq(e->l1.n, 2);
    ck_assert_ptr_null(e->l1.v[1]); /* **d has no key */
    e = parse_expr("{1, 2}\n");
    ck_assert_int_eq(e->kind, N_SET);
    e = parse_expr("1, 2\n");
    ck_assert_int_eq(e->kind, N_TUPLE);
}
END_TEST

START_TEST(parse_string_concat_and_fstring)
{
    Node *e = parse_expr("'a' \"b\" 'c'\n");
    ck_assert_int_eq(e->kind, N_CONST);
    ck_assert(str_is(e->value, "abc"));
    e = parse_expr("f'x{y!r:>{w}}z'\n");
    ck_assert_int_eq(e->kind, N_JOINEDSTR);
    ck_assert_int_eq(e->l1.n, 3);
    ck_assert(str_is(e->l1.v[0]->value, "x"));
    Node *f = e->l1.v[1];
    ck_assert_int_eq(f->kind, N_FORMATTED);
    ck_assert_int_eq(f->op, 'r');
    ck_assert(is_name(f->a, "y"));
    ck_assert_ptr_nonnull(f->b);
    ck_assert(str_is(e->l1.v[2]->value, "z"));
}
END_TEST

START_TEST(parse_negative_literal_folded)
{
    Node *e = parse_expr("-5\n");
    ck_assert_int_eq(cint(e), -5);
    e = parse_expr("- -5\n");
    ck_assert_int_eq(cint(e), 5);
    e = parse_expr("-x\n");
    ck_assert_int_eq(e->kind, N_UNARY);
    e = parse_expr("~5\n");
    ck_assert_int_eq(e->kind, N_UNARY);
    ck_assert_int_eq(e->op, UOP_INVERT);
}
END_TEST

/* ---- statements ------------------------------------------------------------ */
START_TEST(parse_assignments)
{
    NodeList *b = parse_ok("a = b = 1\nx, *y = z\nc += 2\nd: int = 3\n");
    ck_assert_int_eq(b->n, 4);
    ck_assert_int_eq(b->v[0]->kind, N_ASSIGN);
    ck_assert_int_eq(b->v[0]->l1.n, 2);
    ck_assert(is_name(b->v[0]->l1.v[0], "a"));
    ck_assert(is_name(b->v[0]->l1.v[1], "b"));
    ck_assert_int_eq(cint(b->v[0]->a), 1);
    ck_assert_int_eq(b->v[1]->l1.v[0]->kind, N_TUPLE);
    ck_assert_int_eq(b->v[1]->l1.v[0]->l1.v[1]->kind, N_STARRED);
    ck_assert_int_eq(b->v[2]->kind, N_AUGASSIGN);
    ck_assert_int_eq(b->v[2]->op, BOP_ADD);
    ck_assert_int_eq(b->v[3]->kind, N_ANNASSIGN);
    ck_assert_int_eq(cint(b->v[3]->c), 3);
}
END_TEST

START_TEST(parse_semicolons_and_lines)
{
    NodeList *b = parse_ok("a = 1; b = 2\n\n\nc = 3\n");
    ck_assert_int_eq(b->n, 3);
    ck_assert_int_eq(b->v[0]->line, 1);
    ck_assert_int_eq(b->v[1]->line, 1);
    ck_assert_int_eq(b->v[2]->line, 4);
}
END_TEST

START_TEST(parse_if_elif_else)
{
    NodeList *b = parse_ok("if a:\n    x\nelif b:\n    y\nelse:\n    z\n");
    ck_assert_int_eq(b->n, 1);
    Node *n = b->v[0];
    ck_assert_int_eq(n->kind, N_IF);
    ck_assert(is_name(n->a, "a"));
    ck_assert_int_eq(n->l1.n, 1);
    ck_assert_int_eq(n->l2.n, 1);
    Node *el = n->l2.v[0];
    ck_assert_int_eq(el->kind, N_IF); /* elif is a nested if */
    ck_assert(is_name(el->a, "b"));
    ck_assert_int_eq(el->l2.n, 1);
    ck_assert_int_eq(el->l2.v[0]->kind, N_EXPR);
}
END_TEST

START_TEST(parse_loops)
{
    NodeList *b = parse_ok("for i, j in x:\n    pass\nelse:\n    break\nwhile 1:\n    continue\n");
    ck_assert_int_eq(b->n, 2);
    ck_assert_int_eq(b->v[0]->kind, N_FOR);
    ck_assert_int_eq(b->v[0]->a->kind, N_TUPLE);
    ck_assert(is_name(b->v[0]->b, "x"));
    ck_assert_int_eq(b->v[0]->l1.v[0]->kind, N_PASS);
    ck_assert_int_eq(b->v[0]->l2.v[0]->kind, N_BREAK);
    ck_assert_int_eq(b->v[1]->kind, N_WHILE);
    ck_assert_int_eq(b->v[1]->l1.v[0]->kind, N_CONTINUE);
}
END_TEST

START_TEST(parse_decorators_funcdef)
{
    NodeList *b = parse_ok("@dec\n@mod.attr(1)\ndef f(a, b=2, *, c) -> int:\n    return a\n");
    ck_assert_int_eq(b->n, 1);
    Node *f = b->v[0];
    ck_assert_int_eq(f->kind, N_FUNCDEF);
    ck_assert(str_eq_c(f->name, "f"));
    ck_assert_int_eq(f->l2.n, 2);
    ck_assert(is_name(f->l2.v[0], "dec"));
    ck_assert_int_eq(f->l2.v[1]->kind, N_CALL);
    ck_assert_int_eq(f->params->npos, 2);
    ck_assert_int_eq(f->params->ndefaults, 1);
    ck_assert_int_eq(f->params->nkwonly, 1);
    ck_assert_ptr_null(f->params->vararg);
    ck_assert_int_eq(f->l1.n, 1);
    ck_assert_int_eq(f->l1.v[0]->kind, N_RETURN);
}
END_TEST

START_TEST(parse_class_with_bases)
{
    NodeList *b = parse_ok("@deco\nclass A(B, mod.C):\n    x = 1\n    def m(self): pass\n");
    Node *c = b->v[0];
    ck_assert_int_eq(c->kind, N_CLASSDEF);
    ck_assert(str_eq_c(c->name, "A"));
    ck_assert_int_eq(c->l2.n, 2);
    ck_assert(is_name(c->l2.v[0], "B"));
    ck_assert_int_eq(c->l2.v[1]->kind, N_ATTR);
    ck_assert_int_eq(c->l1.n, 2);
    ck_assert_int_eq(c->l1.v[1]->kind, N_FUNCDEF);
    ck_assert_int_eq(c->l3.n, 1);
    b = parse_ok("class E: pass\n");
    ck_assert_int_eq(b->v[0]->l2.n, 0);
}
END_TEST

START_TEST(parse_try_statement)
{
    NodeList *b = parse_ok(
        "try:\n    a\nexcept (K, V) as e:\n    b\nexcept T:\n    c\nexcept:\n    d\nelse:\n    f\nfinally:\n    g\n");
    Node *t = b->v[0];
    ck_assert_int_eq(t->kind, N_TRY);
    ck_assert_int_eq(t->l1.n, 1);
    ck_assert_int_eq(t->l2.n, 3);
    Node *h = t->l2.v[0];
    ck_assert_int_eq(h->kind, N_HANDLER);
    ck_assert_int_eq(h->a->kind, N_TUPLE);
    ck_assert(str_eq_c(h->name, "e"));
    ck_assert(is_name(t->l2.v[1]->a, "T"));
    ck_assert_ptr_null(t->l2.v[1]->name);
    ck_assert_ptr_null(t->l2.v[2]->a); /* bare except */
    ck_assert_int_eq(t->l3.n, 1);
    ck_assert_int_eq(t->l4.n, 1);
    b = parse_ok("try:\n    a\nfinally:\n    b\n");
    ck_assert_int_eq(b->v[0]->l2.n, 0);
    ck_assert_int_eq(b->v[0]->l4.n, 1);
}
END_TEST

START_TEST(parse_with_items)
{
    NodeList *b = parse_ok("with open(f) as g, lock, x as (y, z):\n    pass\n");
    Node *w = b->v[0];
    ck_assert_int_eq(w->kind, N_WITH);
    ck_assert_int_eq(w->l1.n, 3);
    ck_assert_int_eq(w->l1.v[0]->kind, N_WITHITEM);
    ck_assert_int_eq(w->l1.v[0]->a->kind, N_CALL);
    ck_assert(is_name(w->l1.v[0]->b, "g"));
    ck_assert(is_name(w->l1.v[1]->a, "lock"));
    ck_assert_ptr_null(w->l1.v[1]->b);
    ck_assert_int_eq(w->l1.v[2]->b->kind, N_TUPLE);
    ck_assert_int_eq(w->l2.n, 1);
    b = parse_ok("with (a as b, c as d):\n    pass\n");
    ck_assert_int_eq(b->v[0]->l1.n, 2);
}
END_TEST

START_TEST(parse_simple_statements)
{
    NodeList *b = parse_ok("import a.b as c, d\nfrom e import f as g, h\nglobal x, y\ndel a[0], b\n"
                           "assert x, 'msg'\nraise E from F\nreturn\n");
    ck_assert_int_eq(b->n, 7);
    ck_assert_int_eq(b->v[0]->kind, N_IMPORT);
    ck_assert(str_eq_c(b->v[0]->l1.v[0]->name, "a.b"));
    ck_assert(str_eq_c(b->v[0]->l1.v[0]->name2, "c"));
    ck_assert_int_eq(b->v[1]->kind, N_IMPORTFROM);
    ck_assert(str_eq_c(b->v[1]->name, "e"));
    ck_assert_int_eq(b->v[1]->l1.n, 2);
    ck_assert_int_eq(b->v[2]->kind, N_GLOBAL);
    ck_assert_int_eq(b->v[2]->l1.n, 2);
    ck_assert_int_eq(b->v[3]->kind, N_DELETE);
    ck_assert_int_eq(b->v[3]->l1.n, 2);
    ck_assert_int_eq(b->v[4]->kind, N_ASSERT);
    ck_assert_ptr_nonnull(b->v[4]->b);
    ck_assert_int_eq(b->v[5]->kind, N_RAISE);
    ck_assert(is_name(b->v[5]->b, "F"));
    ck_assert_int_eq(b->v[6]->kind, N_RETURN); /* the parser accepts it; the compiler rejects it */
    ck_assert_ptr_null(b->v[6]->a);
}
END_TEST

/* ---- errors ---------------------------------------------------------------------- */
START_TEST(err_missing_colon)
{
    ck_assert_str_eq(parse_err("if x\n    pass\n", "SyntaxError"), "expected ':'");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 1);
    ck_assert_int_eq(u_exc_dict_int("offset"), 5);
    err_clear();
    ck_assert_str_eq(parse_err("def f()\n    pass\n", "SyntaxError"), "expected ':'");
    err_clear();
    ck_assert_str_eq(parse_err("for x in range(3):\n  pass\nelse x\n", "SyntaxError"), "expected ':'");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 3);
}
END_TEST

START_TEST(err_invalid_syntax)
{
    ck_assert_str_eq(parse_err("a b\n", "SyntaxError"), "invalid syntax");
    ck_assert_int_eq(u_exc_dict_int("offset"), 3);
    err_clear();
    ck_assert_str_eq(parse_err("1 +\n", "SyntaxError"), "invalid syntax");
    err_clear();
    ck_assert_str_eq(parse_err("x = (1 2)\n", "SyntaxError"), "invalid syntax. Perhaps you forgot a comma?");
    err_clear();
    ck_assert_str_eq(parse_err("x += 1, = 2\n", "SyntaxError"), "invalid syntax");
}
END_TEST

START_TEST(err_unexpected_indent)
{
    ck_assert_str_eq(parse_err("x = 1\n    y = 2\n", "IndentationError"), "unexpected indent");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 2);
    ck_assert(err_matches(&Exc_SyntaxError));
}
END_TEST

START_TEST(err_expected_indented_block)
{
    ck_assert_str_eq(parse_err("if x:\npass\n", "IndentationError"), "expected an indented block after 'if' statement on line 1");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 2);
    err_clear();
    ck_assert_str_eq(parse_err("a = 1\n\nwhile a:\nb\n", "IndentationError"),
                     "expected an indented block after 'while' statement on line 3");
    err_clear();
    ck_assert_str_eq(parse_err("def f():\nreturn 1\n", "IndentationError"),
                     "expected an indented block after function definition on line 1");
    err_clear();
    ck_assert_str_eq(parse_err("try:\n    a\nexcept E:\nb\n", "IndentationError"),
                     "expected an indented block after 'except' statement on line 3");
}
END_TEST

START_TEST(err_cannot_assign)
{
    ck_assert_str_eq(parse_err("1 = x\n", "SyntaxError"), "cannot assign to literal here. Maybe you meant '==' instead of '='?");
    err_clear();
    ck_assert_str_eq(parse_err("f() = 1\n", "SyntaxError"),
                     "cannot assign to function call here. Maybe you meant '==' instead of '='?");
    err_clear();
    ck_assert_str_eq(parse_err("None = 1\n", "SyntaxError"), "cannot assign to None");
    err_clear();
    ck_assert_str_eq(parse_err("del f()\n", "SyntaxError"), "cannot delete function call");
    err_clear();
    ck_assert_str_eq(parse_err("(a, b) += 1\n", "SyntaxError"), "'tuple' is an illegal expression for augmented assignment");
    err_clear();
    ck_assert_str_eq(parse_err("a < b = 1\n", "SyntaxError"), "cannot assign to comparison");
    err_clear();
    ck_assert_str_eq(parse_err("x if y else z = 1\n", "SyntaxError"), "cannot assign to conditional expression");
    err_clear();
    ck_assert_str_eq(parse_err("lambda: 1 = 1\n", "SyntaxError"), "cannot assign to lambda");
    err_clear();
    ck_assert_str_eq(parse_err("x, 1 = y\n", "SyntaxError"), "cannot assign to literal here. Maybe you meant '==' instead of '='?");
}
END_TEST

START_TEST(err_cannot_assign_for_target)
{
    /* CPython: no "Maybe you meant '=='" hint for a for-loop target */
    ck_assert_str_eq(parse_err("for 1 in x: pass\n", "SyntaxError"), "cannot assign to literal");
}
END_TEST

START_TEST(err_cannot_assign_expression)
{
    ck_assert_str_eq(parse_err("a + 1 = 2\n", "SyntaxError"),
                     "cannot assign to expression here. Maybe you meant '==' instead of '='?");
}
END_TEST

START_TEST(err_call_arguments)
{
    ck_assert_str_eq(parse_err("f(a=1, b)\n", "SyntaxError"), "positional argument follows keyword argument");
    err_clear();
    ck_assert_str_eq(parse_err("f(**k, b)\n", "SyntaxError"), "positional argument follows keyword argument unpacking");
    err_clear();
    ck_assert_str_eq(parse_err("f(a=1, a=2)\n", "SyntaxError"), "keyword argument repeated: a");
    err_clear();
    ck_assert_str_eq(parse_err("f(x, y=1, x=2, y=3)\n", "SyntaxError"), "keyword argument repeated: y");
}
END_TEST

START_TEST(err_parameters)
{
    ck_assert_str_eq(parse_err("def f(a=1, b): pass\n", "SyntaxError"), "non-default argument follows default argument");
    err_clear();
    ck_assert_str_eq(parse_err("def f(*): pass\n", "SyntaxError"), "named arguments must follow bare *");
    err_clear();
    ck_assert_str_eq(parse_err("def f(a, a): pass\n", "SyntaxError"), "duplicate argument 'a' in function definition");
}
END_TEST

START_TEST(err_misc_messages)
{
    ck_assert_str_eq(parse_err("x = 1 if 2\n", "SyntaxError"), "expected 'else' after 'if' expression");
    err_clear();
    ck_assert_str_eq(parse_err("try:\n    pass\nx = 1\n", "SyntaxError"), "expected 'except' or 'finally' block");
    err_clear();
    ck_assert_str_eq(parse_err("else:\n    pass\n", "SyntaxError"), "invalid syntax");
}
END_TEST

START_TEST(err_deep_parens_10000)
{
    char *src = malloc(10002);
    memset(src, '(', 10000);
    src[10000] = '\n';
    src[10001] = 0;
    ck_assert_str_eq(parse_err(src, "SyntaxError"), "too many nested parentheses");
    free(src);
}
END_TEST

START_TEST(err_deep_nesting_no_crash)
{
    /* deep nesting that the tokenizer does not see: unary minus, not, lambda,
     * conditional expressions.  An exception, never a crash. */
    const char *units[] = {"-", "not ", "~", "+", "a if b else "};
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t ul = strlen(units[u]);
        char *src = malloc(ul * 10000 + 4);
        for (int i = 0; i < 10000; i++) memcpy(src + ul * (size_t)i, units[u], ul);
        strcpy(src + ul * 10000, "1\n");
        if (have_ast) ast_free(&M);
        int r = parse_module(&M, src, (int64_t)strlen(src), str_intern_c("<deep>"));
        have_ast = true;
        free(src);
        ck_assert_int_eq(r, -1);
        ck_assert(err_matches(&Exc_SyntaxError) || err_matches(&Exc_RecursionError) || err_matches(&Exc_MemoryError));
        err_clear();
    }
}
END_TEST

START_TEST(err_deep_lambda_no_crash)
{
    /* "lambda: " * 100000 + "1": an exception (CPython: MemoryError), not a
     * crash; nested lambdas must count against the parser's depth limit */
    size_t n = 100000, ul = strlen("lambda: ");
    char *src = malloc(ul * n + 4);
    for (size_t i = 0; i < n; i++) memcpy(src + ul * i, "lambda: ", ul);
    strcpy(src + ul * n, "1\n");
    Code *co = compile_module(src, (int64_t)strlen(src), str_intern_c("<deep>"));
    free(src);
    ck_assert_ptr_null(co);
    ck_assert(err_matches(&Exc_SyntaxError) || err_matches(&Exc_RecursionError) || err_matches(&Exc_MemoryError));
}
END_TEST

START_TEST(err_deep_brackets_compile)
{
    /* through compile_module as well: no crash, a SyntaxError */
    char *src = malloc(20005);
    memcpy(src, "x = ", 4);
    memset(src + 4, '[', 10000);
    memset(src + 10004, ']', 10000);
    src[20004] = 0;
    Code *co = compile_module(src, (int64_t)strlen(src), str_intern_c("<deep>"));
    free(src);
    ck_assert_ptr_null(co);
    ck_assert_str_eq(exc_type_name(), "SyntaxError");
    ck_assert_str_eq(u_exc_msg(), "too many nested parentheses");
}
END_TEST

START_TEST(parse_nesting_within_limits)
{
    /* 100 nested parentheses around an expression parse fine */
    char src[300];
    memcpy(src, "x = ", 4);
    memset(src + 4, '(', 100);
    src[104] = '1';
    memset(src + 105, ')', 100);
    src[205] = '\n';
    src[206] = 0;
    NodeList *b = parse_ok(src);
    ck_assert_int_eq(b->v[0]->kind, N_ASSIGN);
    ck_assert_int_eq(cint(b->v[0]->a), 1);
}
END_TEST

Suite *suite_parser(void) {
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("expressions");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, parse_precedence_add_mul);
    tcase_add_test(tc, parse_left_assoc);
    tcase_add_test(tc, parse_power_right_assoc);
    tcase_add_test(tc, parse_neg_pow);
    tcase_add_test(tc, parse_chained_compare);
    tcase_add_test(tc, parse_compare_keywords);
    tcase_add_test(tc, parse_not_and_or);
    tcase_add_test(tc, parse_conditional_expr);
    tcase_add_test(tc, parse_lambda);
    tcase_add_test(tc, parse_call_arguments);
    tcase_add_test(tc, parse_call_genexp_and_methods);
    tcase_add_test(tc, parse_subscripts_slices);
    tcase_add_test(tc, parse_comprehensions);
    tcase_add_test(tc, parse_displays);
    tcase_add_test(tc, parse_string_concat_and_fstring);
    tcase_add_test(tc, parse_negative_literal_folded);
    suite_add_tcase(s, tc);

    tc = tcase_create("statements");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, parse_assignments);
    tcase_add_test(tc, parse_semicolons_and_lines);
    tcase_add_test(tc, parse_if_elif_else);
    tcase_add_test(tc, parse_loops);
    tcase_add_test(tc, parse_decorators_funcdef);
    tcase_add_test(tc, parse_class_with_bases);
    tcase_add_test(tc, parse_try_statement);
    tcase_add_test(tc, parse_with_items);
    tcase_add_test(tc, parse_simple_statements);
    suite_add_tcase(s, tc);

    tc = tcase_create("errors");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, err_missing_colon);
    tcase_add_test(tc, err_invalid_syntax);
    tcase_add_test(tc, err_unexpected_indent);
    tcase_add_test(tc, err_expected_indented_block);
    tcase_add_test(tc, err_cannot_assign);
    tcase_add_test(tc, err_cannot_assign_expression);
    tcase_add_test(tc, err_cannot_assign_for_target);
    tcase_add_test(tc, err_call_arguments);
    tcase_add_test(tc, err_parameters);
    tcase_add_test(tc, err_misc_messages);
    tcase_add_test(tc, err_deep_parens_10000);
    tcase_add_test(tc, err_deep_nesting_no_crash);
    tcase_add_test(tc, err_deep_lambda_no_crash);
    tcase_add_test(tc, err_deep_brackets_compile);
    tcase_add_test(tc, parse_nesting_within_limits);
    suite_add_tcase(s, tc);
    return s;
}
