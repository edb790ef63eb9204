/* check_checks.c - the checked builds' assertions fire, and only there.
 *
 * In bin/interp-*-checked each broken rule must abort (SIGABRT: Check runs
 * each test in a forked child); in the release builds the same calls must
 * be no-ops.  Which build this is comes from its name, a fact of the
 * policy (POL_BUILD_NAME ends in "(checked)"). */
#include <signal.h>
#include <string.h>
#include "util.h"

static bool checked_build(void) { return strstr(POL_BUILD_NAME, "(checked)") != NULL; }

START_TEST(held_inside_own_section_is_fine)
{
    Value l = list_new(0);
    CRITICAL_BEGIN(AS_OBJ(l));
    POL_ASSERT_HELD(AS_OBJ(l));
    CRITICAL_END();
    POL_ASSERT_NO_LOCK("a test"); /* outside again */
    decref(l);
}
END_TEST

START_TEST(held_outside_section_aborts)
{
    Value l = list_new(0);
    POL_ASSERT_HELD(AS_OBJ(l)); /* checked: aborts here */
    decref(l);
}
END_TEST

START_TEST(second_lock_aborts)
{
    Value a = list_new(0), b = dict_new();
    CRITICAL_BEGIN(AS_OBJ(a));
    CRITICAL_BEGIN(AS_OBJ(b)); /* checked: aborts here */
    CRITICAL_END();
    CRITICAL_END();
    decref(a);
    decref(b);
}
END_TEST

START_TEST(python_code_under_lock_aborts)
{
    Value d = run_py("def f():\n    return 1\n");
    ck_assert(d != V_NULL);
    Value f = u_get(d, "f");
    Value a = list_new(0);
    Value r;
    CRITICAL_BEGIN(AS_OBJ(a));
    r = call0(f); /* checked: aborts entering the eval loop */
    CRITICAL_END();
    xdecref(r);
    decref(a);
    decref(d);
}
END_TEST

START_TEST(use_after_free_aborts)
{
    Value l = list_new(0);
    Obj *o = AS_OBJ(l);
    decref(l);      /* freed: in the checked builds poisoned and quarantined */
    if (!checked_build()) return; /* a release build really freed it: touching it is undefined */
    incref(OBJ_VAL(o)); /* checked: aborts, naming 'list' */
}
END_TEST

/* A list holding one object that is not immortal (an inner list). */
static Value list_of_one(void) {
    Value l = list_new(0), inner = list_new(0);
    list_append(l, inner);
    decref(inner);
    return l;
}

START_TEST(borrowed_then_strong_is_fine)
{
    Value l = list_of_one(), v;
    CRITICAL_BEGIN(AS_OBJ(l));
    v = SLOT_READ(AS_LIST(l)->items[0]);
    incref(v); /* strong before the section ends: the rule kept */
    CRITICAL_END();
    decref(v);
    decref(l);
}
END_TEST

START_TEST(borrowed_not_strong_aborts)
{
    Value l = list_of_one(), v;
    CRITICAL_BEGIN(AS_OBJ(l));
    v = SLOT_READ(AS_LIST(l)->items[0]);
    CRITICAL_END(); /* checked: aborts here, naming 'list' and the read's line */
    (void)v;
    decref(l);
}
END_TEST

START_TEST(release_checks_are_no_ops)
{
    Value l = list_new(0);
    POL_ASSERT_HELD(AS_OBJ(l));
    POL_ASSERT_NO_LOCK("a test");
    (void)SLOT_READ(l); /* outside any section: nothing recorded */
    decref(l);
}
END_TEST

Suite *suite_checks(void) {
    Suite *s = suite_create("checks");
    TCase *tc = tcase_create("checks");
    tcase_add_test(tc, held_inside_own_section_is_fine);
    tcase_add_test(tc, borrowed_then_strong_is_fine);
    if (checked_build()) {
        tcase_add_test_raise_signal(tc, borrowed_not_strong_aborts, SIGABRT);
        tcase_add_test_raise_signal(tc, held_outside_section_aborts, SIGABRT);
        tcase_add_test_raise_signal(tc, second_lock_aborts, SIGABRT);
        tcase_add_test_raise_signal(tc, python_code_under_lock_aborts, SIGABRT);
        tcase_add_test_raise_signal(tc, use_after_free_aborts, SIGABRT);
    } else {
        tcase_add_test(tc, release_checks_are_no_ops);
    }
    suite_add_tcase(s, tc);
    return s;
}
