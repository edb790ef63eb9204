/* main.c - runs every unit-test suite against one build. */
#include <string.h>
#include "unit.h"

Value run_py(const char *src) {
    Value m = module_new("__unit__");
    if (!m) return V_NULL;
    Module *mod = (Module *)AS_OBJ(m);
    dict_set_str(mod->dict, N.__builtins__, OBJ_VAL(interp.builtins));
    Code *co = compile_module(src, (int64_t)strlen(src), str_intern_c("<unit>"));
    if (!co) return V_NULL;
    Value r = vm_run_module(co, mod->dict);
    if (!r) return V_NULL;
    decref(r);
    incref(OBJ_VAL(mod->dict));
    return OBJ_VAL(mod->dict);
}

Value py_eval(const char *expr) {
    size_t n = strlen(expr) + 32;
    char *src = malloc(n);
    snprintf(src, n, "_r = (%s)\n", expr);
    Value d = run_py(src);
    free(src);
    if (!d) return V_NULL;
    Value r = dict_get_str(AS_DICT(d), str_intern_c("_r"));
    decref(d);
    return r;
}

const char *exc_type_name(void) {
    Value e = cur_ts->exc;
    return e ? type_name(e) : "";
}

bool str_is(Value v, const char *s) { return v && IS_STR(v) && str_eq_c(AS_STR(v), s); }

int main(int argc, char **argv) {
    char *fake[] = {argv[0], NULL};
    runtime_init(1, fake, 1);
    SRunner *sr = srunner_create(suite_object());
    srunner_add_suite(sr, suite_containers());
    srunner_add_suite(sr, suite_lexer());
    srunner_add_suite(sr, suite_parser());
    srunner_add_suite(sr, suite_compiler());
    srunner_add_suite(sr, suite_locks());
    srunner_add_suite(sr, suite_checks());
    if (argc > 1 && strcmp(argv[1], "-v") == 0) srunner_set_fork_status(sr, CK_NOFORK);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
