/* mod_math.c - the math module: C's libm with Python's errors
 * (ValueError "math domain error", OverflowError "math range error"). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include "runtime.h"

static bool arg_double(Value v, double *d) {
    if (val_as_double(v, d)) return true;
    bool found;
    Value r = call_method_opt(v, N.__float__, NULL, 0, &found);
    if (r && val_as_double(r, d)) { decref(r); return true; }
    xdecref(r);
    if (!err_occurred()) err_format(&Exc_TypeError, "must be real number, not %s", type_name(v));
    return false;
}

static Value checked(double r, double x) {
    if (isnan(r) && !isnan(x)) return err_set_str(&Exc_ValueError, "math domain error");
    if (isinf(r) && isfinite(x)) return err_set_str(&Exc_OverflowError, "math range error");
    return float_new(r);
}

#define F1(name, expr) \
    static Value m_##name(Value *a, int n, Dict *kw) { \
        (void)n; (void)kw; \
        double x; \
        if (!arg_double(a[0], &x)) return V_NULL; \
        return checked(expr, x); \
    }
F1(sqrt, x < 0 ? NAN : sqrt(x))
F1(exp, exp(x))
F1(expm1, expm1(x))
F1(log2, x <= 0 ? NAN : log2(x))
F1(log10, x <= 0 ? NAN : log10(x))
F1(log1p, x <= -1 ? NAN : log1p(x))
F1(sin, isinf(x) ? NAN : sin(x))
F1(cos, isinf(x) ? NAN : cos(x))
F1(tan, isinf(x) ? NAN : tan(x))
F1(asin, (x < -1 || x > 1) ? NAN : asin(x))
F1(acos, (x < -1 || x > 1) ? NAN : acos(x))
F1(atan, atan(x))
F1(sinh, sinh(x))
F1(cosh, cosh(x))
F1(tanh, tanh(x))
F1(asinh, asinh(x))
F1(acosh, x < 1 ? NAN : acosh(x))
F1(atanh, (x <= -1 || x >= 1) ? NAN : atanh(x))
F1(fabs, fabs(x))
F1(degrees, x * 180.0 / M_PI)
F1(radians, x * M_PI / 180.0)
F1(erf, erf(x))
F1(erfc, erfc(x))
F1(gamma, (x <= 0 && x == floor(x)) ? NAN : tgamma(x))
F1(lgamma, (x <= 0 && x == floor(x)) ? NAN : lgamma(x))
F1(cbrt, cbrt(x))
F1(exp2, exp2(x))

/* ulp(x): the value of the last bit of x */
static Value m_ulp(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double x;
    if (!arg_double(a[0], &x)) return V_NULL;
    if (isnan(x)) return float_new(x);
    x = fabs(x);
    if (isinf(x)) return float_new(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return float_new(x - nextafter(x, -INFINITY)); /* the largest float */
    return float_new(up - x);
}
static Value m_nextafter(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return V_NULL;
    return float_new(nextafter(x, y));
}
/* IEEE remainder: x - n*y with n the integer nearest x/y (ties to even) */
static Value m_remainder(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return V_NULL;
    if (isnan(x) || isnan(y)) return float_new(NAN);
    if (isinf(x) || y == 0) return err_set_str(&Exc_ValueError, "math domain error");
    return float_new(remainder(x, y));
}

static Value m_log(Value *a, int n, Dict *kw) {
    (void)kw;
    double x;
    if (!arg_double(a[0], &x)) return V_NULL;
    if (x <= 0) return err_set_str(&Exc_ValueError, "math domain error");
    double r = log(x);
    if (n > 1) {
        double b;
        if (!arg_double(a[1], &b)) return V_NULL;
        if (b <= 0 || b == 1) return err_set_str(b == 1 ? &Exc_ZeroDivisionError : &Exc_ValueError, b == 1 ? "float division by zero" : "math domain error");
        r /= log(b);
    }
    return float_new(r);
}
static Value m_pow(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return V_NULL;
    if (x == 0 && y < 0) return err_set_str(&Exc_ValueError, "math domain error");
    if (x < 0 && y != floor(y) && isfinite(y)) return err_set_str(&Exc_ValueError, "math domain error");
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return err_set_str(&Exc_OverflowError, "math range error");
    return float_new(r);
}
static Value m_atan2(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double y, x;
    if (!arg_double(a[0], &y) || !arg_double(a[1], &x)) return V_NULL;
    return float_new(atan2(y, x));
}
static Value m_fmod(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return V_NULL;
    if (y == 0 || isinf(x)) return err_set_str(&Exc_ValueError, "math domain error");
    return float_new(fmod(x, y));
}
static Value m_copysign(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double x, y;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return V_NULL;
    return float_new(copysign(x, y));
}
static Value m_ldexp(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double x;
    int64_t e;
    if (!arg_double(a[0], &x)) return V_NULL;
    if (!val_as_i64(a[1], &e)) return err_set_str(&Exc_TypeError, "Expected an int as second argument to ldexp.");
    return checked(ldexp(x, (int)(e > 100000 ? 100000 : e < -100000 ? -100000 : e)), x);
}
static Value m_hypot(Value *a, int n, Dict *kw) {
    (void)kw;
    double acc = 0;
    for (int i = 0; i < n; i++) {
        double x;
        if (!arg_double(a[i], &x)) return V_NULL;
        acc = hypot(acc, x);
    }
    return float_new(acc);
}
static Value m_dist(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value p = seq_to_tuple(a[0]), q = seq_to_tuple(a[1]);
    Value r = V_NULL;
    if (p && q) {
        if (AS_TUPLE(p)->len != AS_TUPLE(q)->len) err_set_str(&Exc_ValueError, "both points must have the same number of dimensions");
        else {
            double acc = 0;
            bool ok = true;
            for (int64_t i = 0; i < AS_TUPLE(p)->len && ok; i++) {
                double x, y;
                ok = arg_double(AS_TUPLE(p)->items[i], &x) && arg_double(AS_TUPLE(q)->items[i], &y);
                if (ok) acc = hypot(acc, x - y);
            }
            if (ok) r = float_new(acc);
        }
    }
    xdecref(p);
    xdecref(q);
    return r;
}

static Value to_int_rounded(Value v, double (*fn)(double), Str *dunder) {
    int64_t i;
    if (val_as_i64(v, &i)) return int_from_i64(i);
    if (!IS_FLOAT(v)) {
        bool found;
        Value r = call_method_opt(v, dunder, NULL, 0, &found);
        if (found) return r;
    }
    double x;
    if (!arg_double(v, &x)) return V_NULL;
    if (isnan(x)) return err_set_str(&Exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(x)) return err_set_str(&Exc_OverflowError, "cannot convert float infinity to integer");
    double r = fn(x);
    if (r >= 9223372036854775808.0 || r < -9223372036854775808.0)
        return err_set_str(&Exc_OverflowError, "integer overflow (twinpy ints are 64-bit)");
    return int_from_i64((int64_t)r);
}
static Value m_floor(Value *a, int n, Dict *kw) { (void)n; (void)kw; return to_int_rounded(a[0], floor, N.__floor__); }
static Value m_ceil(Value *a, int n, Dict *kw) { (void)n; (void)kw; return to_int_rounded(a[0], ceil, N.__ceil__); }
static Value m_trunc(Value *a, int n, Dict *kw) { (void)n; (void)kw; return to_int_rounded(a[0], trunc, N.__trunc__); }

static bool int_arg(Value v, int64_t *out, const char *fn) {
    if (val_as_i64(v, out)) return true;
    if (IS_FLOAT(v)) err_format(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
    else err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    (void)fn;
    return false;
}
static Value overflow(void) { return err_set_str(&Exc_OverflowError, "integer overflow (twinpy ints are 64-bit)"); }
static Value m_factorial(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t x;
    if (!int_arg(a[0], &x, "factorial")) return V_NULL;
    if (x < 0) return err_set_str(&Exc_ValueError, "factorial() not defined for negative values");
    int64_t r = 1;
    for (int64_t i = 2; i <= x; i++)
        if (__builtin_mul_overflow(r, i, &r)) return overflow();
    return int_from_i64(r);
}
/* on magnitudes: |-2**63| fits in 64 unsigned bits */
static uint64_t mag(int64_t x) { return x < 0 ? 0 - (uint64_t)x : (uint64_t)x; }
static uint64_t gcd64(uint64_t a, uint64_t b) {
    while (b) { uint64_t t = a % b; a = b; b = t; }
    return a;
}
static Value from_mag(uint64_t u) { return u > (uint64_t)INT64_MAX ? overflow() : int_from_i64((int64_t)u); }
static Value m_gcd(Value *a, int n, Dict *kw) {
    (void)kw;
    uint64_t g = 0;
    for (int i = 0; i < n; i++) {
        int64_t x;
        if (!int_arg(a[i], &x, "gcd")) return V_NULL;
        g = gcd64(g, mag(x));
    }
    return from_mag(g);
}
static Value m_lcm(Value *a, int n, Dict *kw) {
    (void)kw;
    uint64_t l = 1;
    for (int i = 0; i < n; i++) {
        int64_t x;
        if (!int_arg(a[i], &x, "lcm")) return V_NULL;
        if (x == 0 || l == 0) { l = 0; continue; }
        uint64_t g = gcd64(l, mag(x)), r;
        if (__builtin_mul_overflow(l / g, mag(x), &r)) return overflow();
        l = r;
    }
    return from_mag(l);
}
static Value m_isqrt(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t x;
    if (!int_arg(a[0], &x, "isqrt")) return V_NULL;
    if (x < 0) return err_set_str(&Exc_ValueError, "isqrt() argument must be nonnegative");
    int64_t r = (int64_t)sqrt((double)x);
    while (r > 0 && (__int128)r * r > x) r--;
    while ((__int128)(r + 1) * (r + 1) <= x) r++;
    return int_from_i64(r);
}
static Value m_comb(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t N_, k;
    if (!int_arg(a[0], &N_, "comb") || !int_arg(a[1], &k, "comb")) return V_NULL;
    if (N_ < 0) return err_set_str(&Exc_ValueError, "n must be a non-negative integer");
    if (k < 0) return err_set_str(&Exc_ValueError, "k must be a non-negative integer");
    if (k > N_) return MK_SMALL(0);
    if (k > N_ - k) k = N_ - k;
    __int128 r = 1;
    for (int64_t i = 1; i <= k; i++) {
        r = r * (N_ - k + i) / i;
        if (r > INT64_MAX) return overflow();
    }
    return int_from_i64((int64_t)r);
}
static Value m_perm(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t N_, k;
    if (!int_arg(a[0], &N_, "perm")) return V_NULL;
    k = N_;
    if (n > 1 && a[1] != V_NONE && !int_arg(a[1], &k, "perm")) return V_NULL;
    if (N_ < 0) return err_set_str(&Exc_ValueError, "n must be a non-negative integer");
    if (k < 0) return err_set_str(&Exc_ValueError, "k must be a non-negative integer");
    if (k > N_) return MK_SMALL(0);
    int64_t r = 1;
    for (int64_t i = 0; i < k; i++)
        if (__builtin_mul_overflow(r, N_ - i, &r)) return overflow();
    return int_from_i64(r);
}
static Value m_isfinite(Value *a, int n, Dict *kw) { (void)n; (void)kw; double x; if (!arg_double(a[0], &x)) return V_NULL; return MK_BOOL(isfinite(x)); }
static Value m_isinf(Value *a, int n, Dict *kw) { (void)n; (void)kw; double x; if (!arg_double(a[0], &x)) return V_NULL; return MK_BOOL(isinf(x)); }
static Value m_isnan(Value *a, int n, Dict *kw) { (void)n; (void)kw; double x; if (!arg_double(a[0], &x)) return V_NULL; return MK_BOOL(isnan(x)); }
static Value m_isclose(Value *a, int n, Dict *kw) {
    (void)n;
    double x, y, rel = 1e-9, abs_ = 0.0;
    if (!arg_double(a[0], &x) || !arg_double(a[1], &y)) return V_NULL;
    if (kw) {
        Value r = kw_take(kw, str_intern_c("rel_tol")), t = kw_take(kw, str_intern_c("abs_tol"));
        bool ok = (!r || arg_double(r, &rel)) && (!t || arg_double(t, &abs_));
        xdecref(r);
        xdecref(t);
        if (!ok || kw_done("isclose", kw) < 0) return V_NULL;
    }
    if (rel < 0 || abs_ < 0) return err_set_str(&Exc_ValueError, "tolerances must be non-negative");
    if (x == y) return V_TRUE;
    if (isinf(x) || isinf(y)) return V_FALSE;
    double d = fabs(y - x);
    return MK_BOOL(d <= fabs(rel * y) || d <= fabs(rel * x) || d <= abs_);
}
/* fsum: Shewchuk's exact summation with a list of non-overlapping partial
 * sums, rounded once at the end (half-even across partials), as CPython's;
 * infinities and NaNs are summed apart, and an overflow on the way is an
 * error rather than an infinity. */
static Value m_fsum(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value it = obj_iter(a[0]);
    if (!it) return V_NULL;
    double *ps = NULL, special = 0, inf_sum = 0;
    int64_t np = 0, cap = 0;
    Value v, r = V_NULL;
    while ((v = obj_next(it))) {
        double x;
        bool ok = arg_double(v, &x);
        decref(v);
        if (!ok) goto out;
        double xsave = x;
        int64_t i = 0;
        for (int64_t j = 0; j < np; j++) {
            double y = ps[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) ps[i++] = lo;
            x = hi;
        }
        np = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) { err_set_str(&Exc_OverflowError, "intermediate overflow in fsum"); goto out; }
                if (isinf(xsave)) inf_sum += xsave;
                special += xsave;
                np = 0;
            } else {
                if (np == cap) {
                    cap = cap ? cap * 2 : 32;
                    double *nps = realloc(ps, (size_t)cap * sizeof(double));
                    if (!nps) { err_no_memory(); goto out; }
                    ps = nps;
                }
                ps[np++] = x;
            }
        }
    }
    if (err_occurred()) goto out;
    if (special != 0.0) {
        if (isnan(inf_sum)) err_set_str(&Exc_ValueError, "-inf + inf in fsum");
        else r = float_new(special);
        goto out;
    }
    double hi = 0.0, lo = 0.0;
    if (np > 0) {
        hi = ps[--np];
        while (np > 0) { /* add from the top until the sum is inexact */
            double x = hi, y = ps[--np];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        /* half-even rounding across the partials left below */
        if (np > 0 && ((lo < 0.0 && ps[np - 1] < 0.0) || (lo > 0.0 && ps[np - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    r = float_new(hi);
out:
    free(ps);
    decref(it);
    return r;
}
static Value m_prod(Value *a, int n, Dict *kw) {
    (void)n;
    Value acc = MK_SMALL(1);
    if (kw) {
        Value s = kw_take(kw, N.start);
        if (s) acc = s;
        if (kw_done("prod", kw) < 0) { decref(acc); return V_NULL; }
    }
    Value it = obj_iter(a[0]);
    if (!it) { decref(acc); return V_NULL; }
    Value v;
    while ((v = obj_next(it))) {
        Value r = obj_binop(BOP_MUL, acc, v);
        decref(v);
        decref(acc);
        if (!r) { decref(it); return V_NULL; }
        acc = r;
    }
    decref(it);
    if (err_occurred()) { decref(acc); return V_NULL; }
    return acc;
}
static Value m_modf(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double x, ip;
    if (!arg_double(a[0], &x)) return V_NULL;
    double fp = modf(x, &ip);
    return tuple_pack(2, float_new(fp), float_new(ip));
}
static Value m_frexp(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double x;
    int e;
    if (!arg_double(a[0], &x)) return V_NULL;
    double m = frexp(x, &e);
    return tuple_pack(2, float_new(m), MK_SMALL(e));
}

Value mod_math_init(void) {
    Value mv = module_new("math");
    if (!mv) return V_NULL;
    Module *m = (Module *)AS_OBJ(mv);
    struct { const char *n; NativeFn f; int min, max; bool kw; } fns[] = {
        {"cbrt", m_cbrt, 1, 1, 0}, {"exp2", m_exp2, 1, 1, 0}, {"ulp", m_ulp, 1, 1, 0},
        {"nextafter", m_nextafter, 2, 2, 0}, {"remainder", m_remainder, 2, 2, 0},
        {"sqrt", m_sqrt, 1, 1, 0}, {"exp", m_exp, 1, 1, 0}, {"expm1", m_expm1, 1, 1, 0}, {"log", m_log, 1, 2, 0},
        {"log2", m_log2, 1, 1, 0}, {"log10", m_log10, 1, 1, 0}, {"log1p", m_log1p, 1, 1, 0}, {"sin", m_sin, 1, 1, 0},
        {"cos", m_cos, 1, 1, 0}, {"tan", m_tan, 1, 1, 0}, {"asin", m_asin, 1, 1, 0}, {"acos", m_acos, 1, 1, 0},
        {"atan", m_atan, 1, 1, 0}, {"atan2", m_atan2, 2, 2, 0}, {"sinh", m_sinh, 1, 1, 0}, {"cosh", m_cosh, 1, 1, 0},
        {"tanh", m_tanh, 1, 1, 0}, {"asinh", m_asinh, 1, 1, 0}, {"acosh", m_acosh, 1, 1, 0}, {"atanh", m_atanh, 1, 1, 0},
        {"fabs", m_fabs, 1, 1, 0}, {"degrees", m_degrees, 1, 1, 0}, {"radians", m_radians, 1, 1, 0},
        {"erf", m_erf, 1, 1, 0}, {"erfc", m_erfc, 1, 1, 0}, {"gamma", m_gamma, 1, 1, 0}, {"lgamma", m_lgamma, 1, 1, 0},
        {"pow", m_pow, 2, 2, 0}, {"fmod", m_fmod, 2, 2, 0}, {"copysign", m_copysign, 2, 2, 0},
        {"ldexp", m_ldexp, 2, 2, 0}, {"hypot", m_hypot, 0, -1, 0}, {"dist", m_dist, 2, 2, 0},
        {"floor", m_floor, 1, 1, 0}, {"ceil", m_ceil, 1, 1, 0}, {"trunc", m_trunc, 1, 1, 0},
        {"factorial", m_factorial, 1, 1, 0}, {"gcd", m_gcd, 0, -1, 0}, {"lcm", m_lcm, 0, -1, 0},
        {"isqrt", m_isqrt, 1, 1, 0}, {"comb", m_comb, 2, 2, 0}, {"perm", m_perm, 1, 2, 0},
        {"isfinite", m_isfinite, 1, 1, 0}, {"isinf", m_isinf, 1, 1, 0}, {"isnan", m_isnan, 1, 1, 0},
        {"isclose", m_isclose, 2, 2, 1}, {"fsum", m_fsum, 1, 1, 0}, {"prod", m_prod, 1, 1, 1},
        {"modf", m_modf, 1, 1, 0}, {"frexp", m_frexp, 1, 1, 0},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) module_add_func(m, fns[i].n, fns[i].f, fns[i].min, fns[i].max, fns[i].kw);
    module_add(m, "pi", float_new(M_PI));
    module_add(m, "e", float_new(M_E));
    module_add(m, "tau", float_new(2 * M_PI));
    module_add(m, "inf", float_new(INFINITY));
    module_add(m, "nan", float_new(NAN));
    return mv;
}
