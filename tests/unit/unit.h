/* unit.h - what every Check suite of the unit tests includes.
 *
 * The suites are compiled once per build (against interp-gil/policy.h and
 * interp-nogil/policy.h) and linked with that build's objects, so every
 * test runs on both policies.  main.c starts the runtime once; Check runs
 * each test in a forked child, so a test may leave state behind. */
#ifndef TWINPY_UNIT_H
#define TWINPY_UNIT_H

#include <check.h>
#include "runtime.h"
#include "ast.h"

/* Each suite file defines one of these; main.c lists them. */
Suite *suite_object(void);
Suite *suite_containers(void);
Suite *suite_lexer(void);
Suite *suite_parser(void);
Suite *suite_compiler(void);
Suite *suite_locks(void);
Suite *suite_checks(void);

/* Helpers (main.c). */
Value run_py(const char *src);          /* run src as a module; returns its dict (new ref) or V_NULL */
Value py_eval(const char *expr);        /* evaluate one expression; new ref or V_NULL */
const char *exc_type_name(void);        /* the pending exception's type name, or "" */
bool str_is(Value v, const char *s);    /* v is a str equal to s */

#endif
