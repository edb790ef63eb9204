/* check_containers.c - list, tuple, dict, set and the iteration protocol. */
#include "util.h"

static Value list_of_ints(int n, const int *xs) {
    Value l = list_new(0);
    for (int i = 0; i < n; i++) list_append(l, MK_SMALL(xs[i]));
    return l;
}

/* The module dict of a run that must succeed. */
static Value must_run(const char *src) {
    Value d = run_py(src);
    ck_assert_msg(d != V_NULL, "python failed: %s: %s", exc_type_name(), u_exc_msg());
    return d;
}

/* ---- list ------------------------------------------------------------------- */
START_TEST(list_new_empty)
{
    Value l = list_new(8);
    ck_assert(IS_LIST(l));
    ck_assert_int_eq(AS_LIST(l)->len, 0);
    ck_assert_int_eq(AS_LIST(l)->cap, 8);
    ck_assert_int_eq(obj_len(l), 0);
    ck_assert_str_eq(u_repr(l), "[]");
    decref(l);
}
END_TEST

START_TEST(list_append_and_get)
{
    Value l = list_new(0);
    for (int i = 0; i < 100; i++) ck_assert_int_eq(list_append(l, MK_SMALL(i * i)), 0);
    ck_assert_int_eq(obj_len(l), 100);
    ck_assert(list_get(l, 0) == MK_SMALL(0));
    ck_assert(list_get(l, 7) == MK_SMALL(49));
    ck_assert(list_get(l, 99) == MK_SMALL(9801));
    ck_assert(list_get(l, -1) == MK_SMALL(9801));
    ck_assert(list_get(l, -100) == MK_SMALL(0));
    ck_assert(list_get(l, 100) == V_NULL);
    ck_assert(list_get(l, -101) == V_NULL);
    ck_assert(!err_occurred()); /* out of range: no error set */
    decref(l);
}
END_TEST

START_TEST(list_append_takes_reference)
{
    Value f = float_new(1.25);
    Value l = list_new(0);
    list_append(l, f);
    ck_assert_uint_eq(AS_OBJ(f)->rc, 2);
    Value g = list_get(l, 0);
    ck_assert(g == f);
    ck_assert_uint_eq(AS_OBJ(f)->rc, 3);
    decref(g);
    decref(l);
    ck_assert_uint_eq(AS_OBJ(f)->rc, 1);
    decref(f);
}
END_TEST

START_TEST(list_pop_positions)
{
    int xs[] = {10, 20, 30, 40, 50};
    Value l = list_of_ints(5, xs);
    ck_assert(list_pop(l, -1) == MK_SMALL(50));
    ck_assert(list_pop(l, 0) == MK_SMALL(10));
    ck_assert(list_pop(l, 1) == MK_SMALL(30));
    ck_assert_str_eq(u_repr(l), "[20, 40]");
    ck_assert(list_pop(l, 5) == V_NULL);
    ck_assert_str_eq(exc_type_name(), "IndexError");
    ck_assert_str_eq(u_exc_msg(), "pop index out of range");
    err_clear();
    list_pop(l, 0);
    list_pop(l, 0);
    ck_assert(list_pop(l, -1) == V_NULL);
    ck_assert_str_eq(u_exc_msg(), "pop from empty list");
    err_clear();
    decref(l);
}
END_TEST

START_TEST(list_snapshot_is_copy)
{
    int xs[] = {1, 2, 3};
    Value l = list_of_ints(3, xs);
    Value t = list_snapshot(l);
    ck_assert(IS_TUPLE(t));
    ck_assert_str_eq(u_repr(t), "(1, 2, 3)");
    list_append(l, MK_SMALL(4));
    ck_assert_int_eq(AS_TUPLE(t)->len, 3);
    ck_assert_int_eq(obj_len(l), 4);
    decref(t);
    Value e = list_new(0);
    t = list_snapshot(e);
    ck_assert_int_eq(AS_TUPLE(t)->len, 0);
    decref(t);
    decref(e);
    decref(l);
}
END_TEST

START_TEST(list_extend_kinds)
{
    Value l = list_new(0);
    Value t = tuple_pack(2, MK_SMALL(1), MK_SMALL(2));
    ck_assert_int_eq(list_extend(l, t), 0);
    ck_assert_int_eq(list_extend(l, l), 0); /* itself: doubles */
    ck_assert_str_eq(u_repr(l), "[1, 2, 1, 2]");
    Value r = range_new(5, 8, 1);
    ck_assert_int_eq(list_extend(l, r), 0);
    Value s = str_from_c("ab");
    ck_assert_int_eq(list_extend(l, s), 0);
    ck_assert_str_eq(u_repr(l), "[1, 2, 1, 2, 5, 6, 7, 'a', 'b']");
    ck_assert_int_eq(list_extend(l, MK_SMALL(3)), -1);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    ck_assert_str_eq(u_exc_msg(), "'int' object is not iterable");
    err_clear();
    ck_assert_int_eq(obj_len(l), 9);
    decref(s); decref(r); decref(t); decref(l);
}
END_TEST

START_TEST(list_from_array_and_seq_to)
{
    Value items[3] = {MK_SMALL(3), V_NONE, MK_SMALL(-1)};
    Value l = list_from_array(items, 3);
    ck_assert_str_eq(u_repr(l), "[3, None, -1]");
    Value t = seq_to_tuple(l);
    ck_assert_str_eq(u_repr(t), "(3, None, -1)");
    Value l2 = seq_to_list(t);
    ck_assert(l2 != l);
    ck_assert_str_eq(u_repr(l2), "[3, None, -1]");
    Value r = range_new(0, 3, 1);
    Value l3 = seq_to_list(r);
    ck_assert_str_eq(u_repr(l3), "[0, 1, 2]");
    decref(l); decref(t); decref(l2); decref(r); decref(l3);
}
END_TEST

START_TEST(list_sort_ints)
{
    int xs[] = {5, -3, 9, 0, 2, 2, -10, 100, 7, 1, 8, 6, 4, 3, 11, 12, 13, -1, 15, 14};
    Value l = list_of_ints(20, xs);
    ck_assert_int_eq(list_sort(l, V_NULL, false), 0);
    ck_assert_str_eq(u_repr(l), "[-10, -3, -1, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 100]");
    ck_assert_int_eq(list_sort(l, V_NONE, true), 0);
    ck_assert_str_eq(u_repr(l), "[100, 15, 14, 13, 12, 11, 9, 8, 7, 6, 5, 4, 3, 2, 2, 1, 0, -1, -3, -10]");
    decref(l);
}
END_TEST

START_TEST(list_sort_large_random)
{
    Value l = list_new(0);
    uint64_t x = 88172645463325252ULL;
    for (int i = 0; i < 5000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        list_append(l, MK_SMALL((int64_t)(x % 100000) - 50000));
    }
    ck_assert_int_eq(list_sort(l, V_NULL, false), 0);
    ck_assert_int_eq(obj_len(l), 5000);
    for (int i = 1; i < 5000; i++) {
        Value a = list_get(l, i - 1), b = list_get(l, i);
        ck_assert_int_le(SMALL_VAL(a), SMALL_VAL(b));
    }
    decref(l);
}
END_TEST

START_TEST(list_sort_strings_and_floats)
{
    Value l = list_new(0);
    const char *w[] = {"pear", "Apple", "banana", "apple", "\xc3\xa9" "clair", "Zoo"};
    for (int i = 0; i < 6; i++) { Value s = str_from_c(w[i]); list_append(l, s); decref(s); }
    ck_assert_int_eq(list_sort(l, V_NULL, false), 0);
    ck_assert_str_eq(u_repr(l), "['Apple', 'Zoo', 'apple', 'banana', 'pear', '\xc3\xa9" "clair']");
    decref(l);
    Value d = must_run("x = [3, 1.5, 2, -7, 0.0, 2.25]\nx.sort()\n");
    ck_assert_str_eq(u_get_repr(d, "x"), "[-7, 0.0, 1.5, 2, 2.25, 3]");
    decref(d);
}
END_TEST

START_TEST(list_sort_key_and_stability)
{
    Value d = must_run(
        "x = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'z'), (1, 'c')]\n"
        "k = lambda p: p[0]\n");
    Value x = u_get(d, "x"), k = u_get(d, "k");
    ck_assert_int_eq(list_sort(x, k, false), 0);
    ck_assert_str_eq(u_repr(x), "[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a'), (1, 'c'), (2, 'z')]");
    decref(x); decref(k); decref(d);
}
END_TEST

START_TEST(list_sort_reverse_stable)
{
    Value d = must_run(
        "x = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'z'), (1, 'c')]\n"
        "x.sort(key=lambda p: p[0], reverse=True)\n"
        "y = sorted(['bb', 'a', 'cc', 'd', 'ee'], key=len, reverse=True)\n");
    ck_assert_str_eq(u_get_repr(d, "x"), "[(2, 'z'), (1, 'b'), (1, 'a'), (1, 'c'), (0, 'a'), (0, 'b')]");
    ck_assert_str_eq(u_get_repr(d, "y"), "['bb', 'cc', 'ee', 'a', 'd']");
    decref(d);
}
END_TEST

START_TEST(list_sort_key_error_restores_list)
{
    Value d = must_run(
        "def k(v):\n"
        "    if v == 3: raise ValueError('bad key')\n"
        "    return -v\n"
        "x = [1, 2, 3, 4]\n");
    Value x = u_get(d, "x"), k = u_get(d, "k");
    ck_assert_int_eq(list_sort(x, k, false), -1);
    ck_assert_str_eq(exc_type_name(), "ValueError");
    err_clear();
    ck_assert_int_eq(obj_len(x), 4); /* the items are back */
    decref(x); decref(k); decref(d);
}
END_TEST

START_TEST(list_sort_incomparable)
{
    Value l = list_new(0);
    Value s = str_from_c("a");
    list_append(l, MK_SMALL(1));
    list_append(l, s);
    ck_assert_int_eq(list_sort(l, V_NULL, false), -1);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    ck_assert_str_eq(u_exc_msg(), "'<' not supported between instances of 'str' and 'int'");
    err_clear();
    ck_assert_int_eq(obj_len(l), 2);
    decref(s); decref(l);
}
END_TEST

START_TEST(list_sort_str_then_ints)
{
    /* CPython: ['a', 1].sort() raises TypeError.  A str first and small
     * ints after must not be compared as strings. */
    Value l = list_new(0);
    Value s = str_from_c("a");
    list_append(l, s);
    list_append(l, MK_SMALL(1));
    list_append(l, MK_SMALL(2));
    ck_assert_int_eq(list_sort(l, V_NULL, false), -1);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    err_clear();
    decref(s); decref(l);
}
END_TEST

START_TEST(list_sort_int_float_exact)
{
    /* sorted([2**53 + 1, 2.0**53]) == [9007199254740992.0, 9007199254740993] */
    Value d = must_run("x = sorted([2**53 + 1, 2.0**53])\ny = sorted([2.0**53, 2**53 + 1])\n");
    ck_assert_str_eq(u_get_repr(d, "x"), "[9007199254740992.0, 9007199254740993]");
    ck_assert_str_eq(u_get_repr(d, "y"), "[9007199254740992.0, 9007199254740993]");
    decref(d);
}
END_TEST

/* ---- tuple -------------------------------------------------------------------- */
START_TEST(tuple_pack_basic)
{
    Value t = tuple_pack(3, MK_SMALL(1), str_from_c("two"), V_NONE);
    ck_assert(IS_TUPLE(t));
    ck_assert_int_eq(AS_TUPLE(t)->len, 3);
    ck_assert_int_eq(obj_len(t), 3);
    ck_assert_str_eq(u_repr(t), "(1, 'two', None)");
    decref(t);
    t = tuple_pack(1, MK_SMALL(5));
    ck_assert_str_eq(u_repr(t), "(5,)");
    decref(t);
}
END_TEST

START_TEST(tuple_hash_cpython)
{
    Value t = tuple_pack(2, MK_SMALL(1), MK_SMALL(2));
    ck_assert_int_eq(obj_hash(t), -3550055125485641917LL);
    decref(t);
    Value e = tuple_new(0);
    ck_assert_int_eq(obj_hash(e), 5740354900026072187LL);
    decref(e);
    t = tuple_pack(1, MK_SMALL(1));
    ck_assert_int_eq(obj_hash(t), -6644214454873602895LL);
    decref(t);
}
END_TEST

START_TEST(tuple_hash_matches_python)
{
    Value v = py_eval("hash((1, 2)) == -3550055125485641917 and hash(()) == 5740354900026072187");
    ck_assert(v == V_TRUE);
    Value t1 = tuple_pack(2, str_from_c("ab"), MK_SMALL(3));
    Value t2 = tuple_pack(2, str_from_c("ab"), MK_SMALL(3));
    ck_assert_int_eq(obj_hash(t1), obj_hash(t2));
    ck_assert_int_eq(obj_eq(t1, t2), 1);
    decref(t1); decref(t2);
}
END_TEST

START_TEST(tuple_empty_singleton)
{
    Value a = tuple_new(0), b = tuple_new(0);
    ck_assert(a == b);
    ck_assert(is_immortal(AS_OBJ(a)));
    ck_assert_str_eq(u_repr(a), "()");
    Value c = tuple_from_array(NULL, 0);
    ck_assert(c == a);
}
END_TEST

START_TEST(tuple_from_array_increfs)
{
    Value f = float_new(2.0);
    Value items[2] = {f, f};
    Value t = tuple_from_array(items, 2);
    ck_assert_uint_eq(AS_OBJ(f)->rc, 3);
    decref(t);
    ck_assert_uint_eq(AS_OBJ(f)->rc, 1);
    decref(f);
}
END_TEST

START_TEST(tuple_unhashable_item)
{
    Value t = tuple_pack(2, MK_SMALL(1), list_new(0));
    ck_assert_int_eq(obj_hash(t), -1);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    err_clear();
    decref(t);
}
END_TEST

START_TEST(tuple_compare)
{
    Value a = tuple_pack(2, MK_SMALL(1), MK_SMALL(2));
    Value b = tuple_pack(2, MK_SMALL(1), MK_SMALL(3));
    Value c = tuple_pack(1, MK_SMALL(1));
    ck_assert(obj_richcmp(a, b, CMP_LT) == V_TRUE);
    ck_assert(obj_richcmp(c, a, CMP_LT) == V_TRUE);
    ck_assert(obj_richcmp(a, a, CMP_EQ) == V_TRUE);
    ck_assert(obj_richcmp(a, b, CMP_NE) == V_TRUE);
    decref(a); decref(b); decref(c);
}
END_TEST

/* ---- dict ------------------------------------------------------------------------ */
START_TEST(dict_str_keys)
{
    Value d = dict_new();
    Dict *D = AS_DICT(d);
    Value k1 = str_from_c("alpha"), k2 = str_from_c("beta"), k1b = str_from_c("alpha");
    ck_assert_int_eq(dict_set(D, k1, MK_SMALL(1)), 0);
    ck_assert_int_eq(dict_set(D, k2, MK_SMALL(2)), 0);
    ck_assert_int_eq(dict_len(D), 2);
    ck_assert(dict_get(D, k1b) == MK_SMALL(1)); /* equal, not identical */
    ck_assert(dict_get_str(D, str_intern_c("beta")) == MK_SMALL(2));
    ck_assert_int_eq(dict_set(D, k1b, MK_SMALL(10)), 0); /* overwrite */
    ck_assert_int_eq(dict_len(D), 2);
    ck_assert(dict_get(D, k1) == MK_SMALL(10));
    ck_assert_int_eq(dict_del(D, k1), 1);
    ck_assert_int_eq(dict_del(D, k1), 0);
    ck_assert(dict_get(D, k1) == V_NULL);
    ck_assert(!err_occurred());
    ck_assert_int_eq(dict_len(D), 1);
    decref(k1); decref(k2); decref(k1b); decref(d);
}
END_TEST

START_TEST(dict_int_keys)
{
    Value d = dict_new();
    Dict *D = AS_DICT(d);
    for (int i = -50; i < 50; i++) dict_set(D, MK_SMALL(i), MK_SMALL(i * 3));
    ck_assert_int_eq(dict_len(D), 100);
    for (int i = -50; i < 50; i++) ck_assert(dict_get(D, MK_SMALL(i)) == MK_SMALL(i * 3));
    Value big = int_from_i64(INT64_MAX), big2 = int_from_i64(INT64_MAX);
    dict_set(D, big, V_TRUE);
    ck_assert(dict_get(D, big2) == V_TRUE);
    ck_assert(dict_get(D, MK_SMALL(50)) == V_NULL);
    decref(big); decref(big2); decref(d);
}
END_TEST

START_TEST(dict_tuple_keys)
{
    Value d = dict_new();
    Value k = tuple_pack(2, MK_SMALL(1), str_from_c("x"));
    Value k2 = tuple_pack(2, MK_SMALL(1), str_from_c("x"));
    Value k3 = tuple_pack(2, MK_SMALL(1), str_from_c("y"));
    ck_assert_int_eq(dict_set(AS_DICT(d), k, V_NONE), 0);
    ck_assert(dict_get(AS_DICT(d), k2) == V_NONE);
    ck_assert(dict_get(AS_DICT(d), k3) == V_NULL);
    ck_assert_int_eq(dict_del(AS_DICT(d), k2), 1);
    ck_assert_int_eq(dict_len(AS_DICT(d)), 0);
    decref(k); decref(k2); decref(k3); decref(d);
}
END_TEST

START_TEST(dict_unhashable_key)
{
    Value d = dict_new();
    Value l = list_new(0);
    ck_assert_int_eq(dict_set(AS_DICT(d), l, MK_SMALL(1)), -1);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    ck_assert_str_eq(u_exc_msg(), "unhashable type: 'list'");
    err_clear();
    ck_assert(dict_get(AS_DICT(d), l) == V_NULL);
    ck_assert(err_matches(&Exc_TypeError));
    err_clear();
    ck_assert_int_eq(dict_del(AS_DICT(d), l), -1);
    err_clear();
    decref(l); decref(d);
}
END_TEST

START_TEST(dict_get_returns_new_ref)
{
    Value d = dict_new();
    Value v = float_new(3.5);
    Value k = str_from_c("k");
    dict_set(AS_DICT(d), k, v);
    ck_assert_uint_eq(AS_OBJ(v)->rc, 2);
    Value g = dict_get(AS_DICT(d), k);
    ck_assert(g == v);
    ck_assert_uint_eq(AS_OBJ(v)->rc, 3);
    decref(g);
    dict_del(AS_DICT(d), k);
    ck_assert_uint_eq(AS_OBJ(v)->rc, 1);
    decref(v); decref(k); decref(d);
}
END_TEST

START_TEST(dict_equal_hash_distinct_keys)
{
    /* hash(-1) == hash(-2) == -2; hash(0) == hash(2**61 - 1) == 0 */
    Value d = dict_new();
    Dict *D = AS_DICT(d);
    ck_assert_int_eq(obj_hash(MK_SMALL(-1)), obj_hash(MK_SMALL(-2)));
    dict_set(D, MK_SMALL(-1), MK_SMALL(100));
    dict_set(D, MK_SMALL(-2), MK_SMALL(200));
    Value m = int_from_i64(((int64_t)1 << 61) - 1);
    dict_set(D, MK_SMALL(0), MK_SMALL(300));
    dict_set(D, m, MK_SMALL(400));
    ck_assert_int_eq(dict_len(D), 4);
    ck_assert(dict_get(D, MK_SMALL(-1)) == MK_SMALL(100));
    ck_assert(dict_get(D, MK_SMALL(-2)) == MK_SMALL(200));
    ck_assert(dict_get(D, MK_SMALL(0)) == MK_SMALL(300));
    ck_assert(dict_get(D, m) == MK_SMALL(400));
    ck_assert_int_eq(dict_del(D, MK_SMALL(-1)), 1);
    ck_assert(dict_get(D, MK_SMALL(-2)) == MK_SMALL(200));
    ck_assert(dict_get(D, MK_SMALL(-1)) == V_NULL);
    decref(m); decref(d);
}
END_TEST

START_TEST(dict_numeric_keys_unify)
{
    /* 1, 1.0 and True are the same key, and the first key object is kept */
    Value d = dict_new();
    Dict *D = AS_DICT(d);
    Value f = float_new(1.0);
    dict_set(D, MK_SMALL(1), str_from_c("int"));
    dict_set(D, f, str_from_c("float"));
    dict_set(D, V_TRUE, str_from_c("bool"));
    ck_assert_int_eq(dict_len(D), 1);
    ck_assert_str_eq(u_repr(d), "{1: 'bool'}");
    decref(f); decref(d);
}
END_TEST

START_TEST(dict_grow_delete_reinsert)
{
    Value d = dict_new();
    Dict *D = AS_DICT(d);
    for (int i = 0; i < 10000; i++) ck_assert_int_eq(dict_set(D, MK_SMALL(i), MK_SMALL(i + 1)), 0);
    ck_assert_int_eq(dict_len(D), 10000);
    for (int i = 0; i < 10000; i++) ck_assert(dict_get(D, MK_SMALL(i)) == MK_SMALL(i + 1));
    for (int i = 0; i < 9995; i++) ck_assert_int_eq(dict_del(D, MK_SMALL(i)), 1);
    ck_assert_int_eq(dict_len(D), 5);
    /* re-insert many: compaction of the deleted entries */
    for (int i = 0; i < 3000; i++) ck_assert_int_eq(dict_set(D, MK_SMALL(-i - 1), MK_SMALL(i)), 0);
    ck_assert_int_eq(dict_len(D), 3005);
    for (int i = 9995; i < 10000; i++) ck_assert(dict_get(D, MK_SMALL(i)) == MK_SMALL(i + 1));
    for (int i = 0; i < 3000; i++) ck_assert(dict_get(D, MK_SMALL(-i - 1)) == MK_SMALL(i));
    for (int i = 0; i < 9995; i++) ck_assert(dict_get(D, MK_SMALL(i)) == V_NULL);
    /* order: the five survivors first, then the new keys */
    Value keys = dict_keys_snapshot(D);
    ck_assert_int_eq(obj_len(keys), 3005);
    ck_assert(list_get(keys, 0) == MK_SMALL(9995));
    ck_assert(list_get(keys, 4) == MK_SMALL(9999));
    ck_assert(list_get(keys, 5) == MK_SMALL(-1));
    ck_assert(list_get(keys, 3004) == MK_SMALL(-3000));
    decref(keys);
    decref(d);
}
END_TEST

START_TEST(dict_compaction_matches_python)
{
    Value d = must_run(
        "d = {}\n"
        "for i in range(10000): d[i] = i\n"
        "for i in range(10000 - 5): del d[i]\n"
        "for i in range(3): d[i] = -i\n"
        "r = list(d.items())\n");
    ck_assert_str_eq(u_get_repr(d, "r"),
                     "[(9995, 9995), (9996, 9996), (9997, 9997), (9998, 9998), (9999, 9999), (0, 0), (1, -1), (2, -2)]");
    decref(d);
}
END_TEST

START_TEST(dict_insertion_order)
{
    Value d = dict_new();
    Dict *D = AS_DICT(d);
    const char *names[] = {"zeta", "alpha", "mid", "beta"};
    for (int i = 0; i < 4; i++) dict_set_str(D, str_intern_c(names[i]), MK_SMALL(i));
    ck_assert_str_eq(u_repr(d), "{'zeta': 0, 'alpha': 1, 'mid': 2, 'beta': 3}");
    dict_set_str(D, str_intern_c("alpha"), MK_SMALL(9)); /* overwrite keeps the place */
    ck_assert_str_eq(u_repr(d), "{'zeta': 0, 'alpha': 9, 'mid': 2, 'beta': 3}");
    Value k = OBJ_VAL(str_intern_c("zeta"));
    dict_del(D, k);
    dict_set(D, k, MK_SMALL(0)); /* delete + insert moves to the end */
    ck_assert_str_eq(u_repr(d), "{'alpha': 9, 'mid': 2, 'beta': 3, 'zeta': 0}");
    Value items = dict_items_snapshot(D);
    ck_assert_str_eq(u_repr(items), "[('alpha', 9), ('mid', 2), ('beta', 3), ('zeta', 0)]");
    decref(items);
    decref(d);
}
END_TEST

START_TEST(dict_next_walk)
{
    Value d = dict_new();
    for (int i = 0; i < 5; i++) dict_set(AS_DICT(d), MK_SMALL(i * 10), MK_SMALL(i));
    dict_del(AS_DICT(d), MK_SMALL(20));
    int64_t pos = 0, n = 0, sum = 0;
    Value k, v;
    while (dict_next(AS_DICT(d), &pos, &k, &v)) {
        n++;
        sum += SMALL_VAL(k) + 100 * SMALL_VAL(v);
    }
    ck_assert_int_eq(n, 4);
    ck_assert_int_eq(sum, (0 + 10 + 30 + 40) + 100 * (0 + 1 + 3 + 4));
    decref(d);
}
END_TEST

START_TEST(dict_copy_independent)
{
    Value d = dict_new();
    dict_set_str(AS_DICT(d), str_intern_c("a"), MK_SMALL(1));
    dict_set_str(AS_DICT(d), str_intern_c("b"), MK_SMALL(2));
    Value c = dict_copy(AS_DICT(d));
    ck_assert(c != d);
    ck_assert_int_eq(dict_len(AS_DICT(c)), 2);
    ck_assert_int_eq(obj_eq(c, d), 1);
    dict_set_str(AS_DICT(c), str_intern_c("c"), MK_SMALL(3));
    ck_assert_int_eq(dict_len(AS_DICT(d)), 2);
    ck_assert_int_eq(obj_eq(c, d), 0);
    ck_assert_str_eq(u_repr(c), "{'a': 1, 'b': 2, 'c': 3}");
    decref(c); decref(d);
}
END_TEST

START_TEST(dict_clear_releases)
{
    int64_t before = mem_live_objects();
    Value d = dict_new();
    for (int i = 0; i < 100; i++) {
        Value v = float_new(i);
        dict_set(AS_DICT(d), MK_SMALL(i), v);
        decref(v);
    }
    ck_assert_int_eq(mem_live_objects(), before + 101);
    dict_clear(AS_DICT(d));
    ck_assert_int_eq(dict_len(AS_DICT(d)), 0);
    ck_assert_int_eq(mem_live_objects(), before + 1);
    ck_assert(dict_get(AS_DICT(d), MK_SMALL(5)) == V_NULL);
    dict_set(AS_DICT(d), MK_SMALL(5), MK_SMALL(6)); /* usable after clear */
    ck_assert(dict_get(AS_DICT(d), MK_SMALL(5)) == MK_SMALL(6));
    decref(d);
    ck_assert_int_eq(mem_live_objects(), before);
}
END_TEST

START_TEST(dict_update_sources)
{
    Value d = dict_new(), o = dict_new();
    dict_set(AS_DICT(d), MK_SMALL(1), MK_SMALL(1));
    dict_set(AS_DICT(o), MK_SMALL(1), MK_SMALL(10));
    dict_set(AS_DICT(o), MK_SMALL(2), MK_SMALL(20));
    ck_assert_int_eq(dict_update(AS_DICT(d), o), 0);
    ck_assert_str_eq(u_repr(d), "{1: 10, 2: 20}");
    Value pairs = list_new(0);
    Value p = tuple_pack(2, MK_SMALL(3), MK_SMALL(30));
    list_append(pairs, p);
    decref(p);
    ck_assert_int_eq(dict_update(AS_DICT(d), pairs), 0);
    ck_assert_str_eq(u_repr(d), "{1: 10, 2: 20, 3: 30}");
    Value bad = list_new(0);
    p = tuple_pack(3, MK_SMALL(1), MK_SMALL(2), MK_SMALL(3));
    list_append(bad, p);
    decref(p);
    ck_assert_int_eq(dict_update(AS_DICT(d), bad), -1);
    ck_assert_str_eq(exc_type_name(), "ValueError");
    ck_assert_str_eq(u_exc_msg(), "dictionary update sequence element #0 has length 3; 2 is required");
    err_clear();
    decref(bad); decref(pairs); decref(o); decref(d);
}
END_TEST

static const char *KEYCLASS =
    "class K:\n"
    "    eqs = 0\n"
    "    def __init__(self, v): self.v = v\n"
    "    def __hash__(self): return hash(self.v) % 3\n"
    "    def __eq__(self, o):\n"
    "        K.eqs += 1\n"
    "        return isinstance(o, K) and self.v == o.v\n"
    "a1 = K(1)\n"
    "a2 = K(1)\n"
    "b = K(4)\n";

START_TEST(dict_user_class_key)
{
    Value m = must_run(KEYCLASS);
    Value a1 = u_get(m, "a1"), a2 = u_get(m, "a2"), b = u_get(m, "b");
    ck_assert(a1 != a2);
    ck_assert_int_eq(obj_hash(a1), obj_hash(b)); /* 1 % 3 == 4 % 3 */
    Value d = dict_new();
    ck_assert_int_eq(dict_set(AS_DICT(d), a1, MK_SMALL(11)), 0);
    ck_assert_int_eq(dict_set(AS_DICT(d), b, MK_SMALL(44)), 0);
    ck_assert_int_eq(dict_len(AS_DICT(d)), 2);
    ck_assert(dict_get(AS_DICT(d), a2) == MK_SMALL(11)); /* found through __eq__ */
    ck_assert(dict_get(AS_DICT(d), b) == MK_SMALL(44));
    ck_assert_int_eq(dict_set(AS_DICT(d), a2, MK_SMALL(12)), 0);
    ck_assert_int_eq(dict_len(AS_DICT(d)), 2);
    ck_assert(dict_get(AS_DICT(d), a1) == MK_SMALL(12));
    Value K = u_get(m, "K");
    Value eqs = obj_getattr(K, str_intern_c("eqs"));
    int64_t neq = 0;
    ck_assert(eqs && val_as_i64(eqs, &neq));
    ck_assert_int_gt(neq, 0); /* equality went through the Python __eq__ */
    decref(K);
    ck_assert_int_eq(dict_del(AS_DICT(d), a2), 1);
    ck_assert_int_eq(dict_len(AS_DICT(d)), 1);
    ck_assert(dict_get(AS_DICT(d), a1) == V_NULL);
    decref(a1); decref(a2); decref(b); decref(d); decref(m);
}
END_TEST

START_TEST(dict_user_class_eq_raises)
{
    Value m = must_run(
        "class E:\n"
        "    def __hash__(self): return 7\n"
        "    def __eq__(self, o): raise ValueError('no eq')\n"
        "e1 = E()\n"
        "e2 = E()\n");
    Value e1 = u_get(m, "e1"), e2 = u_get(m, "e2");
    Value d = dict_new();
    ck_assert_int_eq(dict_set(AS_DICT(d), e1, MK_SMALL(1)), 0);
    ck_assert(dict_get(AS_DICT(d), e1) == MK_SMALL(1)); /* identity: no __eq__ */
    ck_assert(dict_get(AS_DICT(d), e2) == V_NULL);
    ck_assert_str_eq(exc_type_name(), "ValueError");
    err_clear();
    decref(e1); decref(e2); decref(d); decref(m);
}
END_TEST

START_TEST(dict_many_colliding_user_keys)
{
    /* 20 keys with the same hash: every one must still be found by an
     * equal (not identical) key, as in CPython */
    Value m = must_run(
        "class C:\n"
        "    def __init__(self, v): self.v = v\n"
        "    def __hash__(self): return 0\n"
        "    def __eq__(self, o): return isinstance(o, C) and o.v == self.v\n"
        "d = {}\n"
        "for i in range(20): d[C(i)] = i\n"
        "found = [d.get(C(i)) for i in range(20)]\n"
        "d[C(18)] = 'x'\n"
        "n = len(d)\n");
    ck_assert_str_eq(u_get_repr(m, "found"),
                     "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]");
    ck_assert_int_eq(u_get_int(m, "n"), 20);
    decref(m);
}
END_TEST

START_TEST(set_many_colliding_user_keys)
{
    Value m = must_run(
        "class C:\n"
        "    def __init__(self, v): self.v = v\n"
        "    def __hash__(self): return 0\n"
        "    def __eq__(self, o): return isinstance(o, C) and o.v == self.v\n"
        "s = set()\n"
        "for i in range(20): s.add(C(i))\n"
        "for i in range(20): s.add(C(i))\n"
        "n = len(s)\n"
        "found = all(C(i) in s for i in range(20))\n");
    ck_assert_int_eq(u_get_int(m, "n"), 20);
    Value f = u_get(m, "found");
    ck_assert(f == V_TRUE);
    decref(m);
}
END_TEST

START_TEST(dict_repr_nested_and_recursive)
{
    Value m = must_run("d = {'a': [1, 2], 'b': {'c': None}}\ne = {}\ne['self'] = e\n");
    ck_assert_str_eq(u_get_repr(m, "d"), "{'a': [1, 2], 'b': {'c': None}}");
    ck_assert_str_eq(u_get_repr(m, "e"), "{'self': {...}}");
    decref(m);
}
END_TEST

/* ---- set ---------------------------------------------------------------------------- */
START_TEST(set_add_contains)
{
    Value s = set_new();
    ck_assert(IS_SET(s));
    ck_assert_int_eq(set_add(s, MK_SMALL(5)), 0);
    ck_assert_int_eq(set_add(s, MK_SMALL(1)), 0);
    ck_assert_int_eq(set_add(s, MK_SMALL(3)), 0);
    ck_assert_int_eq(set_add(s, MK_SMALL(5)), 0);
    ck_assert_int_eq(obj_len(s), 3);
    ck_assert_int_eq(set_contains(s, MK_SMALL(3)), 1);
    ck_assert_int_eq(set_contains(s, MK_SMALL(4)), 0);
    Value f = float_new(3.0);
    ck_assert_int_eq(set_contains(s, f), 1); /* 3.0 == 3 */
    decref(f);
    decref(s);
}
END_TEST

START_TEST(set_order_small_ints)
{
    Value s = set_new();
    set_add(s, MK_SMALL(5));
    set_add(s, MK_SMALL(1));
    set_add(s, MK_SMALL(3));
    ck_assert_str_eq(u_repr(s), "{1, 3, 5}");
    decref(s);
    Value v = py_eval("repr({5, 1, 3})");
    ck_assert(str_is(v, "{1, 3, 5}"));
    decref(v);
    v = py_eval("repr(set(range(10)))");
    ck_assert(str_is(v, "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}"));
    decref(v);
}
END_TEST

START_TEST(set_order_matches_cpython)
{
    /* orders CPython 3.11 prints for sets built by add()/set(iterable) */
    Value m = must_run(
        "s = set()\n"
        "for x in [-1, -2, 7, 100, 33]: s.add(x)\n"
        "t = set([8, 16, 0, 24, 1])\n"
        "u = set(range(20, 0, -3))\n"
        "w = set(range(100))\n"
        "for i in range(90): w.discard(i)\n"
        "v = set()\n"
        "v.update([10, 20, 3, 8, 40, 1])\n");
    ck_assert_str_eq(u_get_repr(m, "s"), "{33, 100, 7, -2, -1}");
    ck_assert_str_eq(u_get_repr(m, "t"), "{0, 1, 8, 16, 24}");
    ck_assert_str_eq(u_get_repr(m, "u"), "{2, 5, 8, 11, 14, 17, 20}");
    ck_assert_str_eq(u_get_repr(m, "w"), "{90, 91, 92, 93, 94, 95, 96, 97, 98, 99}");
    ck_assert_str_eq(u_get_repr(m, "v"), "{1, 3, 8, 40, 10, 20}");
    decref(m);
}
END_TEST

START_TEST(set_update_and_strings)
{
    Value s = set_new();
    Value r = range_new(0, 100, 1);
    ck_assert_int_eq(set_update(s, r), 0);
    ck_assert_int_eq(obj_len(s), 100);
    Value l = list_new(0);
    Value a = str_from_c("apple"), a2 = str_from_c("apple"), b = str_from_c("banana");
    list_append(l, a);
    list_append(l, b);
    list_append(l, a2);
    ck_assert_int_eq(set_update(s, l), 0);
    ck_assert_int_eq(obj_len(s), 102);
    ck_assert_int_eq(set_contains(s, a2), 1);
    ck_assert_int_eq(set_contains(s, MK_SMALL(99)), 1);
    ck_assert_int_eq(set_contains(s, MK_SMALL(100)), 0);
    ck_assert_int_eq(set_update(s, MK_SMALL(1)), -1);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    err_clear();
    decref(a); decref(a2); decref(b); decref(l); decref(r); decref(s);
}
END_TEST

START_TEST(set_unhashable)
{
    Value s = set_new();
    Value l = list_new(0);
    ck_assert_int_eq(set_add(s, l), -1);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    ck_assert_str_eq(u_exc_msg(), "unhashable type: 'list'");
    err_clear();
    ck_assert_int_eq(set_contains(s, l), -1);
    err_clear();
    decref(l); decref(s);
}
END_TEST

START_TEST(set_grow_many)
{
    Value s = set_new();
    for (int i = 0; i < 20000; i++) ck_assert_int_eq(set_add(s, MK_SMALL(i * 7)), 0);
    ck_assert_int_eq(obj_len(s), 20000);
    for (int i = 0; i < 20000; i++) ck_assert_int_eq(set_contains(s, MK_SMALL(i * 7)), 1);
    ck_assert_int_eq(set_contains(s, MK_SMALL(1)), 0);
    decref(s);
}
END_TEST

START_TEST(set_changed_during_iteration)
{
    Value s = set_new();
    set_add(s, MK_SMALL(1));
    set_add(s, MK_SMALL(2));
    Value it = obj_iter(s);
    Value x = obj_next(it);
    ck_assert(x != V_NULL);
    set_add(s, MK_SMALL(3));
    ck_assert(obj_next(it) == V_NULL);
    ck_assert_str_eq(exc_type_name(), "RuntimeError");
    ck_assert_str_eq(u_exc_msg(), "Set changed size during iteration");
    err_clear();
    decref(it); decref(s);
}
END_TEST

/* ---- iteration ----------------------------------------------------------------------- */
/* Drain an iterator into a repr of a list; checks no error at the end. */
static const char *drain(Value iterable) {
    Value it = obj_iter(iterable);
    ck_assert_ptr_nonnull((void *)it);
    Value l = list_new(0);
    Value x;
    while ((x = obj_next(it)) != V_NULL) {
        list_append(l, x);
        decref(x);
    }
    ck_assert_msg(!err_occurred(), "iteration raised %s", exc_type_name());
    ck_assert(obj_next(it) == V_NULL); /* stays exhausted */
    ck_assert(!err_occurred());
    const char *r = u_repr(l);
    decref(l);
    decref(it);
    return r;
}

START_TEST(iter_list_tuple)
{
    int xs[] = {3, 1, 2};
    Value l = list_of_ints(3, xs);
    ck_assert_str_eq(drain(l), "[3, 1, 2]");
    Value t = tuple_pack(2, str_from_c("a"), V_NONE);
    ck_assert_str_eq(drain(t), "['a', None]");
    Value e = list_new(0);
    ck_assert_str_eq(drain(e), "[]");
    decref(l); decref(t); decref(e);
}
END_TEST

START_TEST(iter_dict_keys_in_order)
{
    Value d = dict_new();
    dict_set(AS_DICT(d), MK_SMALL(30), MK_SMALL(0));
    dict_set(AS_DICT(d), MK_SMALL(10), MK_SMALL(0));
    dict_set(AS_DICT(d), MK_SMALL(20), MK_SMALL(0));
    ck_assert_str_eq(drain(d), "[30, 10, 20]");
    decref(d);
}
END_TEST

START_TEST(iter_set_and_range)
{
    Value s = set_new();
    set_add(s, MK_SMALL(9));
    set_add(s, MK_SMALL(2));
    ck_assert_str_eq(drain(s), "[9, 2]"); /* slots 9 & 7 == 1, 2: CPython prints {9, 2} */
    Value r = range_new(0, 10, 3);
    ck_assert_str_eq(drain(r), "[0, 3, 6, 9]");
    ck_assert_str_eq(u_repr(r), "range(0, 10, 3)");
    ck_assert_int_eq(obj_len(r), 4);
    Value r2 = range_new(5, -5, -4);
    ck_assert_str_eq(drain(r2), "[5, 1, -3]");
    Value r3 = range_new(3, 3, 1);
    ck_assert_str_eq(drain(r3), "[]");
    decref(s); decref(r); decref(r2); decref(r3);
}
END_TEST

START_TEST(iter_str_code_points)
{
    Value s = str_from_c("a\xc3\xa9z");
    ck_assert_str_eq(drain(s), "['a', '\xc3\xa9', 'z']");
    decref(s);
}
END_TEST

START_TEST(iter_errors)
{
    ck_assert(obj_iter(MK_SMALL(5)) == V_NULL);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    ck_assert_str_eq(u_exc_msg(), "'int' object is not iterable");
    err_clear();
    Value l = list_new(0);
    ck_assert(obj_next(l) == V_NULL);
    ck_assert_str_eq(exc_type_name(), "TypeError");
    ck_assert_str_eq(u_exc_msg(), "'list' object is not an iterator");
    err_clear();
    decref(l);
}
END_TEST

START_TEST(iter_python_class)
{
    Value m = must_run(
        "class Count:\n"
        "    def __init__(self, n): self.i = 0; self.n = n\n"
        "    def __iter__(self): return self\n"
        "    def __next__(self):\n"
        "        if self.i >= self.n: raise StopIteration\n"
        "        self.i += 1\n"
        "        return self.i\n"
        "c = Count(4)\n");
    Value c = u_get(m, "c");
    ck_assert_str_eq(drain(c), "[1, 2, 3, 4]");
    decref(c); decref(m);
}
END_TEST

START_TEST(dict_changed_size_c)
{
    Value d = dict_new();
    dict_set(AS_DICT(d), MK_SMALL(1), MK_SMALL(1));
    dict_set(AS_DICT(d), MK_SMALL(2), MK_SMALL(2));
    Value it = obj_iter(d);
    Value k = obj_next(it);
    ck_assert(k == MK_SMALL(1));
    dict_set(AS_DICT(d), MK_SMALL(3), MK_SMALL(3));
    ck_assert(obj_next(it) == V_NULL);
    ck_assert_str_eq(exc_type_name(), "RuntimeError");
    ck_assert_str_eq(u_exc_msg(), "dictionary changed size during iteration");
    err_clear();
    decref(it); decref(d);
}
END_TEST

START_TEST(dict_changed_size_python)
{
    Value m = run_py("d = {1: 1, 2: 2}\nfor k in d:\n    d[k + 10] = 0\n");
    ck_assert(m == V_NULL);
    ck_assert_str_eq(exc_type_name(), "RuntimeError");
    ck_assert_str_eq(u_exc_msg(), "dictionary changed size during iteration");
    err_clear();
    /* changing values only is allowed */
    m = must_run("d = {1: 1, 2: 2}\nfor k in d:\n    d[k] = k * 10\n");
    ck_assert_str_eq(u_get_repr(m, "d"), "{1: 10, 2: 20}");
    decref(m);
}
END_TEST

Suite *suite_containers(void) {
    Suite *s = suite_create("containers");
    TCase *tc = tcase_create("list");
    tcase_add_test(tc, list_new_empty);
    tcase_add_test(tc, list_append_and_get);
    tcase_add_test(tc, list_append_takes_reference);
    tcase_add_test(tc, list_pop_positions);
    tcase_add_test(tc, list_snapshot_is_copy);
    tcase_add_test(tc, list_extend_kinds);
    tcase_add_test(tc, list_from_array_and_seq_to);
    tcase_add_test(tc, list_sort_ints);
    tcase_add_test(tc, list_sort_large_random);
    tcase_add_test(tc, list_sort_strings_and_floats);
    tcase_add_test(tc, list_sort_key_and_stability);
    tcase_add_test(tc, list_sort_reverse_stable);
    tcase_add_test(tc, list_sort_key_error_restores_list);
    tcase_add_test(tc, list_sort_incomparable);
    tcase_add_test(tc, list_sort_str_then_ints);
    tcase_add_test(tc, list_sort_int_float_exact);
    suite_add_tcase(s, tc);

    tc = tcase_create("tuple");
    tcase_add_test(tc, tuple_pack_basic);
    tcase_add_test(tc, tuple_hash_cpython);
    tcase_add_test(tc, tuple_hash_matches_python);
    tcase_add_test(tc, tuple_empty_singleton);
    tcase_add_test(tc, tuple_from_array_increfs);
    tcase_add_test(tc, tuple_unhashable_item);
    tcase_add_test(tc, tuple_compare);
    suite_add_tcase(s, tc);

    tc = tcase_create("dict");
    tcase_add_test(tc, dict_str_keys);
    tcase_add_test(tc, dict_int_keys);
    tcase_add_test(tc, dict_tuple_keys);
    tcase_add_test(tc, dict_unhashable_key);
    tcase_add_test(tc, dict_get_returns_new_ref);
    tcase_add_test(tc, dict_equal_hash_distinct_keys);
    tcase_add_test(tc, dict_numeric_keys_unify);
    tcase_add_test(tc, dict_grow_delete_reinsert);
    tcase_add_test(tc, dict_compaction_matches_python);
    tcase_add_test(tc, dict_insertion_order);
    tcase_add_test(tc, dict_next_walk);
    tcase_add_test(tc, dict_copy_independent);
    tcase_add_test(tc, dict_clear_releases);
    tcase_add_test(tc, dict_update_sources);
    tcase_add_test(tc, dict_user_class_key);
    tcase_add_test(tc, dict_user_class_eq_raises);
    tcase_add_test(tc, dict_many_colliding_user_keys);
    tcase_add_test(tc, dict_repr_nested_and_recursive);
    suite_add_tcase(s, tc);

    tc = tcase_create("set");
    tcase_add_test(tc, set_add_contains);
    tcase_add_test(tc, set_order_small_ints);
    tcase_add_test(tc, set_order_matches_cpython);
    tcase_add_test(tc, set_update_and_strings);
    tcase_add_test(tc, set_unhashable);
    tcase_add_test(tc, set_grow_many);
    tcase_add_test(tc, set_many_colliding_user_keys);
    tcase_add_test(tc, set_changed_during_iteration);
    suite_add_tcase(s, tc);

    tc = tcase_create("iter");
    tcase_add_test(tc, iter_list_tuple);
    tcase_add_test(tc, iter_dict_keys_in_order);
    tcase_add_test(tc, iter_set_and_range);
    tcase_add_test(tc, iter_str_code_points);
    tcase_add_test(tc, iter_errors);
    tcase_add_test(tc, iter_python_class);
    tcase_add_test(tc, dict_changed_size_c);
    tcase_add_test(tc, dict_changed_size_python);
    suite_add_tcase(s, tc);
    return s;
}
