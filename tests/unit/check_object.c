/* check_object.c - values, numbers, hashes, refcounts, strings, generic
 * operations and the error API. */
#include <math.h>
#include "util.h"

/* ---- tagged small ints --------------------------------------------------- */
START_TEST(small_roundtrip)
{
    int64_t vals[] = {0, 1, -1, 42, -42, 1000000007, SMALL_MAX, SMALL_MIN};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        Value v = MK_SMALL(vals[i]);
        ck_assert(IS_SMALL(v));
        ck_assert(!IS_OBJ(v));
        ck_assert_int_eq(SMALL_VAL(v), vals[i]);
    }
}
END_TEST

START_TEST(small_bounds)
{
    ck_assert_int_eq(SMALL_MAX, ((int64_t)1 << 62) - 1);
    ck_assert_int_eq(SMALL_MIN, -((int64_t)1 << 62));
    ck_assert(FITS_SMALL(SMALL_MAX));
    ck_assert(FITS_SMALL(SMALL_MIN));
    ck_assert(!FITS_SMALL(SMALL_MAX + 1));
    ck_assert(!FITS_SMALL(SMALL_MIN - 1));
    ck_assert(!FITS_SMALL(INT64_MAX));
    ck_assert(!FITS_SMALL(INT64_MIN));
    ck_assert(FITS_SMALL((int64_t)0));
}
END_TEST

START_TEST(small_is_int_type)
{
    ck_assert_ptr_eq(TYPE(MK_SMALL(5)), &IntType);
    ck_assert(IS_INT(MK_SMALL(-3)));
    ck_assert_str_eq(type_name(MK_SMALL(7)), "int");
}
END_TEST

START_TEST(int_from_i64_small_and_boxed)
{
    Value a = int_from_i64(SMALL_MAX);
    ck_assert(IS_SMALL(a));
    ck_assert_int_eq(SMALL_VAL(a), SMALL_MAX);

    int64_t big[] = {SMALL_MAX + 1, SMALL_MIN - 1, INT64_MAX, INT64_MIN};
    for (size_t i = 0; i < 4; i++) {
        Value b = int_from_i64(big[i]);
        ck_assert(b != V_NULL);
        ck_assert(IS_OBJ(b));
        ck_assert_ptr_eq(TYPE(b), &IntType);
        ck_assert(IS_INT(b));
        int64_t out = 0;
        ck_assert(val_as_i64(b, &out));
        ck_assert_int_eq(out, big[i]);
        decref(b);
    }
}
END_TEST

START_TEST(boxed_int_repr)
{
    Value b = int_from_i64(INT64_MAX);
    ck_assert_str_eq(u_repr(b), "9223372036854775807");
    decref(b);
    b = int_from_i64(INT64_MIN);
    ck_assert_str_eq(u_repr(b), "-9223372036854775808");
    decref(b);
    b = int_from_i64(SMALL_MAX + 1);
    ck_assert_str_eq(u_repr(b), "4611686018427387904");
    decref(b);
}
END_TEST

START_TEST(boxed_equals_small_arithmetic)
{
    /* SMALL_MAX + 1 computed by the runtime must equal the boxed constant */
    Value r = obj_binop(BOP_ADD, MK_SMALL(SMALL_MAX), MK_SMALL(1));
    ck_assert(r != V_NULL);
    ck_assert(IS_OBJ(r));
    int64_t out = 0;
    ck_assert(val_as_i64(r, &out));
    ck_assert_int_eq(out, SMALL_MAX + 1);
    /* and back down into the tagged range */
    Value s = obj_binop(BOP_SUB, r, MK_SMALL(1));
    ck_assert(IS_SMALL(s));
    ck_assert_int_eq(SMALL_VAL(s), SMALL_MAX);
    decref(r);
}
END_TEST

START_TEST(val_as_i64_kinds)
{
    int64_t out = 99;
    ck_assert(val_as_i64(MK_SMALL(-17), &out));
    ck_assert_int_eq(out, -17);
    ck_assert(val_as_i64(V_TRUE, &out));
    ck_assert_int_eq(out, 1);
    ck_assert(val_as_i64(V_FALSE, &out));
    ck_assert_int_eq(out, 0);
    Value f = float_new(3.0);
    ck_assert(!val_as_i64(f, &out));
    decref(f);
    ck_assert(!val_as_i64(V_NONE, &out));
    Value s = str_from_c("3");
    ck_assert(!val_as_i64(s, &out));
    decref(s);
}
END_TEST

START_TEST(int_beyond_64_bits_is_big)
{
    /* past 64 bits an int becomes a big int; back inside it is 64-bit again */
    Value max = int_from_i64(INT64_MAX);
    Value r = obj_binop(BOP_ADD, max, MK_SMALL(1));
    ck_assert(r != V_NULL);
    ck_assert(IS_BIG(r));
    int64_t out;
    ck_assert(!val_as_i64(r, &out));
    Value s = obj_str(r);
    ck_assert_str_eq(AS_STR(s)->data, "9223372036854775808");
    decref(s);
    Value back = obj_binop(BOP_SUB, r, MK_SMALL(1));
    ck_assert(!IS_BIG(back));
    ck_assert(val_as_i64(back, &out));
    ck_assert(out == INT64_MAX);
    ck_assert_int_eq(big_cmp(r, max), 1);
    decref(back);
    decref(r);
    decref(max);
}
END_TEST

START_TEST(big_multiply_divide_round_trip)
{
    /* a product of 4000-bit numbers (Karatsuba's size) divides back exactly */
    Value a = int_parse("0x" "f1e2d3c4b5a69788" "0123456789abcdef", 34, 0);
    ck_assert(a != V_NULL);
    for (int i = 0; i < 6; i++) {
        Value t = obj_binop(BOP_MUL, a, a);
        decref(a);
        a = obj_binop(BOP_ADD, t, MK_SMALL(12345));
        decref(t);
    }
    ck_assert(big_bit_length(a) > 4000);
    Value b = obj_binop(BOP_SUB, a, MK_SMALL(999));
    Value p = obj_binop(BOP_MUL, a, b);
    Value q = obj_binop(BOP_FLOORDIV, p, b);
    Value m = obj_binop(BOP_MOD, p, a);
    ck_assert_int_eq(big_cmp(q, a), 0);
    ck_assert(m == MK_SMALL(0));
    decref(a); decref(b); decref(p); decref(q); decref(m);
}
END_TEST

/* ---- floats --------------------------------------------------------------- */
static const char *frepr(double d) {
    static char buf[64];
    float_repr(d, buf, sizeof buf);
    return buf;
}

START_TEST(float_new_value)
{
    Value f = float_new(2.5);
    ck_assert(f != V_NULL);
    ck_assert(IS_FLOAT(f));
    ck_assert_ptr_eq(TYPE(f), &FloatType);
    ck_assert_double_eq(AS_FLOAT(f), 2.5);
    ck_assert_uint_eq(AS_OBJ(f)->rc, 1);
    double d = 0;
    ck_assert(val_as_double(f, &d));
    ck_assert_double_eq(d, 2.5);
    ck_assert(val_as_double(MK_SMALL(-4), &d));
    ck_assert_double_eq(d, -4.0);
    ck_assert(val_as_double(V_TRUE, &d));
    ck_assert_double_eq(d, 1.0);
    decref(f);
}
END_TEST

START_TEST(float_repr_shortest)
{
    ck_assert_str_eq(frepr(0.1 + 0.2), "0.30000000000000004");
    ck_assert_str_eq(frepr(0.1), "0.1");
    ck_assert_str_eq(frepr(1.0 / 3.0), "0.3333333333333333");
    ck_assert_str_eq(frepr(2.5), "2.5");
}
END_TEST

START_TEST(float_repr_exponents)
{
    ck_assert_str_eq(frepr(1e16), "1e+16");
    ck_assert_str_eq(frepr(1e15), "1000000000000000.0");
    ck_assert_str_eq(frepr(1e-5), "1e-05");
    ck_assert_str_eq(frepr(0.0001), "0.0001");
    ck_assert_str_eq(frepr(1.5e-7), "1.5e-07");
    ck_assert_str_eq(frepr(1e22), "1e+22");
    ck_assert_str_eq(frepr(123456789012345678.0), "1.2345678901234568e+17");
    ck_assert_str_eq(frepr(1.7976931348623157e308), "1.7976931348623157e+308");
    ck_assert_str_eq(frepr(5e-324), "5e-324");
}
END_TEST

START_TEST(float_repr_specials)
{
    ck_assert_str_eq(frepr(-0.0), "-0.0");
    ck_assert_str_eq(frepr(0.0), "0.0");
    ck_assert_str_eq(frepr(INFINITY), "inf");
    ck_assert_str_eq(frepr(-INFINITY), "-inf");
    ck_assert_str_eq(frepr(NAN), "nan");
    ck_assert_str_eq(frepr(100.0), "100.0");
    ck_assert_str_eq(frepr(-1.5), "-1.5");
}
END_TEST

START_TEST(float_obj_repr_and_str)
{
    Value f = float_new(100.0);
    ck_assert_str_eq(u_repr(f), "100.0");
    Value s = obj_str(f);
    ck_assert(str_is(s, "100.0"));
    decref(s);
    decref(f);
}
END_TEST

/* ---- hashes match CPython ------------------------------------------------- */
START_TEST(int_hash_cpython)
{
    ck_assert_int_eq(int_hash(0), 0);
    ck_assert_int_eq(int_hash(1), 1);
    ck_assert_int_eq(int_hash(-1), -2);
    ck_assert_int_eq(int_hash(-2), -2);
    ck_assert_int_eq(int_hash((int64_t)1 << 61), 1);
    ck_assert_int_eq(int_hash(((int64_t)1 << 61) - 1), 0);
    ck_assert_int_eq(int_hash(-((int64_t)1 << 61)), -2); /* -(2**61) hashes to -1 -> -2 */
    ck_assert_int_eq(int_hash((int64_t)1 << 62), 2);
    ck_assert_int_eq(int_hash(INT64_MIN), -4);
}
END_TEST

START_TEST(float_hash_cpython)
{
    ck_assert_int_eq(float_hash(1.5), 1152921504606846977LL);
    ck_assert_int_eq(float_hash(3.0), 3);
    ck_assert_int_eq(float_hash(0.5), 1152921504606846976LL);
    ck_assert_int_eq(float_hash(-1.5), -1152921504606846977LL);
    ck_assert_int_eq(float_hash(1e300), 1224995262755759164LL);
    ck_assert_int_eq(float_hash(-1.0), -2);
    ck_assert_int_eq(float_hash(INFINITY), 314159);
    ck_assert_int_eq(float_hash(-INFINITY), -314159);
    ck_assert_int_eq(float_hash(0.0), 0);
}
END_TEST

START_TEST(hash_int_float_agree)
{
    /* hash(n) == hash(float(n)) for integral values, as CPython requires */
    int64_t ns[] = {0, 1, -1, 7, 12345, -99999, (int64_t)1 << 40, (int64_t)1 << 61};
    for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++)
        ck_assert_int_eq(int_hash(ns[i]), float_hash((double)ns[i]));
    Value f = float_new(2.0);
    ck_assert_int_eq(obj_hash(f), obj_hash(MK_SMALL(2)));
    ck_assert_int_eq(obj_hash(V_TRUE), 1);
    ck_assert_int_eq(obj_hash(V_FALSE), 0);
    decref(f);
}
END_TEST

START_TEST(hash_unhashable)
{
    Value l = list_new(0);
    ck_assert_int_eq(obj_hash(l), -1);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    ck_assert_str_eq(u_exc_msg(), "unhashable type: 'list'");
    err_clear();
    decref(l);
}
END_TEST

/* ---- refcounting ---------------------------------------------------------- */
START_TEST(obj_new_rc_one)
{
    Obj *o = obj_new(&FloatType, sizeof(Float));
    ck_assert_ptr_nonnull(o);
    ck_assert_uint_eq(o->rc, 1);
    ck_assert_uint_eq(o->lock, 0);
    ck_assert_ptr_eq(o->type, &FloatType);
    ((Float *)o)->v = 1.0;
    decref(OBJ_VAL(o));
}
END_TEST

START_TEST(incref_decref_counts)
{
    Value l = list_new(0);
    ck_assert_uint_eq(AS_OBJ(l)->rc, 1);
    incref(l);
    incref(l);
    ck_assert_uint_eq(AS_OBJ(l)->rc, 3);
    decref(l);
    ck_assert_uint_eq(AS_OBJ(l)->rc, 2);
    xincref(l);
    xdecref(l);
    ck_assert_uint_eq(AS_OBJ(l)->rc, 2);
    xincref(V_NULL); /* no-ops */
    xdecref(V_NULL);
    decref(l);
    ck_assert_uint_eq(AS_OBJ(l)->rc, 1);
    decref(l);
}
END_TEST

START_TEST(small_ints_not_refcounted)
{
    /* incref/decref of a tagged int must not touch memory */
    Value v = MK_SMALL(12345);
    for (int i = 0; i < 10; i++) incref(v);
    for (int i = 0; i < 20; i++) decref(v);
    ck_assert_int_eq(SMALL_VAL(v), 12345);
}
END_TEST

START_TEST(singletons_immortal)
{
    Value vs[] = {V_NONE, V_TRUE, V_FALSE, V_NOTIMPL, V_ELLIPSIS};
    for (size_t i = 0; i < 5; i++) {
        Obj *o = AS_OBJ(vs[i]);
        ck_assert(is_immortal(o));
        uint32_t before = o->rc;
        for (int k = 0; k < 5; k++) incref(vs[i]);
        for (int k = 0; k < 50; k++) decref(vs[i]);
        ck_assert_uint_eq(o->rc, before);
        ck_assert(is_immortal(o));
    }
    ck_assert_str_eq(u_repr(V_NONE), "None");
    ck_assert_str_eq(u_repr(V_TRUE), "True");
    ck_assert_str_eq(u_repr(V_FALSE), "False");
}
END_TEST

START_TEST(make_immortal_stops_counting)
{
    Value l = list_new(0);
    make_immortal(AS_OBJ(l));
    ck_assert(is_immortal(AS_OBJ(l)));
    uint32_t before = AS_OBJ(l)->rc;
    incref(l);
    decref(l);
    decref(l);
    decref(l); /* would free a mortal list */
    ck_assert_uint_eq(AS_OBJ(l)->rc, before);
    ck_assert_int_eq(list_append(l, MK_SMALL(1)), 0); /* still usable */
    ck_assert_int_eq(obj_len(l), 1);
}
END_TEST

START_TEST(interned_strings_identical_immortal)
{
    Str *a = str_intern_c("unit_test_interned_name");
    Str *b = str_intern_c("unit_test_interned_name");
    ck_assert_ptr_eq(a, b);
    ck_assert(is_immortal(&a->ob));
    ck_assert_int_eq(a->interned, 1);
    uint32_t before = a->ob.rc;
    incref(OBJ_VAL(a));
    decref(OBJ_VAL(a));
    decref(OBJ_VAL(a));
    ck_assert_uint_eq(a->ob.rc, before);
    /* interning a fresh equal string returns the canonical copy */
    Value fresh = str_new("unit_test_interned_name", 23);
    ck_assert(AS_STR(fresh) != a);
    Str *c = str_intern(AS_STR(fresh)); /* takes our reference */
    ck_assert_ptr_eq(c, a);
    /* runtime names are interned too */
    ck_assert_ptr_eq(str_intern_c("__init__"), N.__init__);
}
END_TEST

START_TEST(str_intern_new_string_becomes_canonical)
{
    Value fresh = str_from_c("unit_never_seen_before_xyz");
    Str *s = AS_STR(fresh);
    Str *c = str_intern(s);
    ck_assert_ptr_eq(c, s);
    ck_assert(is_immortal(&s->ob));
    ck_assert_ptr_eq(str_intern_c("unit_never_seen_before_xyz"), s);
}
END_TEST

START_TEST(live_objects_up_and_down)
{
    int64_t before = mem_live_objects();
    Value l = list_new(0);
    for (int i = 0; i < 100; i++) {
        Value f = float_new(i + 0.5);
        list_append(l, f);
        decref(f);
    }
    int64_t mid = mem_live_objects();
    ck_assert_int_eq(mid, before + 101);
    decref(l);
    ck_assert_int_eq(mem_live_objects(), before);
}
END_TEST

START_TEST(live_objects_small_ints_free)
{
    int64_t before = mem_live_objects();
    Value v[50];
    for (int i = 0; i < 50; i++) v[i] = int_from_i64(i * 1000);
    ck_assert_int_eq(mem_live_objects(), before); /* tagged: no allocation */
    Value b = int_from_i64(INT64_MAX);
    ck_assert_int_eq(mem_live_objects(), before + 1);
    decref(b);
    ck_assert_int_eq(mem_live_objects(), before);
    (void)v;
}
END_TEST

START_TEST(nested_container_freed)
{
    int64_t before = mem_live_objects();
    Value outer = list_new(0);
    for (int i = 0; i < 10; i++) {
        Value t = tuple_pack(2, str_from_c("key-longer-than-one"), float_new(i));
        list_append(outer, t);
        decref(t);
    }
    ck_assert_int_eq(mem_live_objects(), before + 1 + 10 * 3);
    decref(outer);
    ck_assert_int_eq(mem_live_objects(), before);
}
END_TEST

START_TEST(deep_nesting_dealloc_no_crash)
{
    /* the trashcan: freeing a 100,000-deep list must not overflow the stack */
    int64_t before = mem_live_objects();
    Value cur = list_new(0);
    for (int i = 0; i < 100000; i++) {
        Value outer = list_new(1);
        list_append(outer, cur);
        decref(cur);
        cur = outer;
    }
    decref(cur);
    ck_assert_int_eq(mem_live_objects(), before);
}
END_TEST

/* ---- strings -------------------------------------------------------------- */
START_TEST(str_new_ascii)
{
    Value s = str_new("hello", 5);
    ck_assert(IS_STR(s));
    ck_assert_int_eq(AS_STR(s)->len, 5);
    ck_assert_int_eq(AS_STR(s)->nchars, 5);
    ck_assert_int_eq(AS_STR(s)->ascii, 1);
    ck_assert_str_eq(AS_STR(s)->data, "hello");
    ck_assert_int_eq(obj_len(s), 5);
    decref(s);
}
END_TEST

START_TEST(str_new_utf8)
{
    /* "héllo→😀": é is 2 bytes, → is 3, 😀 is 4 */
    const char *txt = "h\xc3\xa9llo\xe2\x86\x92\xf0\x9f\x98\x80";
    Value s = str_from_c(txt);
    ck_assert_int_eq(AS_STR(s)->len, (int64_t)strlen(txt));
    ck_assert_int_eq(AS_STR(s)->len, 13);
    ck_assert_int_eq(AS_STR(s)->nchars, 7);
    ck_assert_int_eq(AS_STR(s)->ascii, 0);
    ck_assert_int_eq(obj_len(s), 7);
    Value c = str_char_at(AS_STR(s), 6);
    ck_assert(str_is(c, "\xf0\x9f\x98\x80"));
    decref(c);
    c = str_char_at(AS_STR(s), 1);
    ck_assert(str_is(c, "\xc3\xa9"));
    decref(c);
    decref(s);
}
END_TEST

START_TEST(str_empty_and_single)
{
    Value e1 = str_new("", 0), e2 = str_from_c("");
    ck_assert_int_eq(AS_STR(e1)->len, 0);
    ck_assert_int_eq(AS_STR(e1)->nchars, 0);
    ck_assert(str_eq(AS_STR(e1), AS_STR(e2)));
    ck_assert_int_eq(obj_truth(e1), 0);
    decref(e1);
    decref(e2);
    Value a = str_new("a", 1);
    ck_assert_int_eq(AS_STR(a)->nchars, 1);
    ck_assert_int_eq(obj_truth(a), 1);
    decref(a);
}
END_TEST

START_TEST(utf8_validation)
{
    int64_t n = -1;
    ck_assert(utf8_valid("abc", 3, &n));
    ck_assert_int_eq(n, 3);
    ck_assert(utf8_valid("\xc3\xa9t\xc3\xa9", 5, &n));
    ck_assert_int_eq(n, 3);
    ck_assert(!utf8_valid("\xc3", 1, NULL));          /* truncated */
    ck_assert(!utf8_valid("\xc0\x80", 2, NULL));      /* overlong NUL */
    ck_assert(!utf8_valid("\xed\xa0\x80", 3, NULL));  /* surrogate */
    ck_assert(!utf8_valid("\xff", 1, NULL));
}
END_TEST

START_TEST(str_eq_and_cmp)
{
    Value a = str_from_c("apple"), a2 = str_from_c("apple"), b = str_from_c("banana");
    Value ab = str_from_c("app");
    ck_assert(a != a2);
    ck_assert(str_eq(AS_STR(a), AS_STR(a2)));
    ck_assert(!str_eq(AS_STR(a), AS_STR(b)));
    ck_assert(str_eq_c(AS_STR(a), "apple"));
    ck_assert(!str_eq_c(AS_STR(a), "appl"));
    ck_assert_int_eq(str_cmp(AS_STR(a), AS_STR(a2)), 0);
    ck_assert_int_lt(str_cmp(AS_STR(a), AS_STR(b)), 0);
    ck_assert_int_gt(str_cmp(AS_STR(b), AS_STR(a)), 0);
    ck_assert_int_lt(str_cmp(AS_STR(ab), AS_STR(a)), 0); /* prefix sorts first */
    ck_assert_int_gt(str_cmp(AS_STR(a), AS_STR(ab)), 0);
    decref(a); decref(a2); decref(b); decref(ab);
}
END_TEST

START_TEST(str_cmp_code_point_order)
{
    /* "Z" < "a" < "é" < "€" by code point, like CPython */
    Value z = str_from_c("Z"), a = str_from_c("a"), e = str_from_c("\xc3\xa9"), eu = str_from_c("\xe2\x82\xac");
    ck_assert_int_lt(str_cmp(AS_STR(z), AS_STR(a)), 0);
    ck_assert_int_lt(str_cmp(AS_STR(a), AS_STR(e)), 0);
    ck_assert_int_lt(str_cmp(AS_STR(e), AS_STR(eu)), 0);
    decref(z); decref(a); decref(e); decref(eu);
}
END_TEST

START_TEST(str_hash_stable)
{
    Value a = str_from_c("some key"), b = str_from_c("some key"), c = str_from_c("some kez");
    int64_t ha = str_hash(AS_STR(a));
    ck_assert_int_eq(ha, str_hash(AS_STR(a)));
    ck_assert_int_eq(ha, str_hash(AS_STR(b)));
    ck_assert_int_ne(ha, -1);
    ck_assert_int_ne(ha, str_hash(AS_STR(c)));
    ck_assert_int_eq(obj_hash(a), ha);
    decref(a); decref(b); decref(c);
}
END_TEST

START_TEST(str_concat_and_mul)
{
    Value a = str_from_c("ab"), b = str_from_c("\xc3\xa9z");
    Value c = str_concat(AS_STR(a), AS_STR(b));
    ck_assert(str_is(c, "ab\xc3\xa9z"));
    ck_assert_int_eq(AS_STR(c)->nchars, 4);
    Value m = str_mul(AS_STR(a), 3);
    ck_assert(str_is(m, "ababab"));
    Value z = str_mul(AS_STR(a), 0);
    ck_assert(str_is(z, ""));
    decref(a); decref(b); decref(c); decref(m); decref(z);
}
END_TEST

static const char *srepr(const char *s) {
    Value v = str_from_c(s);
    Value r = str_repr(v);
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", r ? AS_STR(r)->data : "<NULL>");
    xdecref(r);
    decref(v);
    return buf;
}

START_TEST(str_repr_quotes)
{
    ck_assert_str_eq(srepr("abc"), "'abc'");
    ck_assert_str_eq(srepr(""), "''");
    ck_assert_str_eq(srepr("it's"), "\"it's\"");
    ck_assert_str_eq(srepr("a\"b"), "'a\"b'");
    ck_assert_str_eq(srepr("a'b\"c"), "'a\\'b\"c'");
    ck_assert_str_eq(srepr("back\\slash"), "'back\\\\slash'");
}
END_TEST

START_TEST(str_repr_escapes)
{
    ck_assert_str_eq(srepr("a\nb\tc\rd"), "'a\\nb\\tc\\rd'");
    ck_assert_str_eq(srepr("\x01\x7f"), "'\\x01\\x7f'");
    ck_assert_str_eq(srepr("\xc3\xa9"), "'\xc3\xa9'");           /* é is printable */
    ck_assert_str_eq(srepr("\xe2\x80\xa8"), "'\\u2028'");        /* LINE SEPARATOR */
    ck_assert_str_eq(srepr("\xc2\xa0"), "'\\xa0'");              /* NBSP */
    ck_assert_str_eq(srepr("\xf0\x9f\x98\x80"), "'\xf0\x9f\x98\x80'");
}
END_TEST

/* ---- generic operations ----------------------------------------------------- */
START_TEST(obj_repr_numbers)
{
    ck_assert_str_eq(u_repr(MK_SMALL(-12)), "-12");
    Value f = float_new(0.1 + 0.2);
    ck_assert_str_eq(u_repr(f), "0.30000000000000004");
    decref(f);
    f = float_new(1e-5);
    Value s = obj_str(f);
    ck_assert(str_is(s, "1e-05"));
    decref(s);
    decref(f);
    s = obj_str(MK_SMALL(7));
    ck_assert(str_is(s, "7"));
    decref(s);
}
END_TEST

START_TEST(obj_repr_vs_str_for_str)
{
    Value v = str_from_c("hi");
    Value r = obj_repr(v), s = obj_str(v);
    ck_assert(str_is(r, "'hi'"));
    ck_assert(str_is(s, "hi"));
    decref(r); decref(s); decref(v);
}
END_TEST

START_TEST(obj_truth_values)
{
    ck_assert_int_eq(obj_truth(MK_SMALL(0)), 0);
    ck_assert_int_eq(obj_truth(MK_SMALL(-1)), 1);
    ck_assert_int_eq(obj_truth(V_NONE), 0);
    ck_assert_int_eq(obj_truth(V_TRUE), 1);
    ck_assert_int_eq(obj_truth(V_FALSE), 0);
    Value f0 = float_new(0.0), fn = float_new(-0.0), f1 = float_new(0.25);
    ck_assert_int_eq(obj_truth(f0), 0);
    ck_assert_int_eq(obj_truth(fn), 0);
    ck_assert_int_eq(obj_truth(f1), 1);
    decref(f0); decref(fn); decref(f1);
    Value l = list_new(0);
    ck_assert_int_eq(obj_truth(l), 0);
    list_append(l, V_NONE);
    ck_assert_int_eq(obj_truth(l), 1);
    decref(l);
    Value t = tuple_new(0);
    ck_assert_int_eq(obj_truth(t), 0);
    decref(t);
    Value d = dict_new();
    ck_assert_int_eq(obj_truth(d), 0);
    decref(d);
}
END_TEST

START_TEST(obj_richcmp_ints_floats)
{
    Value f = float_new(1.0), h = float_new(1.5);
    ck_assert(obj_richcmp(MK_SMALL(1), f, CMP_EQ) == V_TRUE);
    ck_assert(obj_richcmp(MK_SMALL(1), f, CMP_NE) == V_FALSE);
    ck_assert(obj_richcmp(MK_SMALL(1), h, CMP_LT) == V_TRUE);
    ck_assert(obj_richcmp(h, MK_SMALL(2), CMP_GE) == V_FALSE);
    ck_assert(obj_richcmp(MK_SMALL(3), MK_SMALL(2), CMP_GT) == V_TRUE);
    ck_assert(obj_richcmp(MK_SMALL(2), MK_SMALL(2), CMP_LE) == V_TRUE);
    ck_assert(obj_richcmp(V_TRUE, MK_SMALL(1), CMP_EQ) == V_TRUE);
    ck_assert_int_eq(obj_eq(MK_SMALL(2), MK_SMALL(2)), 1);
    ck_assert_int_eq(obj_lt(MK_SMALL(2), h), 0);
    decref(f); decref(h);
}
END_TEST

START_TEST(obj_richcmp_nan_and_exact)
{
    Value n = float_new(NAN);
    ck_assert(obj_richcmp(n, n, CMP_EQ) == V_FALSE);
    ck_assert(obj_richcmp(n, n, CMP_NE) == V_TRUE);
    ck_assert(obj_richcmp(MK_SMALL(0), n, CMP_LT) == V_FALSE);
    decref(n);
    /* 2**53 + 1 is not equal to float(2**53): the comparison is exact */
    Value big = int_from_i64(((int64_t)1 << 53) + 1);
    Value f = float_new(9007199254740992.0);
    ck_assert(obj_richcmp(big, f, CMP_EQ) == V_FALSE);
    ck_assert(obj_richcmp(big, f, CMP_GT) == V_TRUE);
    ck_assert(obj_richcmp(f, big, CMP_LT) == V_TRUE);
    decref(big); decref(f);
}
END_TEST

START_TEST(obj_richcmp_type_error)
{
    Value s = str_from_c("a");
    Value r = obj_richcmp(MK_SMALL(1), s, CMP_LT);
    ck_assert(r == V_NULL);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    ck_assert_str_eq(u_exc_msg(), "'<' not supported between instances of 'int' and 'str'");
    err_clear();
    /* == between unrelated types is False, not an error */
    r = obj_richcmp(MK_SMALL(1), s, CMP_EQ);
    ck_assert(r == V_FALSE);
    decref(s);
}
END_TEST

START_TEST(obj_binop_ints)
{
    ck_assert(obj_binop(BOP_ADD, MK_SMALL(2), MK_SMALL(3)) == MK_SMALL(5));
    ck_assert(obj_binop(BOP_SUB, MK_SMALL(2), MK_SMALL(3)) == MK_SMALL(-1));
    ck_assert(obj_binop(BOP_MUL, MK_SMALL(-4), MK_SMALL(3)) == MK_SMALL(-12));
    ck_assert(obj_binop(BOP_FLOORDIV, MK_SMALL(-7), MK_SMALL(2)) == MK_SMALL(-4));
    ck_assert(obj_binop(BOP_MOD, MK_SMALL(-7), MK_SMALL(3)) == MK_SMALL(2));
    ck_assert(obj_binop(BOP_MOD, MK_SMALL(7), MK_SMALL(-3)) == MK_SMALL(-2));
    ck_assert(obj_binop(BOP_POW, MK_SMALL(2), MK_SMALL(10)) == MK_SMALL(1024));
    ck_assert(obj_binop(BOP_LSHIFT, MK_SMALL(1), MK_SMALL(10)) == MK_SMALL(1024));
    ck_assert(obj_binop(BOP_RSHIFT, MK_SMALL(-9), MK_SMALL(1)) == MK_SMALL(-5));
    ck_assert(obj_binop(BOP_AND, MK_SMALL(12), MK_SMALL(10)) == MK_SMALL(8));
    ck_assert(obj_binop(BOP_OR, MK_SMALL(12), MK_SMALL(10)) == MK_SMALL(14));
    ck_assert(obj_binop(BOP_XOR, MK_SMALL(12), MK_SMALL(10)) == MK_SMALL(6));
    ck_assert(obj_binop(BOP_AND, V_TRUE, V_FALSE) == V_FALSE); /* bool & bool is a bool */
    ck_assert(obj_binop(BOP_ADD, V_TRUE, V_TRUE) == MK_SMALL(2));
}
END_TEST

START_TEST(obj_binop_floats)
{
    Value r = obj_binop(BOP_TRUEDIV, MK_SMALL(1), MK_SMALL(2));
    ck_assert(IS_FLOAT(r));
    ck_assert_double_eq(AS_FLOAT(r), 0.5);
    decref(r);
    Value a = float_new(7.5);
    r = obj_binop(BOP_FLOORDIV, a, MK_SMALL(2));
    ck_assert_str_eq(u_repr(r), "3.0");
    decref(r);
    Value m = float_new(-7.5);
    r = obj_binop(BOP_MOD, m, MK_SMALL(2));
    ck_assert_str_eq(u_repr(r), "0.5");
    decref(r);
    decref(m);
    r = obj_binop(BOP_POW, MK_SMALL(2), MK_SMALL(-1));
    ck_assert_str_eq(u_repr(r), "0.5");
    decref(r);
    r = obj_binop(BOP_ADD, a, MK_SMALL(1));
    ck_assert_str_eq(u_repr(r), "8.5");
    decref(r);
    decref(a);
}
END_TEST

START_TEST(obj_binop_errors)
{
    Value r = obj_binop(BOP_TRUEDIV, MK_SMALL(1), MK_SMALL(0));
    ck_assert(r == V_NULL);
    ck_assert_str_eq(exc_type_name(), "ZeroDivisionError");
    ck_assert_str_eq(u_exc_msg(), "division by zero");
    err_clear();
    r = obj_binop(BOP_MOD, MK_SMALL(1), MK_SMALL(0));
    ck_assert(r == V_NULL);
    ck_assert_str_eq(exc_type_name(), "ZeroDivisionError");
    err_clear();
    Value s = str_from_c("a");
    r = obj_binop(BOP_ADD, MK_SMALL(1), s);
    ck_assert(r == V_NULL);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    ck_assert_str_eq(u_exc_msg(), "unsupported operand type(s) for +: 'int' and 'str'");
    err_clear();
    r = obj_binop(BOP_ADD, s, MK_SMALL(1));
    ck_assert(r == V_NULL);
    ck_assert_str_eq(u_exc_msg(), "can only concatenate str (not \"int\") to str");
    err_clear();
    decref(s);
}
END_TEST

START_TEST(obj_binop_sequences)
{
    Value a = str_from_c("ab");
    Value r = obj_binop(BOP_MUL, a, MK_SMALL(3));
    ck_assert(str_is(r, "ababab"));
    decref(r);
    r = obj_binop(BOP_ADD, a, a);
    ck_assert(str_is(r, "abab"));
    decref(r);
    decref(a);
    Value t = tuple_pack(2, MK_SMALL(1), MK_SMALL(2));
    r = obj_binop(BOP_ADD, t, t);
    ck_assert_str_eq(u_repr(r), "(1, 2, 1, 2)");
    decref(r);
    decref(t);
}
END_TEST

START_TEST(obj_unary_ops)
{
    ck_assert(obj_neg(MK_SMALL(5)) == MK_SMALL(-5));
    ck_assert(obj_invert(MK_SMALL(5)) == MK_SMALL(-6));
    ck_assert(obj_abs(MK_SMALL(-9)) == MK_SMALL(9));
    ck_assert(obj_pos(MK_SMALL(3)) == MK_SMALL(3));
    Value f = float_new(-2.5);
    Value r = obj_abs(f);
    ck_assert_str_eq(u_repr(r), "2.5");
    decref(r);
    decref(f);
}
END_TEST

/* ---- errors ------------------------------------------------------------------ */
START_TEST(err_format_sets_type_and_message)
{
    ck_assert(!err_occurred());
    Value r = err_format(&Exc_ValueError, "bad value %d of %s", 42, "x");
    ck_assert(r == V_NULL);
    ck_assert(err_occurred());
    ck_assert_str_eq(exc_type_name(), "ValueError");
    ck_assert(err_matches(&Exc_ValueError));
    ck_assert_str_eq(u_exc_msg(), "bad value 42 of x");
    err_clear();
    ck_assert(!err_occurred());
    ck_assert_str_eq(exc_type_name(), "");
}
END_TEST

START_TEST(err_matches_subclass)
{
    err_set_str(&Exc_KeyError, "k");
    ck_assert(err_matches(&Exc_KeyError));
    ck_assert(err_matches(&Exc_LookupError));
    ck_assert(err_matches(&Exc_Exception));
    ck_assert(err_matches(&Exc_BaseException));
    ck_assert(!err_matches(&Exc_IndexError));
    ck_assert(!err_matches(&Exc_ValueError));
    err_clear();
    err_set_str(&Exc_RecursionError, "deep");
    ck_assert(err_matches(&Exc_RuntimeError));
    ck_assert(!err_matches(&Exc_NotImplementedError));
    err_clear();
    ck_assert(!err_matches(&Exc_BaseException)); /* nothing pending */
}
END_TEST

START_TEST(err_fetch_takes_exception)
{
    err_format(&Exc_TypeError, "oops %s", "here");
    Value e = err_fetch();
    ck_assert(e != V_NULL);
    ck_assert(!err_occurred());
    ck_assert(exc_is_instance(e, &Exc_TypeError));
    ck_assert(exc_is_instance(e, &Exc_Exception));
    ck_assert(!exc_is_instance(e, &Exc_ValueError));
    Value s = exc_str(e);
    ck_assert(str_is(s, "oops here"));
    decref(s);
    ck_assert_str_eq(u_repr(e), "TypeError('oops here')");
    /* re-raise it */
    err_set_exc(e);
    ck_assert(err_matches(&Exc_TypeError));
    err_clear();
    ck_assert(err_fetch() == V_NULL);
}
END_TEST

START_TEST(err_keyerror_str_is_repr)
{
    Value k = str_from_c("missing");
    err_set_value(&Exc_KeyError, k);
    Value e = err_fetch();
    Value s = exc_str(e);
    ck_assert(str_is(s, "'missing'"));
    decref(s);
    decref(e);
}
END_TEST

START_TEST(err_set_replaces_previous)
{
    err_set_str(&Exc_ValueError, "first");
    err_set_str(&Exc_IndexError, "second");
    ck_assert_str_eq(exc_type_name(), "IndexError");
    ck_assert_str_eq(u_exc_msg(), "second");
    err_clear();
}
END_TEST

START_TEST(exc_match_tuple_and_bad_class)
{
    Value e = exc_new(&Exc_ZeroDivisionError, tuple_new(0));
    Value tup = tuple_pack(2, OBJ_VAL(&Exc_KeyError), OBJ_VAL(&Exc_ArithmeticError));
    ck_assert_int_eq(exc_match(e, tup), 1);
    ck_assert_int_eq(exc_match(e, OBJ_VAL(&Exc_KeyError)), 0);
    ck_assert_int_eq(exc_match(e, MK_SMALL(3)), -1);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    err_clear();
    decref(tup);
    decref(e);
}
END_TEST

/* Two broken built-ins: each call must end in a SystemError naming it. */
static Value bad_result_with_error(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    err_set_str(&Exc_ValueError, "left behind");
    return MK_SMALL(1);
}
static Value bad_null_without_error(Value *a, int n, Dict *kw) {
    (void)a; (void)n; (void)kw;
    return V_NULL;
}

START_TEST(broken_native_becomes_system_error)
{
    Value f = native_new("leaky", bad_result_with_error, 0, 0, false, V_NULL);
    ck_assert(call(f, NULL, 0, NULL) == V_NULL);
    ck_assert_str_eq(exc_type_name(), "SystemError");
    ck_assert_str_eq(u_exc_msg(), "<built-in function leaky> returned a result with an exception set");
    Value e = err_fetch();
    Value cause = exc_get(e, EXC_CAUSE);
    ck_assert(cause && exc_is_instance(cause, &Exc_ValueError)); /* the lost exception is kept */
    decref(cause);
    decref(e);
    decref(f);
    f = native_new("silent", bad_null_without_error, 0, 0, false, V_NULL);
    ck_assert(call(f, NULL, 0, NULL) == V_NULL);
    ck_assert_str_eq(exc_type_name(), "SystemError");
    ck_assert_str_eq(u_exc_msg(), "<built-in function silent> returned NULL without setting an exception");
    err_clear();
    decref(f);
}
END_TEST

START_TEST(python_exception_reaches_c)
{
    Value d = run_py("x = 1\nraise KeyError('nope')\n");
    ck_assert(d == V_NULL);
    ck_assert_str_eq(exc_type_name(), "KeyError");
    ck_assert(err_matches(&Exc_LookupError));
    ck_assert_str_eq(u_exc_msg(), "nope");
    err_clear();
}
END_TEST

Suite *suite_object(void) {
    Suite *s = suite_create("object");
    TCase *tc = tcase_create("smallint");
    tcase_add_test(tc, small_roundtrip);
    tcase_add_test(tc, small_bounds);
    tcase_add_test(tc, small_is_int_type);
    tcase_add_test(tc, int_from_i64_small_and_boxed);
    tcase_add_test(tc, boxed_int_repr);
    tcase_add_test(tc, boxed_equals_small_arithmetic);
    tcase_add_test(tc, val_as_i64_kinds);
    tcase_add_test(tc, int_beyond_64_bits_is_big);
    tcase_add_test(tc, big_multiply_divide_round_trip);
    suite_add_tcase(s, tc);

    tc = tcase_create("float");
    tcase_add_test(tc, float_new_value);
    tcase_add_test(tc, float_repr_shortest);
    tcase_add_test(tc, float_repr_exponents);
    tcase_add_test(tc, float_repr_specials);
    tcase_add_test(tc, float_obj_repr_and_str);
    suite_add_tcase(s, tc);

    tc = tcase_create("hash");
    tcase_add_test(tc, int_hash_cpython);
    tcase_add_test(tc, float_hash_cpython);
    tcase_add_test(tc, hash_int_float_agree);
    tcase_add_test(tc, hash_unhashable);
    suite_add_tcase(s, tc);

    tc = tcase_create("refcount");
    tcase_add_test(tc, obj_new_rc_one);
    tcase_add_test(tc, incref_decref_counts);
    tcase_add_test(tc, small_ints_not_refcounted);
    tcase_add_test(tc, singletons_immortal);
    tcase_add_test(tc, make_immortal_stops_counting);
    tcase_add_test(tc, interned_strings_identical_immortal);
    tcase_add_test(tc, str_intern_new_string_becomes_canonical);
    tcase_add_test(tc, live_objects_up_and_down);
    tcase_add_test(tc, live_objects_small_ints_free);
    tcase_add_test(tc, nested_container_freed);
    tcase_add_test(tc, deep_nesting_dealloc_no_crash);
    suite_add_tcase(s, tc);

    tc = tcase_create("str");
    tcase_add_test(tc, str_new_ascii);
    tcase_add_test(tc, str_new_utf8);
    tcase_add_test(tc, str_empty_and_single);
    tcase_add_test(tc, utf8_validation);
    tcase_add_test(tc, str_eq_and_cmp);
    tcase_add_test(tc, str_cmp_code_point_order);
    tcase_add_test(tc, str_hash_stable);
    tcase_add_test(tc, str_concat_and_mul);
    tcase_add_test(tc, str_repr_quotes);
    tcase_add_test(tc, str_repr_escapes);
    suite_add_tcase(s, tc);

    tc = tcase_create("ops");
    tcase_add_test(tc, obj_repr_numbers);
    tcase_add_test(tc, obj_repr_vs_str_for_str);
    tcase_add_test(tc, obj_truth_values);
    tcase_add_test(tc, obj_richcmp_ints_floats);
    tcase_add_test(tc, obj_richcmp_nan_and_exact);
    tcase_add_test(tc, obj_richcmp_type_error);
    tcase_add_test(tc, obj_binop_ints);
    tcase_add_test(tc, obj_binop_floats);
    tcase_add_test(tc, obj_binop_errors);
    tcase_add_test(tc, obj_binop_sequences);
    tcase_add_test(tc, obj_unary_ops);
    suite_add_tcase(s, tc);

    tc = tcase_create("errors");
    tcase_add_test(tc, err_format_sets_type_and_message);
    tcase_add_test(tc, err_matches_subclass);
    tcase_add_test(tc, err_fetch_takes_exception);
    tcase_add_test(tc, err_keyerror_str_is_repr);
    tcase_add_test(tc, err_set_replaces_previous);
    tcase_add_test(tc, exc_match_tuple_and_bad_class);
    tcase_add_test(tc, python_exception_reaches_c);
    tcase_add_test(tc, broken_native_becomes_system_error);
    suite_add_tcase(s, tc);
    return s;
}
