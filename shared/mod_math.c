/* mod_math.c - the math module: C's libm with Python's errors
 * (ValueError "math domain error", OverflowError "math range error"). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include "runtime.h"

static bool arg_double(Value v, double *d) {
    if (IS_BIG(v)) return big_to_double(v, d);
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

/* log of v in the given log function; a big int as m * 2**e, so that
 * log(10**400) is finite as in CPython */
static bool log_arg(Value v, double (*lg)(double), double *out) {
    double d;
    if (IS_BIG(v) && big_sign(v) > 0) {
        if (big_to_double(v, &d)) {
            *out = lg(d); /* as CPython: the int as a float, when it is one */
            return true;
        }
        err_clear();
    }
    if (IS_BIG(v)) {
        if (big_sign(v) <= 0) { err_set_str(&Exc_ValueError, "math domain error"); return false; }
        int64_t e = big_bit_length(v) - 60;
        Value m = num_binop(BOP_RSHIFT, v, MK_SMALL(e));
        if (!m) return false;
        double md;
        val_as_double(m, &md);
        decref(m);
        *out = lg(md) + (double)e * lg(2.0);
        return true;
    }
    double x;
    if (!arg_double(v, &x)) return false;
    if (x <= 0) { err_set_str(&Exc_ValueError, "math domain error"); return false; }
    *out = lg(x);
    return true;
}
static Value m_log(Value *a, int n, Dict *kw) {
    (void)kw;
    double r;
    if (!log_arg(a[0], log, &r)) return V_NULL;
    if (n > 1) {
        double b;
        if (!arg_double(a[1], &b)) return V_NULL;
        if (b == 1) return err_set_str(&Exc_ZeroDivisionError, "float division by zero");
        if (!log_arg(a[1], log, &b)) return V_NULL;
        r /= b;
    }
    return float_new(r);
}
static Value m_log2(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double r;
    return log_arg(a[0], log2, &r) ? float_new(r) : V_NULL;
}
static Value m_log10(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double r;
    return log_arg(a[0], log10, &r) ? float_new(r) : V_NULL;
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
    if (IS_BIG(v)) { incref(v); return v; }
    if (!IS_FLOAT(v)) {
        bool found;
        Value r = call_method_opt(v, dunder, NULL, 0, &found);
        if (found) return r;
    }
    double x;
    if (!arg_double(v, &x)) return V_NULL;
    if (isnan(x)) return err_set_str(&Exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(x)) return err_set_str(&Exc_OverflowError, "cannot convert float infinity to integer");
    return big_from_double(fn(x));
}
static Value m_floor(Value *a, int n, Dict *kw) { (void)n; (void)kw; return to_int_rounded(a[0], floor, N.__floor__); }
static Value m_ceil(Value *a, int n, Dict *kw) { (void)n; (void)kw; return to_int_rounded(a[0], ceil, N.__ceil__); }
static Value m_trunc(Value *a, int n, Dict *kw) { (void)n; (void)kw; return to_int_rounded(a[0], trunc, N.__trunc__); }

static bool int_arg(Value v, int64_t *out, const char *fn) {
    (void)fn;
    if (val_as_i64(v, out)) return true;
    if (IS_BIG(v)) err_set_str(&Exc_OverflowError, "Python int too large to convert to C long");
    else int_arg_error(v);
    return false;
}
/* an int argument of any size, as a new reference to a plain int */
static Value int_value(Value v) {
    if (IS_INT(v) || TYPE(v) == &BoolType) return obj_pos(v);
    bool found;
    Value r = call_method_opt(v, N.__index__, NULL, 0, &found);
    if (!found) return int_arg_error(v);
    if (r && !IS_INT(r)) {
        err_format(&Exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
        decref(r);
        return V_NULL;
    }
    return r;
}
/* a * b, consuming a; NULL passes through */
static Value mul_into(Value a, Value b) {
    if (!a) return V_NULL;
    Value r = num_binop(BOP_MUL, a, b);
    decref(a);
    return r;
}
/* a * x, consuming a */
static Value mul_i64(Value a, int64_t x) {
    Value xv = int_from_i64(x);
    if (!xv) { xdecref(a); return V_NULL; }
    Value r = mul_into(a, xv);
    decref(xv);
    return r;
}
/* lo * (lo+1) * ... * hi by halves, so that the big factors meet late */
static Value range_product(int64_t lo, int64_t hi) {
    if (lo > hi) return MK_SMALL(1);
    if (hi - lo < 8) {
        Value r = MK_SMALL(1);
        for (int64_t i = lo; r; i++) {
            r = mul_i64(r, i);
            if (i == hi) break; /* hi may be INT64_MAX */
        }
        return r;
    }
    int64_t mid = lo + (hi - lo) / 2;
    Value a = range_product(lo, mid);
    Value b = a ? range_product(mid + 1, hi) : V_NULL;
    Value r = b ? num_binop(BOP_MUL, a, b) : V_NULL;
    xdecref(a);
    xdecref(b);
    return r;
}
static Value m_factorial(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t x;
    if (IS_FLOAT(a[0])) return err_set_str(&Exc_TypeError, "'float' object cannot be interpreted as an integer");
    if (!int_arg(a[0], &x, "factorial")) return V_NULL;
    if (x < 0) return err_set_str(&Exc_ValueError, "factorial() not defined for negative values");
    if (x > 2 && big_too_many_bits((double)x * log2((double)x))) return V_NULL;
    return range_product(2, x);
}
static Value gcd2(Value a, Value b) {
    Value x = obj_abs(a), y = x ? obj_abs(b) : V_NULL;
    while (y && big_sign(y) != 0) {
        Value t = num_binop(BOP_MOD, x, y);
        decref(x);
        x = y;
        y = t;
    }
    if (!y) { xdecref(x); return V_NULL; }
    decref(y);
    return x;
}
static Value m_gcd(Value *a, int n, Dict *kw) {
    (void)kw;
    Value g = MK_SMALL(0);
    for (int i = 0; i < n && g; i++) {
        Value x = int_value(a[i]);
        Value r = x ? gcd2(g, x) : V_NULL;
        xdecref(x);
        decref(g);
        g = r;
    }
    return g;
}
static Value m_lcm(Value *a, int n, Dict *kw) {
    (void)kw;
    Value l = MK_SMALL(1);
    for (int i = 0; i < n && l; i++) {
        Value x = int_value(a[i]);
        if (!x) { decref(l); return V_NULL; }
        Value r;
        if (big_sign(x) == 0 || big_sign(l) == 0) r = MK_SMALL(0);
        else {
            Value g = gcd2(l, x);
            Value q = g ? num_binop(BOP_FLOORDIV, l, g) : V_NULL;
            Value ax = q ? obj_abs(x) : V_NULL;
            r = ax ? num_binop(BOP_MUL, q, ax) : V_NULL;
            xdecref(g); xdecref(q); xdecref(ax);
        }
        decref(x);
        decref(l);
        l = r;
    }
    return l;
}
static Value m_isqrt(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value x = int_value(a[0]);
    if (!x) return V_NULL;
    if (big_sign(x) < 0) { decref(x); return err_set_str(&Exc_ValueError, "isqrt() argument must be nonnegative"); }
    int64_t xi;
    if (val_as_i64(x, &xi)) {
        int64_t r = (int64_t)sqrt((double)xi);
        while (r > 0 && (__int128)r * r > xi) r--;
        while ((__int128)(r + 1) * (r + 1) <= xi) r++;
        return int_from_i64(r);
    }
    /* Newton's iteration from above: r = (r + x // r) // 2 until it stops falling */
    Value r = num_binop(BOP_LSHIFT, MK_SMALL(1), MK_SMALL((big_bit_length(x) + 1) / 2));
    while (r) {
        Value q = num_binop(BOP_FLOORDIV, x, r);
        Value s = q ? num_binop(BOP_ADD, r, q) : V_NULL;
        Value y = s ? num_binop(BOP_RSHIFT, s, MK_SMALL(1)) : V_NULL;
        xdecref(q); xdecref(s);
        if (!y) { decref(r); r = V_NULL; break; }
        if (big_cmp(y, r) >= 0) { decref(y); break; }
        decref(r);
        r = y;
    }
    decref(x);
    return r;
}
static Value m_comb(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t N_, k;
    if (!int_arg(a[0], &N_, "comb") || !int_arg(a[1], &k, "comb")) return V_NULL;
    if (N_ < 0) return err_set_str(&Exc_ValueError, "n must be a non-negative integer");
    if (k < 0) return err_set_str(&Exc_ValueError, "k must be a non-negative integer");
    if (k > N_) return MK_SMALL(0);
    if (k > N_ - k) k = N_ - k;
    if (k > 1 && big_too_many_bits((double)k * log2((double)N_))) return V_NULL;
    /* r * (N-k+i) is divisible by i at every step */
    Value r = MK_SMALL(1);
    for (int64_t i = 1; i <= k && r; i++) {
        r = mul_i64(r, N_ - k + i);
        if (!r) break;
        Value iv = int_from_i64(i);
        Value q = iv ? num_binop(BOP_FLOORDIV, r, iv) : V_NULL;
        xdecref(iv);
        decref(r);
        r = q;
    }
    return r;
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
    if (k > 1 && big_too_many_bits((double)k * log2((double)N_))) return V_NULL;
    return range_product(N_ - k + 1, N_);
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
