/* lexer.c - source text to tokens, with Python's indentation rules and
 * CPython's messages for the errors people make most. */
#include <string.h>
#include "ast.h"

static const char *const op_text[] = {
#define X(n, s) s,
    OPERATOR_LIST(X)
#undef X
};

typedef struct {
    TokenList *tl;
    const char *src, *p, *end;
    int line;
    const char *line_start;
    int indents[128];
    int altindents[128]; /* the same indentation counting a tab as one column */
    int nindent;
    int depth;
    struct { char ch; int line, col; } parens[MAX_PAREN_NESTING + 1];
    Str *filename;
    int line_offset, col_offset;
} Lexer;

static const char *copy_line(const char *p, const char *end, char *buf, size_t n) {
    size_t max = (size_t)(end - p) < n - 1 ? (size_t)(end - p) : n - 1; /* only what fits is looked at */
    const char *e = memchr(p, '\n', max);
    if (!e) e = p + max;
    size_t len = (size_t)(e - p);
    if (len >= n) len = n - 1;
    memcpy(buf, p, len);
    buf[len] = 0;
    return buf;
}

/* The line of src that holds the byte at `at`, copied into buf; NULL when
 * `at` is not in src. */
const char *lex_line_around(const char *src, int64_t srclen, const char *at, char *buf, size_t n) {
    const char *p = at, *end = src + srclen;
    if (at < src || at > end) return NULL;
    while (p > src && p[-1] != '\n') p--;
    return copy_line(p, end, buf, n);
}

const char *lex_line_text(const char *src, int64_t srclen, int line, char *buf, size_t n) {
    const char *p = src, *end = src + srclen;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) { p = end; break; }
        p = nl + 1;
    }
    return copy_line(p, end, buf, n);
}

static int lex_error_at(Lexer *L, Type *t, int line, int col, const char *fmt, ...) {
    char msg[400], text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lex_line_text(L->src, L->end - L->src, line, text, sizeof text);
    exc_syntax_error(t, msg, L->filename, line + L->line_offset, col + (line == 1 ? L->col_offset : 0), text);
    return -1;
}
#define lex_error(L, ...) lex_error_at(L, &Exc_SyntaxError, (L)->line, (int)((L)->p - (L)->line_start) + 1, __VA_ARGS__)

static int push(Lexer *L, int kind, const char *start, int len, int col) {
    TokenList *tl = L->tl;
    if (tl->n == tl->cap) {
        int cap = tl->cap ? tl->cap * 2 : 256;
        Token *n = mem_realloc(tl->toks, (size_t)cap * sizeof(Token));
        if (!n) return -1;
        tl->toks = n;
        tl->cap = cap;
    }
    Token *t = &tl->toks[tl->n++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->line = L->line;
    t->end_line = L->line;
    t->col = col;
    t->start = start;
    t->len = len;
    return 0;
}

static bool is_id_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
static bool is_id_char(unsigned char c) { return is_id_start(c) || (c >= '0' && c <= '9'); }

/* Letters of the common scripts may appear in identifiers (an
 * approximation of Unicode's XID_Start/XID_Continue); symbols may not. */
static bool cp_is_letter(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
    if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
    if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;
    if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);
    if (c >= 0x5D0 && c <= 0x5EA) return true;
    if (c >= 0x620 && c <= 0x64A) return true;
    if (c >= 0x900 && c <= 0x97F) return true;
    if (c >= 0x1E00 && c <= 0x1FFF) return true;
    if (c >= 0x3040 && c <= 0x30FF) return true;
    if (c >= 0x4E00 && c <= 0x9FFF) return true;
    if (c >= 0xAC00 && c <= 0xD7A3) return true;
    return false;
}

/* ---- string literals ------------------------------------------------------ */
static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
    return -1;
}

/* The escapes str and bytes literals share: \\ \' \" \a \b \f \n \r \t \v
 * give their character, a backslash-newline gives 0 (nothing); -1: not one
 * of these. */
static int simple_escape(char e) {
    switch (e) {
    case '\n': return 0;
    case '\\': case '\'': case '"': return e;
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return -1;
    }
}

/* \ooo: up to three octal digits, s[*i] the first; *i ends on the last */
static int octal_escape(const char *s, int64_t n, int64_t *i) {
    int v = s[*i] - '0';
    for (int k = 0; k < 2 && *i + 1 < n && s[*i + 1] >= '0' && s[*i + 1] <= '7'; k++) v = v * 8 + (s[++*i] - '0');
    return v;
}

Value lex_decode_string(const char *s, int64_t n, bool raw, int line, Str *filename, const char *linetext) {
    SBuf b;
    sb_init(&b);
    if (raw) {
        sb_add(&b, s, n);
        return sb_finish(&b);
    }
    for (int64_t i = 0; i < n; i++) {
        char c = s[i];
        if (c != '\\' || i + 1 >= n) { sb_addc(&b, c); continue; }
        char e = s[++i];
        int se = simple_escape(e);
        if (se >= 0) { if (se > 0) sb_addc(&b, (char)se); continue; }
        switch (e) {
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            sb_add_utf8(&b, (uint32_t)octal_escape(s, n, &i));
            break;
        case 'x': case 'u': case 'U': {
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (int k = 0; k < digits; k++) {
                int h = i + 1 < n ? hexval(s[i + 1]) : -1;
                if (h < 0) {
                    sb_free(&b);
                    char msg[160];
                    snprintf(msg, sizeof msg, "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\%c%s escape",
                             e, e == 'x' ? "XX" : e == 'u' ? "XXXX" : "XXXXXXXX");
                    exc_syntax_error(&Exc_SyntaxError, msg, filename, line, 0, linetext);
                    return V_NULL;
                }
                v = v * 16 + (uint32_t)h;
                i++;
            }
            if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
                sb_free(&b);
                exc_syntax_error(&Exc_SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character",
                                 filename, line, 0, linetext);
                return V_NULL;
            }
            sb_add_utf8(&b, v);
            break;
        }
        case 'N':
            sb_free(&b);
            exc_syntax_error(&Exc_SyntaxError, "\\N{...} escapes are not supported", filename, line, 0, linetext);
            return V_NULL;
        default:
            sb_addc(&b, '\\');
            sb_addc(&b, e);
        }
    }
    return sb_finish(&b);
}

/* The body of a bytes literal (ASCII, checked): the escapes of a str
 * literal but \u, \U and \N, which stay as they are. */
static Value lex_decode_bytes(const char *s, int64_t n, bool raw, int line, Str *filename, const char *linetext) {
    if (raw) return bytes_new(s, n);
    SBuf b;
    sb_init(&b);
    for (int64_t i = 0; i < n; i++) {
        char c = s[i];
        if (c != '\\' || i + 1 >= n) { sb_addc(&b, c); continue; }
        int64_t at = i;
        char e = s[++i];
        int se = simple_escape(e);
        if (se >= 0) { if (se > 0) sb_addc(&b, (char)se); continue; }
        switch (e) {
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            sb_addc(&b, (char)(octal_escape(s, n, &i) & 0xFF));
            break;
        case 'x': {
            int h = i + 1 < n ? hexval(s[i + 1]) : -1, l = i + 2 < n ? hexval(s[i + 2]) : -1;
            if (h < 0 || l < 0) {
                sb_free(&b);
                char msg[96];
                snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %lld", (long long)at);
                exc_syntax_error(&Exc_SyntaxError, msg, filename, line, 0, linetext);
                return V_NULL;
            }
            sb_addc(&b, (char)(h * 16 + l));
            i += 2;
            break;
        }
        default:
            sb_addc(&b, '\\');
            sb_addc(&b, e);
        }
    }
    if (b.failed) {
        sb_free(&b);
        return err_no_memory();
    }
    Value r = bytes_new(b.buf ? b.buf : "", b.len);
    sb_free(&b);
    return r;
}

/* Reads a string literal starting at the quote; prefix flags already read. */
static int lex_string(Lexer *L, const char *tok_start, int col, bool raw, bool fstr, bool bytes) {
    char q = *L->p;
    bool triple = L->p + 2 < L->end && L->p[1] == q && L->p[2] == q;
    int start_line = L->line;
    const char *start_line_start = L->line_start;
    L->p += triple ? 3 : 1;
    const char *body = L->p;
    for (;;) {
        if (L->p >= L->end) {
            if (triple) {
                L->line_start = start_line_start;
                /* CPython counts the lines of the file: a final newline starts none */
                int last = L->line - (L->end > L->src && L->end[-1] == '\n' ? 1 : 0);
                return lex_error_at(L, &Exc_SyntaxError, start_line, col,
                                    "unterminated triple-quoted string literal (detected at line %d)", last + L->line_offset);
            }
            return lex_error_at(L, &Exc_SyntaxError, start_line, col, "unterminated string literal (detected at line %d)",
                                start_line + L->line_offset);
        }
        char c = *L->p;
        if (c == '\\' && L->p + 1 < L->end) {
            if (L->p[1] == '\n') { L->line++; L->line_start = L->p + 2; }
            L->p += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple)
                return lex_error_at(L, &Exc_SyntaxError, start_line, col, "unterminated string literal (detected at line %d)",
                                    start_line + L->line_offset);
            L->line++;
            L->p++;
            L->line_start = L->p;
            continue;
        }
        if (c == q) {
            if (!triple) break;
            if (L->p + 2 < L->end && L->p[1] == q && L->p[2] == q) break;
        }
        L->p++;
    }
    const char *body_end = L->p;
    L->p += triple ? 3 : 1;
    int end_line = L->line;
    int save_line = L->line;
    L->line = start_line;
    if (push(L, fstr ? T_FSTRING : T_STRING, tok_start, (int)(L->p - tok_start), col) < 0) return -1;
    L->line = save_line;
    Token *t = &L->tl->toks[L->tl->n - 1];
    t->end_line = end_line;
    if (fstr) {
        /* the parser splits the body; keep where it is and whether it is raw */
        t->op = raw ? 1 : 0;
        t->start = body;
        t->len = (int)(body_end - body);
        return 0;
    }
    char text[512];
    copy_line(start_line_start, L->end, text, sizeof text);
    if (bytes) {
        for (const char *c = body; c < body_end; c++)
            if ((unsigned char)*c >= 0x80)
                return lex_error_at(L, &Exc_SyntaxError, start_line, col, "bytes can only contain ASCII literal characters");
        t->value = lex_decode_bytes(body, body_end - body, raw, start_line + L->line_offset, L->filename, text);
    } else
        t->value = lex_decode_string(body, body_end - body, raw, start_line + L->line_offset, L->filename, text);
    if (!t->value) return -1;
    return 0;
}

/* ---- numbers ------------------------------------------------------------------ */
static int lex_number(Lexer *L, int col) {
    const char *s = L->p;
    bool is_float = false;
    if (s[0] == '0' && L->p + 1 < L->end && strchr("xXoObB", s[1])) {
        L->p += 2;
        while (L->p < L->end && (is_id_char((unsigned char)*L->p))) L->p++;
        Value v = int_parse(s, L->p - s, 0);
        if (!v) {
            bool over = err_matches(&Exc_OverflowError);
            err_clear();
            char base = (char)(s[1] | 32);
            return lex_error_at(L, &Exc_SyntaxError, L->line, col, over ? "too many digits in integer" :
                                base == 'x' ? "invalid hexadecimal literal" : base == 'o' ? "invalid octal literal" : "invalid binary literal");
        }
        if (push(L, T_NUMBER, s, (int)(L->p - s), col) < 0) return -1;
        L->tl->toks[L->tl->n - 1].value = v;
        return 0;
    }
    while (L->p < L->end && ((*L->p >= '0' && *L->p <= '9') || *L->p == '_')) L->p++;
    if (L->p < L->end && *L->p == '.') {
        is_float = true;
        L->p++;
        while (L->p < L->end && ((*L->p >= '0' && *L->p <= '9') || *L->p == '_')) L->p++;
    }
    if (L->p < L->end && (*L->p == 'e' || *L->p == 'E')) {
        const char *save = L->p;
        L->p++;
        if (L->p < L->end && (*L->p == '+' || *L->p == '-')) L->p++;
        if (L->p < L->end && *L->p >= '0' && *L->p <= '9') {
            is_float = true;
            while (L->p < L->end && ((*L->p >= '0' && *L->p <= '9') || *L->p == '_')) L->p++;
        } else L->p = save;
    }
    bool imaginary = L->p < L->end && (*L->p == 'j' || *L->p == 'J');
    if (imaginary) L->p++;
    if (L->p < L->end && is_id_start((unsigned char)*L->p))
        return lex_error_at(L, &Exc_SyntaxError, L->line, col, imaginary ? "invalid imaginary literal" : "invalid decimal literal");
    Value v;
    if (imaginary) {
        /* 5j, 1.5e3J: an imaginary number, its digits read as a float's */
        Value f = float_parse(s, L->p - 1 - s);
        if (f) { /* leading zeros are allowed here, as in a float: 0777j */
            v = complex_new(0.0, AS_FLOAT(f));
            decref(f);
        } else {
            xdecref(f);
            err_clear();
            return lex_error_at(L, &Exc_SyntaxError, L->line, col, "invalid imaginary literal");
        }
    } else if (is_float) v = float_parse(s, L->p - s);
    else {
        bool leading_zero = s[0] == '0';
        if (leading_zero)
            for (const char *q = s; q < L->p; q++)
                if (*q != '0' && *q != '_') {
                    return lex_error_at(L, &Exc_SyntaxError, L->line, col,
                                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                }
        int64_t ndig = 0, limit = LOAD_RELAXED(&int_max_str_digits);
        for (const char *q = s; q < L->p; q++) ndig += *q != '_';
        if (limit > 0 && ndig > limit && ndig > 640) {
            return lex_error_at(L, &Exc_SyntaxError, L->line, col,
                     "Exceeds the limit (%lld digits) for integer string conversion: value has %lld digits; use "
                     "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                     "literals to avoid decimal conversion limits.",
                     (long long)limit, (long long)ndig);
        }
        v = int_parse(s, L->p - s, 10);
    }
    if (!v) {
        bool over = err_matches(&Exc_OverflowError);
        err_clear();
        return lex_error_at(L, &Exc_SyntaxError, L->line, col, over ? "too many digits in integer" : "invalid decimal literal");
    }
    if (push(L, T_NUMBER, s, (int)(L->p - s), col) < 0) return -1;
    L->tl->toks[L->tl->n - 1].value = v;
    return 0;
}

/* ---- the main loop ------------------------------------------------------------ */
/* The width of the indentation with tabs to multiples of 8, and in *alt
 * with a tab as one column: where the two orders disagree, tabs and spaces
 * are mixed in a way that means different things at different tab sizes. */
static int indentation(Lexer *L, bool *blank, int *alt) {
    int width = 0;
    *alt = 0;
    const char *q = L->p;
    while (q < L->end && (*q == ' ' || *q == '\t' || *q == '\f')) {
        if (*q == ' ') { width++; (*alt)++; }
        else if (*q == '\t') { width = (width / 8 + 1) * 8; (*alt)++; }
        else width = *alt = 0;
        q++;
    }
    *blank = q >= L->end || *q == '\n' || *q == '#' || (*q == '\r' && q + 1 < L->end && q[1] == '\n') ||
             (*q == '\\' && q + 1 < L->end && q[1] == '\n');
    L->p = q;
    return width;
}

int lex(TokenList *tl, const char *src, int64_t len, Str *filename, int line_offset, int col_offset) {
    Lexer L;
    memset(&L, 0, sizeof L);
    L.tl = tl;
    L.src = L.p = L.line_start = src;
    L.end = src + len;
    L.line = 1;
    L.filename = filename;
    L.line_offset = line_offset;
    L.col_offset = col_offset;
    tl->src = src;
    tl->srclen = len;
    tl->filename = filename;
    bool at_line_start = true;
    bool fragment = line_offset != 0 || col_offset != 0; /* an f-string expression */
    for (;;) {
        if (at_line_start && L.depth == 0 && !fragment) {
            bool blank;
            int alt;
            int width = indentation(&L, &blank, &alt);
            if (!blank) {
                int cur = L.indents[L.nindent], curalt = L.altindents[L.nindent];
                int col = (int)(L.p - L.line_start) + 1;
                bool tab_error = false;
                if (width == cur) tab_error = alt != curalt;
                else if (width > cur) {
                    if (alt <= curalt) tab_error = true;
                    else {
                        if (L.nindent + 1 >= 100) /* CPython's limit */
                            return lex_error_at(&L, &Exc_IndentationError, L.line, col, "too many levels of indentation");
                        L.indents[++L.nindent] = width;
                        L.altindents[L.nindent] = alt;
                        if (push(&L, T_INDENT, L.p, 0, col) < 0) return -1;
                    }
                } else {
                    while (L.nindent > 0 && width < L.indents[L.nindent]) {
                        L.nindent--;
                        if (push(&L, T_DEDENT, L.p, 0, col) < 0) return -1;
                    }
                    if (width != L.indents[L.nindent])
                        return lex_error_at(&L, &Exc_IndentationError, L.line, (int)(L.p - L.line_start) + 1,
                                            "unindent does not match any outer indentation level");
                    tab_error = alt != L.altindents[L.nindent];
                }
                if (tab_error)
                    return lex_error_at(&L, &Exc_TabError, L.line, (int)(L.p - L.line_start) + 1,
                                        "inconsistent use of tabs and spaces in indentation");
            }
            at_line_start = false;
        }
        if (L.p >= L.end) break;
        char c = *L.p;
        int col = (int)(L.p - L.line_start) + 1;
        if (c == ' ' || c == '\t' || c == '\f' || c == '\r') { L.p++; continue; }
        if (c == '#') {
            while (L.p < L.end && *L.p != '\n') L.p++;
            continue;
        }
        if (c == '\\') {
            if (L.p + 1 < L.end && L.p[1] == '\n') {
                L.p += 2;
                L.line++;
                L.line_start = L.p;
                continue;
            }
            if (L.p + 2 < L.end && L.p[1] == '\r' && L.p[2] == '\n') {
                L.p += 3;
                L.line++;
                L.line_start = L.p;
                continue;
            }
            return lex_error(&L, "unexpected character after line continuation character");
        }
        if (c == '\n') {
            bool emit = L.depth == 0 && tl->n > 0 && tl->toks[tl->n - 1].kind != T_NEWLINE &&
                        tl->toks[tl->n - 1].kind != T_INDENT && tl->toks[tl->n - 1].kind != T_DEDENT;
            if (emit && push(&L, T_NEWLINE, L.p, 1, col) < 0) return -1;
            L.p++;
            L.line++;
            L.line_start = L.p;
            at_line_start = L.depth == 0; /* inside brackets a line has no indentation */
            continue;
        }
        if (is_id_start((unsigned char)c)) {
            const char *s = L.p;
            while (L.p < L.end && is_id_char((unsigned char)*L.p)) L.p++;
            int n = (int)(L.p - s);
            if (L.p < L.end && (*L.p == '\'' || *L.p == '"') && n <= 2) {
                bool raw = false, fstr = false, bytes = false, ok = true;
                for (int i = 0; i < n; i++) {
                    char pc = (char)(s[i] | 32);
                    if (pc == 'r' && !raw) raw = true;
                    else if (pc == 'f' && !fstr) fstr = true;
                    else if (pc == 'b' && !bytes) bytes = true;
                    else if (pc == 'u' && n == 1) ;
                    else ok = false;
                }
                if (bytes && fstr) ok = false;
                if (ok) {
                    if (lex_string(&L, s, col, raw, fstr, bytes) < 0) return -1;
                    continue;
                }
            }
            for (const char *q = s; q < L.p;) {
                if ((unsigned char)*q < 0x80) { q++; continue; }
                uint32_t cp;
                int k = utf8_decode((const unsigned char *)q, &cp);
                if (!cp_is_letter(cp)) {
                    L.p = q;
                    return lex_error(&L, "invalid character '%.*s' (U+%04X)", k, q, cp);
                }
                q += k;
            }
            if (push(&L, T_NAME, s, n, col) < 0) return -1;
            continue;
        }
        if ((c >= '0' && c <= '9') || (c == '.' && L.p + 1 < L.end && L.p[1] >= '0' && L.p[1] <= '9')) {
            if (lex_number(&L, col) < 0) return -1;
            continue;
        }
        if (c == '\'' || c == '"') {
            if (lex_string(&L, L.p, col, false, false, false) < 0) return -1;
            continue;
        }
        /* operators: longest match */
        int best = -1, bestlen = 0;
        for (int i = 0; i < OP_COUNT; i++) {
            int n = (int)strlen(op_text[i]);
            if (n > bestlen && L.p + n <= L.end && memcmp(L.p, op_text[i], (size_t)n) == 0) {
                best = i;
                bestlen = n;
            }
        }
        if (best < 0) {
            if ((unsigned char)c >= 0x80) {
                uint32_t cp;
                utf8_decode((const unsigned char *)L.p, &cp);
                return lex_error(&L, "invalid character '%.*s' (U+%04X)", (int)(((unsigned char)c >= 0xF0) ? 4 : ((unsigned char)c >= 0xE0) ? 3 : 2), L.p, cp);
            }
            if (c == '$' || c == '?' || c == '`') return lex_error(&L, "invalid syntax");
            return lex_error(&L, "invalid non-printable character U+%04X", (unsigned)(unsigned char)c);
        }
        if (best == OP_LPAR || best == OP_LSQB || best == OP_LBRACE) {
            if (L.depth >= MAX_PAREN_NESTING) return lex_error(&L, "too many nested parentheses");
            L.parens[L.depth].ch = c;
            L.parens[L.depth].line = L.line;
            L.parens[L.depth].col = col;
            L.depth++;
        } else if (best == OP_RPAR || best == OP_RSQB || best == OP_RBRACE) {
            if (L.depth == 0) return lex_error(&L, "unmatched '%c'", c);
            char open = L.parens[L.depth - 1].ch;
            char want = open == '(' ? ')' : open == '[' ? ']' : '}';
            if (c != want) {
                if (L.parens[L.depth - 1].line != L.line)
                    return lex_error(&L, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open,
                                     L.parens[L.depth - 1].line + L.line_offset);
                return lex_error(&L, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
            }
            L.depth--;
        }
        if (push(&L, T_OP, L.p, bestlen, col) < 0) return -1;
        tl->toks[tl->n - 1].op = best;
        L.p += bestlen;
    }
    if (L.depth > 0) {
        L.line_start = L.src;
        return lex_error_at(&L, &Exc_SyntaxError, L.parens[L.depth - 1].line, L.parens[L.depth - 1].col, "'%c' was never closed",
                            L.parens[L.depth - 1].ch);
    }
    if (tl->n > 0 && tl->toks[tl->n - 1].kind != T_NEWLINE && tl->toks[tl->n - 1].kind != T_DEDENT &&
        tl->toks[tl->n - 1].kind != T_INDENT)
        if (push(&L, T_NEWLINE, L.p, 0, (int)(L.p - L.line_start) + 1) < 0) return -1;
    while (L.nindent > 0) {
        L.nindent--;
        if (push(&L, T_DEDENT, L.p, 0, 1) < 0) return -1;
    }
    return push(&L, T_EOF, L.p, 0, (int)(L.p - L.line_start) + 1);
}

void lex_free(TokenList *tl) {
    for (int i = 0; i < tl->n; i++) xdecref(tl->toks[i].value);
    mem_free(tl->toks);
    tl->toks = NULL;
    tl->n = tl->cap = 0;
}
