/* ast.h - tokens and the syntax tree shared by lexer.c, parser.c and
 * compiler.c.  Nodes live in an arena freed when compilation ends. */
#ifndef TWINPY_AST_H
#define TWINPY_AST_H

#include "runtime.h"

/* ---- tokens ------------------------------------------------------------- */
enum {
    T_EOF, T_NEWLINE, T_INDENT, T_DEDENT, T_NAME, T_NUMBER, T_STRING, T_FSTRING, T_OP,
};

typedef struct {
    int kind;
    int line, col;       /* 1-based line, 1-based column (of the first char) */
    const char *start;   /* points into the source */
    int len;
    int op;              /* T_OP: which operator (an OP_* below) */
    Value value;         /* T_NUMBER, T_STRING: the value (owned by the lexer's list) */
    int end_line;        /* line where the token ends (triple-quoted strings) */
} Token;

/* Operators and delimiters. */
#define OPERATOR_LIST(X) \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") \
    X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(DOT, ".") X(ELLIPSIS, "...") X(ARROW, "->") \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(DSLASH, "//") X(PERCENT, "%") \
    X(DSTAR, "**") X(AT, "@") X(LSHIFT, "<<") X(RSHIFT, ">>") X(AMP, "&") X(VBAR, "|") \
    X(CIRCUMFLEX, "^") X(TILDE, "~") X(LT, "<") X(GT, ">") X(LE, "<=") X(GE, ">=") \
    X(EQEQ, "==") X(NE, "!=") X(EQ, "=") X(PLUSEQ, "+=") X(MINUSEQ, "-=") X(STAREQ, "*=") \
    X(SLASHEQ, "/=") X(DSLASHEQ, "//=") X(PERCENTEQ, "%=") X(DSTAREQ, "**=") X(ATEQ, "@=") \
    X(LSHIFTEQ, "<<=") X(RSHIFTEQ, ">>=") X(AMPEQ, "&=") X(VBAREQ, "|=") X(CIRCUMFLEXEQ, "^=") \
    X(WALRUS, ":=") X(BANG, "!")
enum {
#define X(n, s) OP_##n,
    OPERATOR_LIST(X)
#undef X
    OP_COUNT
};

typedef struct {
    Token *toks;
    int n, cap;
    const char *src;
    int64_t srclen;
    Str *filename;
} TokenList;

/* Tokenize src; on error sets SyntaxError and returns -1. */
int lex(TokenList *tl, const char *src, int64_t len, Str *filename, int line_offset, int col_offset);
void lex_free(TokenList *tl);
/* Decode the body of a (non-f) string literal with its prefix into a str. */
Value lex_decode_string(const char *body, int64_t len, bool raw, int line, Str *filename, const char *linetext);
const char *lex_line_text(const char *src, int64_t srclen, int line, char *buf, size_t n);
const char *lex_line_around(const char *src, int64_t srclen, const char *at, char *buf, size_t n);

/* ---- the syntax tree ------------------------------------------------------- */
#define NODE_LIST(X) \
    /* expressions */ \
    X(CONST) X(NAME) X(ATTR) X(SUBSCRIPT) X(SLICE) X(CALL) X(BINOP) X(UNARY) X(BOOLOP) \
    X(COMPARE) X(IFEXP) X(LAMBDA) X(TUPLE) X(LIST) X(SET) X(DICT) X(LISTCOMP) X(SETCOMP) \
    X(GENEXP) X(DICTCOMP) X(STARRED) X(JOINEDSTR) X(FORMATTED) X(YIELD) X(YIELDFROM) \
    X(KEYWORD) X(DSTARARG) X(COMPFOR) X(NAMEDEXPR) \
    /* statements */ \
    X(EXPR) X(ASSIGN) X(AUGASSIGN) X(ANNASSIGN) X(IF) X(WHILE) X(FOR) X(BREAK) X(CONTINUE) \
    X(PASS) X(FUNCDEF) X(RETURN) X(CLASSDEF) X(TRY) X(HANDLER) X(RAISE) X(WITH) X(WITHITEM) \
    X(ASSERT) X(DELETE) X(GLOBAL) X(NONLOCAL) X(IMPORT) X(IMPORTFROM) X(ALIAS)
enum {
#define X(n) N_##n,
    NODE_LIST(X)
#undef X
};

typedef struct Node Node;
typedef struct {
    Node **v;
    int n;
} NodeList;

typedef struct {
    Str **names;      /* positional parameters (posonly included) */
    Node **defaults;  /* for the last ndefaults positional parameters */
    int npos, ndefaults;
    Str *vararg;      /* *args, or NULL */
    Str **kwonly;
    Node **kwdefaults; /* NULL entries: required */
    int nkwonly;
    Str *kwarg;       /* **kwargs, or NULL */
    int nposonly;     /* the first nposonly names come before '/' */
    Str **ann_names;  /* annotated parameters in order, then "return" */
    Node **ann_exprs; /* their annotations */
    int nann;
} Params;

/* Binary and unary operator codes in nodes reuse BOP_* (runtime.h); these
 * are the rest. */
enum { UOP_NEG, UOP_POS, UOP_NOT, UOP_INVERT };
enum { CMPOP_LT, CMPOP_LE, CMPOP_EQ, CMPOP_NE, CMPOP_GT, CMPOP_GE, CMPOP_IN, CMPOP_NOTIN, CMPOP_IS, CMPOP_ISNOT };

struct Node {
    int kind;
    int line, col;
    int op;          /* BOP_*, UOP_*, 0/1 for and/or, conversion char for FORMATTED */
    Node *a, *b, *c; /* children, meaning depends on kind (see parser.c) */
    NodeList l1, l2, l3, l4;
    Value value;     /* CONST */
    Str *name;       /* NAME, ATTR, FUNCDEF, CLASSDEF, KEYWORD, ALIAS, HANDLER */
    Str *name2;      /* ALIAS: asname */
    Params *params;  /* FUNCDEF, LAMBDA */
    int end_line;    /* last line of a compound statement */
    void *scope;     /* FUNCDEF, LAMBDA, CLASSDEF, comprehensions: their Scope (compiler.c) */
};

typedef struct ArenaBlock ArenaBlock;
typedef struct {
    ArenaBlock *head;
    Value *owned;  /* values (constants) the tree holds references to */
    int nowned, capowned;
} Arena;
void *arena_alloc(Arena *a, size_t n);
void arena_own(Arena *a, Value v);
void arena_free(Arena *a);

typedef struct {
    Arena arena;
    NodeList body;
    Str *filename;
    const char *src;
    int64_t srclen;
} Module_AST;

/* Parse a module; NULL (SyntaxError set) on failure. */
int parse_module(Module_AST *m, const char *src, int64_t len, Str *filename);
void ast_free(Module_AST *m);

#endif
