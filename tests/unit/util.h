/* util.h - small helpers shared by the suites (static inline, so every
 * suite file may include it without clashing at link time). */
#ifndef TWINPY_UNIT_UTIL_H
#define TWINPY_UNIT_UTIL_H

#include <string.h>
#include "unit.h"

/* The value bound to `name` in a module dict returned by run_py (new ref). */
static inline Value u_get(Value moddict, const char *name) {
    return dict_get_str(AS_DICT(moddict), str_intern_c(name));
}

/* The int bound to `name` in a module dict; fails the test if it is not one. */
static inline int64_t u_get_int(Value moddict, const char *name) {
    Value v = u_get(moddict, name);
    ck_assert_msg(v != V_NULL, "name '%s' is not bound", name);
    int64_t i = 0;
    ck_assert_msg(val_as_i64(v, &i), "name '%s' is not an int (%s)", name, type_name(v));
    decref(v);
    return i;
}

/* The repr of v as a C string in a static buffer (for ck_assert_str_eq). */
static inline const char *u_repr(Value v) {
    static char buf[4096];
    if (!v) return "<NULL>";
    Value r = obj_repr(v);
    if (!r) { err_clear(); return "<repr failed>"; }
    snprintf(buf, sizeof buf, "%s", AS_STR(r)->data);
    decref(r);
    return buf;
}

/* repr of the value bound to `name` in a run_py module dict. */
static inline const char *u_get_repr(Value moddict, const char *name) {
    Value v = u_get(moddict, name);
    const char *s = u_repr(v);
    xdecref(v);
    return s;
}

/* The message (args[0], or str(exc)) of the pending exception, "" if none. */
static inline const char *u_exc_msg(void) {
    static char buf[1024];
    Value e = cur_ts->exc;
    if (!e) return "";
    Exc *x = (Exc *)AS_OBJ(e);
    if (x->args && IS_TUPLE(x->args) && AS_TUPLE(x->args)->len >= 1 && IS_STR(AS_TUPLE(x->args)->items[0])) {
        snprintf(buf, sizeof buf, "%s", AS_STR(AS_TUPLE(x->args)->items[0])->data);
        return buf;
    }
    Value s = obj_str(e);
    if (!s) return "<str failed>";
    snprintf(buf, sizeof buf, "%s", AS_STR(s)->data);
    decref(s);
    return buf;
}

/* An int attribute stored in a SyntaxError's dict (lineno, offset), or -1. */
static inline int64_t u_exc_dict_int(const char *key) {
    Value e = cur_ts->exc;
    if (!e) return -1;
    Value v = dict_get_str(((Exc *)AS_OBJ(e))->dict, str_intern_c(key));
    int64_t i = -1;
    if (v) { val_as_i64(v, &i); decref(v); }
    return i;
}

/* Run src and return 1 if it ran, 0 (exception left pending) if it failed. */
static inline bool u_run_ok(const char *src, Value *moddict_out) {
    Value d = run_py(src);
    if (moddict_out) *moddict_out = d;
    else xdecref(d);
    return d != V_NULL;
}

#define ASSERT_RUNS(src, dptr) \
    ck_assert_msg(u_run_ok((src), (dptr)), "python failed: %s: %s", exc_type_name(), u_exc_msg())

#endif
