/* check_lexer.c - lex(): token kinds, values, positions, and the
 * SyntaxErrors the tokenizer raises (with CPython's messages). */
#include "util.h"

static Str *fname(void) { return str_intern_c("<lex>"); }

/* Lex src into *tl (zeroed first); returns lex()'s result. */
static int do_lex(TokenList *tl, const char *src) {
    memset(tl, 0, sizeof *tl);
    return lex(tl, src, (int64_t)strlen(src), fname(), 0, 0);
}

/* One word per token: NAME and OP by their text, the rest by kind. */
static const char *kinds(TokenList *tl) {
    static char buf[4096];
    size_t n = 0;
    buf[0] = 0;
    for (int i = 0; i < tl->n; i++) {
        Token *t = &tl->toks[i];
        char w[64];
        switch (t->kind) {
        case T_NAME: case T_OP: snprintf(w, sizeof w, "%.*s", t->len, t->start); break;
        case T_NUMBER: snprintf(w, sizeof w, "NUM"); break;
        case T_STRING: snprintf(w, sizeof w, "STR"); break;
        case T_FSTRING: snprintf(w, sizeof w, "FSTR"); break;
        case T_NEWLINE: snprintf(w, sizeof w, "NL"); break;
        case T_INDENT: snprintf(w, sizeof w, "IN"); break;
        case T_DEDENT: snprintf(w, sizeof w, "DE"); break;
        case T_EOF: snprintf(w, sizeof w, "EOF"); break;
        default: snprintf(w, sizeof w, "?%d", t->kind);
        }
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? " " : "", w);
        if (n >= sizeof buf) break;
    }
    return buf;
}

/* Lex a snippet that must succeed and return its token words. */
static const char *lex_words(const char *src) {
    TokenList tl;
    int r = do_lex(&tl, src);
    ck_assert_msg(r == 0, "lex failed: %s: %s", exc_type_name(), u_exc_msg());
    const char *w = kinds(&tl);
    lex_free(&tl);
    return w;
}

/* Lex a snippet that must fail; returns the message (the type is checked). */
static const char *lex_error(const char *src, const char *type) {
    TokenList tl;
    int r = do_lex(&tl, src);
    lex_free(&tl);
    ck_assert_int_eq(r, -1);
    ck_assert(err_occurred());
    ck_assert_str_eq(exc_type_name(), type);
    return u_exc_msg();
}

/* ---- token kinds ---------------------------------------------------------- */
START_TEST(lex_small_program)
{
    ck_assert_str_eq(lex_words("def f(x):\n    return [1,\n            2]  # c\ny = 0x1F + 1_000 + 1.5e3 + .5\n"),
                     "def f ( x ) : NL IN return [ NUM , NUM ] NL DE y = NUM + NUM + NUM + NUM NL EOF");
}
END_TEST

START_TEST(lex_nested_dedents)
{
    ck_assert_str_eq(lex_words("if a:\n    if b:\n        c\nd\n"),
                     "if a : NL IN if b : NL IN c NL DE DE d NL EOF");
    ck_assert_str_eq(lex_words("if a:\n    if b:\n        c\n    e\nd\n"),
                     "if a : NL IN if b : NL IN c NL DE e NL DE d NL EOF");
}
END_TEST

START_TEST(lex_dedent_at_eof)
{
    ck_assert_str_eq(lex_words("if a:\n  b"), "if a : NL IN b NL DE EOF");
    ck_assert_str_eq(lex_words("while 1:\n  while 2:\n    x\n"), "while NUM : NL IN while NUM : NL IN x NL DE DE EOF");
}
END_TEST

START_TEST(lex_blank_and_comment_lines)
{
    ck_assert_str_eq(lex_words("x = 1\n\n   # comment\n\ny = 2\n"), "x = NUM NL y = NUM NL EOF");
    ck_assert_str_eq(lex_words("# only a comment\n"), "EOF");
    ck_assert_str_eq(lex_words(""), "EOF");
    ck_assert_str_eq(lex_words("\n\n\n"), "EOF");
    /* a comment line inside a block keeps the block open */
    ck_assert_str_eq(lex_words("if a:\n    b\n# c\n    d\n"), "if a : NL IN b NL d NL DE EOF");
}
END_TEST

START_TEST(lex_no_trailing_newline)
{
    ck_assert_str_eq(lex_words("x"), "x NL EOF");
    ck_assert_str_eq(lex_words("x = 1 # c"), "x = NUM NL EOF");
}
END_TEST

START_TEST(lex_implicit_joining)
{
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, "x = (1 +\n      2)\nz = {\n  'a': [\n 3]}\n"), 0);
    ck_assert_str_eq(kinds(&tl), "x = ( NUM + NUM ) NL z = { STR : [ NUM ] } NL EOF");
    /* the NUMBER 2 is on line 2, no INDENT was emitted for it */
    ck_assert_int_eq(tl.toks[5].kind, T_NUMBER);
    ck_assert_int_eq(tl.toks[5].line, 2);
    ck_assert_int_eq(tl.toks[5].col, 7);
    lex_free(&tl);
}
END_TEST

START_TEST(lex_backslash_continuation)
{
    ck_assert_str_eq(lex_words("x = 1 + \\\n    2\n"), "x = NUM + NUM NL EOF");
    ck_assert_str_eq(lex_words("if a and \\\n   b:\n    pass\n"), "if a and b : NL IN pass NL DE EOF");
    ck_assert_str_eq(lex_error("x = 1 \\ 2\n", "SyntaxError"), "unexpected character after line continuation character");
}
END_TEST

START_TEST(lex_positions)
{
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, "x = 10\n  \nyy += 2\n"), 0);
    ck_assert_str_eq(kinds(&tl), "x = NUM NL yy += NUM NL EOF");
    ck_assert_int_eq(tl.toks[0].line, 1);
    ck_assert_int_eq(tl.toks[0].col, 1);
    ck_assert_int_eq(tl.toks[1].col, 3);
    ck_assert_int_eq(tl.toks[2].col, 5);
    ck_assert_int_eq(tl.toks[2].len, 2);
    ck_assert_int_eq(tl.toks[4].line, 3);
    ck_assert_int_eq(tl.toks[5].op, OP_PLUSEQ);
    ck_assert_int_eq(tl.toks[5].col, 4);
    lex_free(&tl);
}
END_TEST

START_TEST(lex_operators_longest_match)
{
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, "a **= b // c -> d ... != <= >>= ** := <<"), 0);
    ck_assert_str_eq(kinds(&tl), "a **= b // c -> d ... != <= >>= ** := << NL EOF");
    int ops[] = {OP_DSTAREQ, OP_DSLASH, OP_ARROW, OP_ELLIPSIS, OP_NE, OP_LE, OP_RSHIFTEQ, OP_DSTAR, OP_WALRUS, OP_LSHIFT};
    int k = 0;
    for (int i = 0; i < tl.n; i++)
        if (tl.toks[i].kind == T_OP) ck_assert_int_eq(tl.toks[i].op, ops[k++]);
    ck_assert_int_eq(k, 10);
    lex_free(&tl);
}
END_TEST

/* ---- numbers -------------------------------------------------------------------- */
START_TEST(lex_number_values)
{
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, "0x1F 0o17 0b101 1_000_000 00 0_0 42"), 0);
    int64_t want[] = {31, 15, 5, 1000000, 0, 0, 42};
    for (int i = 0; i < 7; i++) {
        ck_assert_int_eq(tl.toks[i].kind, T_NUMBER);
        int64_t v = -1;
        ck_assert(val_as_i64(tl.toks[i].value, &v));
        ck_assert_int_eq(v, want[i]);
    }
    lex_free(&tl);
}
END_TEST

START_TEST(lex_float_values)
{
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, "1.5e3 .5 3. 1e-5 1_0.2_5 1.e5"), 0);
    const char *want[] = {"1500.0", "0.5", "3.0", "1e-05", "10.25", "100000.0"};
    for (int i = 0; i < 6; i++) {
        ck_assert_int_eq(tl.toks[i].kind, T_NUMBER);
        ck_assert(IS_FLOAT(tl.toks[i].value));
        ck_assert_str_eq(u_repr(tl.toks[i].value), want[i]);
    }
    lex_free(&tl);
}
END_TEST

START_TEST(lex_number_errors)
{
    ck_assert_str_eq(lex_error("0x\n", "SyntaxError"), "invalid hexadecimal literal");
    ck_assert_str_eq(lex_error("x = 012\n", "SyntaxError"),
                     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    err_clear();
    ck_assert_str_eq(lex_error("1abc\n", "SyntaxError"), "invalid decimal literal");
    err_clear();
    ck_assert_str_eq(lex_error("1__0\n", "SyntaxError"), "invalid decimal literal");
    err_clear();
    ck_assert_str_eq(lex_error("1_\n", "SyntaxError"), "invalid decimal literal");
}
END_TEST

/* ---- strings -------------------------------------------------------------------- */
static const char *first_string(const char *src) {
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, src), 0);
    ck_assert_int_eq(tl.toks[0].kind, T_STRING);
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", AS_STR(tl.toks[0].value)->data);
    lex_free(&tl);
    return buf;
}

/* the first token's bytes value as a repr (b'...') */
static const char *first_bytes(const char *src) {
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, src), 0);
    ck_assert_int_eq(tl.toks[0].kind, T_STRING);
    ck_assert(IS_BYTES(tl.toks[0].value));
    static char buf[256];
    Value r = bytes_repr_of(AS_BYTES(tl.toks[0].value)->data, AS_BYTES(tl.toks[0].value)->len);
    snprintf(buf, sizeof buf, "%s", AS_STR(r)->data);
    decref(r);
    lex_free(&tl);
    return buf;
}

START_TEST(lex_bytes_literals)
{
    ck_assert_str_eq(first_bytes("b'a\\tb\\x41\\xff\\0'"), "b'a\\tbA\\xff\\x00'");
    ck_assert_str_eq(first_bytes("b'\\u1234\\N'"), "b'\\\\u1234\\\\N'"); /* no \\u or \\N in bytes */
    ck_assert_str_eq(first_bytes("rb'\\x41'"), "b'\\\\x41'");
    ck_assert_str_eq(first_bytes("BR\"it's\""), "b\"it's\"");
    ck_assert_str_eq(first_bytes("b'\\777'"), "b'\\xff'"); /* an octal escape keeps its low byte */
    ck_assert_str_eq(lex_error("b'caf\xc3\xa9'\n", "SyntaxError"), "bytes can only contain ASCII literal characters");
    err_clear();
    ck_assert_str_eq(lex_error("x = b'\\x4'\n", "SyntaxError"), "(value error) invalid \\x escape at position 0");
    err_clear();
    ck_assert_str_eq(lex_words("bf'x'\n"), "bf STR NL EOF"); /* no bytes f-strings: a name, then a string */
}
END_TEST

START_TEST(lex_string_escapes)
{
    ck_assert_str_eq(first_string("'a\\tb\\n'"), "a\tb\n");
    ck_assert_str_eq(first_string("\"q\\\"q\\\\\""), "q\"q\\");
    ck_assert_str_eq(first_string("'\\x41\\u00e9\\U0001F600'"), "A\xc3\xa9\xf0\x9f\x98\x80");
    ck_assert_str_eq(first_string("'\\101\\0'") , "A");  /* octal, then NUL ends the C view */
    ck_assert_str_eq(first_string("'\\d'"), "\\d");      /* unknown escape kept */
    ck_assert_str_eq(first_string("'it\\'s'"), "it's");
    ck_assert_str_eq(first_string("'a\\\nb'"), "ab");    /* escaped newline */
}
END_TEST

START_TEST(lex_string_prefixes)
{
    ck_assert_str_eq(first_string("r'a\\tb'"), "a\\tb");
    ck_assert_str_eq(first_string("R\"\\n\""), "\\n");
    ck_assert_str_eq(first_string("u'x'"), "x");
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, "'a' \"b\""), 0);
    ck_assert_str_eq(kinds(&tl), "STR STR NL EOF"); /* concatenation is the parser's job */
    lex_free(&tl);
}
END_TEST

START_TEST(lex_triple_quoted)
{
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, "s = \"\"\"line1\n'quoted' \"x\"\nline3\"\"\"\nx\n"), 0);
    ck_assert_str_eq(kinds(&tl), "s = STR NL x NL EOF");
    ck_assert(str_is(tl.toks[2].value, "line1\n'quoted' \"x\"\nline3"));
    ck_assert_int_eq(tl.toks[2].line, 1);
    ck_assert_int_eq(tl.toks[2].end_line, 3);
    ck_assert_int_eq(tl.toks[4].line, 4);
    lex_free(&tl);
    ck_assert_str_eq(first_string("'''a''b'''"), "a''b");
}
END_TEST

START_TEST(lex_fstring_tokens)
{
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, "f'a{b}c' + rf\"{x}\\n\" + F'''t{1}'''"), 0);
    ck_assert_str_eq(kinds(&tl), "FSTR + FSTR + FSTR NL EOF");
    /* the token keeps the body for the parser, and whether it is raw */
    ck_assert_int_eq(tl.toks[0].len, 5);
    ck_assert_int_eq(memcmp(tl.toks[0].start, "a{b}c", 5), 0);
    ck_assert_int_eq(tl.toks[0].op, 0);
    ck_assert_int_eq(tl.toks[2].op, 1);
    ck_assert_int_eq(memcmp(tl.toks[2].start, "{x}\\n", 5), 0);
    ck_assert_int_eq(tl.toks[4].len, 4);
    lex_free(&tl);
}
END_TEST

START_TEST(lex_tabs_indentation)
{
    ck_assert_str_eq(lex_words("if a:\n\tb\n\tc\nd\n"), "if a : NL IN b NL c NL DE d NL EOF");
}
END_TEST

/* ---- errors ----------------------------------------------------------------------- */
START_TEST(lex_unterminated_string)
{
    ck_assert_str_eq(lex_error("x = 'abc\n", "SyntaxError"), "unterminated string literal (detected at line 1)");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 1);
    ck_assert_int_eq(u_exc_dict_int("offset"), 5);
    err_clear();
    ck_assert_str_eq(lex_error("a = 1\nb = \"xyz", "SyntaxError"), "unterminated string literal (detected at line 2)");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 2);
}
END_TEST

START_TEST(lex_unterminated_triple_no_newline)
{
    ck_assert_str_eq(lex_error("x = \"\"\"abc\ny\nz", "SyntaxError"),
                     "unterminated triple-quoted string literal (detected at line 3)");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 1);
    ck_assert_int_eq(u_exc_dict_int("offset"), 5);
}
END_TEST

START_TEST(lex_unterminated_triple_trailing_newline)
{
    /* CPython: the line of the last character, a final newline starts none */
    ck_assert_str_eq(lex_error("x = \"\"\"abc\ny\nz\n", "SyntaxError"),
                     "unterminated triple-quoted string literal (detected at line 3)");
}
END_TEST

START_TEST(lex_never_closed)
{
    ck_assert_str_eq(lex_error("x = (1,\n2\n", "SyntaxError"), "'(' was never closed");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 1);
    ck_assert_int_eq(u_exc_dict_int("offset"), 5);
    err_clear();
    ck_assert_str_eq(lex_error("y = 1\nz = [1, {2: 3}\n", "SyntaxError"), "'[' was never closed");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 2);
}
END_TEST

START_TEST(lex_unmatched_close)
{
    ck_assert_str_eq(lex_error("x = 1)\n", "SyntaxError"), "unmatched ')'");
    ck_assert_int_eq(u_exc_dict_int("offset"), 6);
    err_clear();
    ck_assert_str_eq(lex_error("}\n", "SyntaxError"), "unmatched '}'");
}
END_TEST

START_TEST(lex_mismatched_close)
{
    ck_assert_str_eq(lex_error("(]\n", "SyntaxError"), "closing parenthesis ']' does not match opening parenthesis '('");
    err_clear();
    ck_assert_str_eq(lex_error("foo(a,\n]\n", "SyntaxError"),
                     "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
}
END_TEST

START_TEST(lex_bad_unindent)
{
    ck_assert_str_eq(lex_error("if x:\n    a\n  b\n", "IndentationError"), "unindent does not match any outer indentation level");
    ck_assert_int_eq(u_exc_dict_int("lineno"), 3);
    ck_assert(err_matches(&Exc_SyntaxError)); /* IndentationError is a SyntaxError */
}
END_TEST

START_TEST(lex_paren_nesting_limit)
{
    char src[512];
    /* 200 levels are fine */
    memset(src, '(', 200);
    memset(src + 200, ')', 200);
    src[400] = 0;
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, src), 0);
    ck_assert_int_eq(tl.n, 402); /* 400 ops, NEWLINE, EOF */
    lex_free(&tl);
    /* 201 are not */
    memset(src, '(', 201);
    src[201] = 0;
    ck_assert_str_eq(lex_error(src, "SyntaxError"), "too many nested parentheses");
    err_clear();
    memset(src, '[', 300);
    src[300] = 0;
    ck_assert_str_eq(lex_error(src, "SyntaxError"), "too many nested parentheses");
}
END_TEST

START_TEST(lex_invalid_characters)
{
    ck_assert_str_eq(lex_error("x = $\n", "SyntaxError"), "invalid syntax");
    err_clear();
    ck_assert_str_eq(lex_error("x = a ? b\n", "SyntaxError"), "invalid syntax");
    err_clear();
    ck_assert_str_eq(lex_error("x = 1\x01\n", "SyntaxError"), "invalid non-printable character U+0001");
}
END_TEST

START_TEST(lex_non_ascii_identifier)
{
    /* letters outside ASCII are identifier characters, as in CPython */
    TokenList tl;
    ck_assert_int_eq(do_lex(&tl, "\xc3\xa9t\xc3\xa9 = \xce\xbb\n"), 0);
    ck_assert_str_eq(kinds(&tl), "\xc3\xa9t\xc3\xa9 = \xce\xbb NL EOF");
    ck_assert_int_eq(tl.toks[0].kind, T_NAME);
    ck_assert_int_eq(tl.toks[2].kind, T_NAME);
    lex_free(&tl);
}
END_TEST

START_TEST(lex_invalid_non_ascii_character)
{
    /* CPython: x = 1 \u20ac -> SyntaxError: invalid character '\u20ac' (U+20AC);
     * a currency sign is not an identifier character */
    ck_assert_str_eq(lex_error("x = 1 \xe2\x82\xac\n", "SyntaxError"), "invalid character '\xe2\x82\xac' (U+20AC)");
}
END_TEST

START_TEST(lex_error_filename)
{
    TokenList tl;
    memset(&tl, 0, sizeof tl);
    Str *fn = str_intern_c("my_file.py");
    ck_assert_int_eq(lex(&tl, "'abc", 4, fn, 0, 0), -1);
    lex_free(&tl);
    Value e = err_fetch();
    Value s = exc_str(e);
    ck_assert(str_is(s, "unterminated string literal (detected at line 1) (my_file.py, line 1)"));
    decref(s);
    decref(e);
}
END_TEST

Suite *suite_lexer(void) {
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("tokens");
    tcase_add_test(tc, lex_small_program);
    tcase_add_test(tc, lex_nested_dedents);
    tcase_add_test(tc, lex_dedent_at_eof);
    tcase_add_test(tc, lex_blank_and_comment_lines);
    tcase_add_test(tc, lex_no_trailing_newline);
    tcase_add_test(tc, lex_implicit_joining);
    tcase_add_test(tc, lex_backslash_continuation);
    tcase_add_test(tc, lex_positions);
    tcase_add_test(tc, lex_operators_longest_match);
    tcase_add_test(tc, lex_tabs_indentation);
    suite_add_tcase(s, tc);

    tc = tcase_create("literals");
    tcase_add_test(tc, lex_number_values);
    tcase_add_test(tc, lex_float_values);
    tcase_add_test(tc, lex_number_errors);
    tcase_add_test(tc, lex_string_escapes);
    tcase_add_test(tc, lex_bytes_literals);
    tcase_add_test(tc, lex_string_prefixes);
    tcase_add_test(tc, lex_triple_quoted);
    tcase_add_test(tc, lex_fstring_tokens);
    suite_add_tcase(s, tc);

    tc = tcase_create("errors");
    tcase_add_test(tc, lex_unterminated_string);
    tcase_add_test(tc, lex_unterminated_triple_no_newline);
    tcase_add_test(tc, lex_unterminated_triple_trailing_newline);
    tcase_add_test(tc, lex_never_closed);
    tcase_add_test(tc, lex_unmatched_close);
    tcase_add_test(tc, lex_mismatched_close);
    tcase_add_test(tc, lex_bad_unindent);
    tcase_add_test(tc, lex_paren_nesting_limit);
    tcase_add_test(tc, lex_invalid_characters);
    tcase_add_test(tc, lex_non_ascii_identifier);
    tcase_add_test(tc, lex_invalid_non_ascii_character);
    tcase_add_test(tc, lex_error_filename);
    suite_add_tcase(s, tc);
    return s;
}
