/* complex.c - complex numbers and the cmath module.
 *
 * A complex is two doubles, immutable like every number, so nothing here
 * takes a lock.  Arithmetic follows CPython's formulas where the result
 * depends on them: an int or float operand is widened to (x + 0j) first,
 * division scales by the larger part of the divisor, and ** with a small
 * integral exponent multiplies (CPython's c_powi) while any other exponent
 * goes through polar form.  repr writes each part as float's repr does,
 * without a ".0" on integral values: 1j, (1+2j), (-0-0j).  cmath wraps C's
 * <complex.h> functions, with Python's ValueError for a domain error. */
#include <complex.h>
#include <errno.h>
#include <math.h>
#include <string.h>
#include "runtime.h"

Type ComplexType = {.ob = OBJ_HEAD_INIT(&TypeType)};

typedef struct {
    Obj ob;
    double re, im;
} Complex;

#define AS_COMPLEX(v) ((Complex *)AS_OBJ(v))

Value complex_new(double re, double im) {
    Complex *c = (Complex *)obj_new(&ComplexType, sizeof(Complex));
    if (!c) return V_NULL;
    c->re = re;
    c->im = im;
    return OBJ_VAL(c);
}

/* v as a complex: a complex, an int or a float; false if it is none of them */
static bool as_complex(Value v, double *re, double *im) {
    if (IS_COMPLEX(v)) {
        *re = AS_COMPLEX(v)->re;
        *im = AS_COMPLEX(v)->im;
        return true;
    }
    if (IS_BIG(v)) {
        *im = 0;
        return big_to_double(v, re);
    }
    if (val_as_double(v, re)) {
        *im = 0;
        return true;
    }
    return false;
}

/* ---- arithmetic ------------------------------------------------------------------ */
typedef struct { double re, im; } C;

static C c_mul(C a, C b) { return (C){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

static bool c_div(C a, C b, C *r) {
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0) return false;
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        *r = (C){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    } else if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        *r = (C){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    } else *r = (C){NAN, NAN}; /* a NaN in b */
    return true;
}

static C c_powu(C x, int64_t n) {
    C r = {1, 0}, p = x;
    for (int64_t mask = 1; mask > 0 && mask <= n; mask <<= 1) {
        if (n & mask) r = c_mul(r, p);
        p = c_mul(p, p);
    }
    return r;
}

static bool c_pow(C a, C b, C *r) {
    if (b.re == 0 && b.im == 0) { *r = (C){1, 0}; return true; }
    if (a.re == 0 && a.im == 0) {
        if (b.im != 0 || b.re < 0) return false;
        *r = (C){0, 0};
        return true;
    }
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re), phase = at * b.re;
    if (b.im != 0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    *r = (C){len * cos(phase), len * sin(phase)};
    return true;
}

/* CPython reports errors of ** through errno, as its libm calls leave it:
 * EDOM (a zero base, or cos/sin of an infinite phase) is ZeroDivisionError,
 * any infinite part of the result OverflowError */
static Value pow_values(C a, C b) {
    C r = {0, 0};
    errno = 0;
    if (b.im == 0 && b.re == floor(b.re) && fabs(b.re) <= 100) {
        /* an integral exponent: repeated multiplication */
        int64_t n = (int64_t)b.re;
        if (n >= 0) r = c_powu(a, n);
        else if (!c_div((C){1, 0}, c_powu(a, -n), &r)) errno = EDOM;
    } else if (!c_pow(a, b, &r)) errno = EDOM;
    if (isinf(r.re) || isinf(r.im)) {
        if (!errno) errno = ERANGE;
    } else if (errno == ERANGE) errno = 0;
    int e = errno;
    errno = 0;
    if (e == EDOM) return err_set_str(&Exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (e == ERANGE) return err_set_str(&Exc_OverflowError, "complex exponentiation");
    return complex_new(r.re, r.im);
}

Value complex_pow_real(double a, double b) { return pow_values((C){a, 0}, (C){b, 0}); }

Value complex_binop(int op, Value a, Value b) {
    C x, y, r;
    if (!as_complex(a, &x.re, &x.im) || !as_complex(b, &y.re, &y.im)) return err_occurred() ? V_NULL : V_NOTIMPL;
    switch (op) {
    case BOP_ADD: return complex_new(x.re + y.re, x.im + y.im);
    case BOP_SUB: return complex_new(x.re - y.re, x.im - y.im);
    case BOP_MUL: r = c_mul(x, y); return complex_new(r.re, r.im);
    case BOP_TRUEDIV:
        if (!c_div(x, y, &r)) return err_set_str(&Exc_ZeroDivisionError, "complex division by zero");
        return complex_new(r.re, r.im);
    case BOP_POW: return pow_values(x, y);
    default: return V_NOTIMPL;
    }
}

Value complex_unary(Value v, char op) {
    Complex *c = AS_COMPLEX(v);
    switch (op) {
    case '-': return complex_new(-c->re, -c->im);
    case '+': return complex_new(c->re, c->im);
    default: {
        double h = hypot(c->re, c->im);
        if (isinf(h) && isfinite(c->re) && isfinite(c->im))
            return err_set_str(&Exc_OverflowError, "absolute value too large");
        return float_new(h);
    }
    }
}

/* ---- the type ---------------------------------------------------------------------- */
/* a part as float's repr writes it, less a trailing ".0" */
static void part_repr(double d, char *out, size_t n) {
    float_repr(d, out, n);
    size_t len = strlen(out);
    if (len > 2 && !strcmp(out + len - 2, ".0")) out[len - 2] = 0;
}

static Value complex_repr(Value v) {
    Complex *c = AS_COMPLEX(v);
    char re[64], im[64], buf[160];
    part_repr(c->im, im, sizeof im);
    if (c->re == 0 && !signbit(c->re)) {
        snprintf(buf, sizeof buf, "%sj", im);
    } else {
        part_repr(c->re, re, sizeof re);
        bool sign = im[0] == '-' || im[0] == '+';
        snprintf(buf, sizeof buf, "(%s%s%sj)", re, sign ? "" : "+", im);
    }
    return str_from_c(buf);
}

static int64_t complex_hash(Value v) {
    Complex *c = AS_COMPLEX(v);
    uint64_t h = (uint64_t)float_hash(c->re) + 1000003u * (uint64_t)float_hash(c->im);
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

static bool complex_truth(Value v, int *err) {
    (void)err;
    return AS_COMPLEX(v)->re != 0 || AS_COMPLEX(v)->im != 0;
}

static Value complex_richcmp(Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return V_NOTIMPL;
    double are, aim, bre, bim;
    if (!IS_COMPLEX(a) && !IS_COMPLEX(b)) return V_NOTIMPL;
    if (IS_BIG(a) || IS_BIG(b)) {
        /* an int beyond a double's precision: equal only to a complex with
         * no imaginary part whose real part equals it exactly */
        Value i = IS_BIG(a) ? a : b, z = IS_BIG(a) ? b : a;
        if (AS_COMPLEX(z)->im != 0) return MK_BOOL(op == CMP_NE);
        Value f = float_new(AS_COMPLEX(z)->re);
        if (!f) return V_NULL;
        Value r = obj_richcmp(i, f, op);
        decref(f);
        return r;
    }
    if (!as_complex(a, &are, &aim) || !as_complex(b, &bre, &bim)) return V_NOTIMPL;
    bool eq = are == bre && aim == bim;
    return MK_BOOL(op == CMP_EQ ? eq : !eq);
}

static Value complex_getattr(Value self, Str *name) {
    if (name == N.real) return float_new(AS_COMPLEX(self)->re);
    if (name == N.imag) return float_new(AS_COMPLEX(self)->im);
    return generic_getattr(self, name, true);
}

static Value c_conjugate(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    return complex_new(AS_COMPLEX(a[0])->re, -AS_COMPLEX(a[0])->im);
}

static Value c_getnewargs(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    return tuple_pack(2, float_new(AS_COMPLEX(a[0])->re), float_new(AS_COMPLEX(a[0])->im));
}

/* format(z, spec): with a presentation type, each part formatted as a
 * float ("1.00+2.00j", no brackets); without one, str(z); then padded to
 * the width */
static Value c_format(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_STR(a[1])) return err_format(&Exc_TypeError, "format() argument 2 must be str, not %s", type_name(a[1]));
    Str *spec = AS_STR(a[1]);
    const char *p = spec->data, *e = p + spec->len;
    char fill[8] = " ", align = '>';
    int fl = utf8_decode((const unsigned char *)p, &(uint32_t){0});
    if (p < e && p + fl < e && strchr("<>^=", p[fl])) {
        memcpy(fill, p, (size_t)fl);
        fill[fl] = 0;
        align = p[fl];
        p += fl + 1;
    } else if (p < e && strchr("<>^=", *p)) align = *p++;
    if (align == '=') return err_set_str(&Exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    const char *mid = p; /* sign, z, #: kept for the parts */
    while (p < e && strchr("+- z#", *p)) p++;
    const char *flags_end = p;
    if (p < e && *p == '0') return err_set_str(&Exc_ValueError, "Zero padding is not allowed in complex format specifier");
    int64_t width = 0;
    while (p < e && *p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
    bool typed = p < e && strchr("eEfFgGn%", e[-1]);
    Value body;
    if (typed) {
        SBuf rs, is;
        sb_init(&rs);
        sb_init(&is);
        sb_add(&rs, mid, flags_end - mid);
        sb_add(&rs, p, e - p);
        sb_addc(&is, '+');
        for (const char *q = mid; q < flags_end; q++)
            if (!strchr("+- ", *q)) sb_addc(&is, *q);
        sb_add(&is, p, e - p);
        Value rspec = sb_finish(&rs), ispec = sb_finish(&is);
        Value re = float_new(AS_COMPLEX(a[0])->re), im = float_new(AS_COMPLEX(a[0])->im);
        Value sre = rspec && re ? obj_format(re, AS_STR(rspec)) : V_NULL;
        Value sim = sre && ispec && im ? obj_format(im, AS_STR(ispec)) : V_NULL;
        body = V_NULL;
        if (sim) {
            SBuf o;
            sb_init(&o);
            sb_add_str(&o, AS_STR(sre));
            sb_add_str(&o, AS_STR(sim));
            sb_addc(&o, 'j');
            body = sb_finish(&o);
        }
        xdecref(rspec); xdecref(ispec); xdecref(re); xdecref(im); xdecref(sre); xdecref(sim);
    } else body = obj_str(a[0]);
    if (!body) return V_NULL;
    int64_t pad = width - AS_STR(body)->nchars;
    if (pad <= 0) return body;
    SBuf o;
    sb_init(&o);
    int64_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
    sb_fill(&o, fill, (int64_t)strlen(fill), left);
    sb_add_str(&o, AS_STR(body));
    sb_fill(&o, fill, (int64_t)strlen(fill), pad - left);
    decref(body);
    return sb_finish(&o);
}

/* complex("1+2j"), complex(" (3-4j) "), complex("5j"), complex("inf") */
static Value complex_parse(Str *s) {
    const char *p = s->data, *e = p + s->len;
    utf8_strip_space(&p, &e);
    if (p < e && *p == '(' && e - p >= 2 && e[-1] == ')') {
        p++;
        e--;
        utf8_strip_space(&p, &e);
    }
    char buf[256];
    size_t len = (size_t)(e - p);
    if (len == 0 || len >= sizeof buf) goto bad;
    memcpy(buf, p, len);
    buf[len] = 0;
    {
        /* split at the sign that starts the imaginary part: not the first
         * character and not right after an exponent's e */
        char *j = buf + len - 1;
        double re = 0, im = 0;
        if (*j == 'j' || *j == 'J') {
            *j = 0;
            char *split = NULL;
            for (char *q = buf + 1; *q; q++)
                if ((*q == '+' || *q == '-') && q[-1] != 'e' && q[-1] != 'E') split = q;
            const char *ims = split ? split : buf;
            Value imv;
            if (!strcmp(ims, "+") || !strcmp(ims, "-") || !*ims) im = *ims == '-' ? -1.0 : 1.0;
            else {
                if (strchr(ims, ' ')) goto bad;
                imv = float_parse(ims, (int64_t)strlen(ims));
                if (!imv) { err_clear(); goto bad; }
                im = AS_FLOAT(imv);
                decref(imv);
            }
            if (split) {
                *split = 0;
                if (strchr(buf, ' ')) goto bad;
                Value rev = float_parse(buf, (int64_t)strlen(buf));
                if (!rev) { err_clear(); goto bad; }
                re = AS_FLOAT(rev);
                decref(rev);
            }
        } else {
            if (strchr(buf, ' ')) goto bad;
            Value rev = float_parse(buf, (int64_t)len);
            if (!rev) { err_clear(); goto bad; }
            re = AS_FLOAT(rev);
            decref(rev);
        }
        return complex_new(re, im);
    }
bad:
    return err_set_str(&Exc_ValueError, "complex() arg is a malformed string");
}

/* a real or complex argument of complex(): its parts */
static bool complex_arg(Value v, double *re, double *im, const char *what) {
    if (as_complex(v, re, im)) return true;
    if (err_occurred()) return false;
    bool found;
    Value r = call_method_opt(v, str_intern_c("__complex__"), NULL, 0, &found);
    if (found) {
        if (!r) return false;
        bool ok = IS_COMPLEX(r);
        if (ok) { *re = AS_COMPLEX(r)->re; *im = AS_COMPLEX(r)->im; }
        else err_format(&Exc_TypeError, "__complex__ returned non-complex (type %s)", type_name(r));
        decref(r);
        return ok;
    }
    r = call_method_opt(v, N.__float__, NULL, 0, &found);
    if (!found) r = call_method_opt(v, N.__index__, NULL, 0, &found);
    if (found) {
        if (!r) return false;
        bool ok = as_complex(r, re, im) && !IS_COMPLEX(r);
        decref(r);
        if (!ok && !err_occurred()) err_set_str(&Exc_TypeError, "__float__ returned non-float");
        return ok;
    }
    err_format(&Exc_TypeError, "complex() %s must be a number, not '%s'", what, type_name(v));
    return false;
}

static Value complex_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    Value rv = nargs > 0 ? args[0] : V_NULL, iv = nargs > 1 ? args[1] : V_NULL;
    if (kw) {
        Value v;
        if ((v = kw_take(kw, N.real))) { rv = v; decref(v); }
        if ((v = kw_take(kw, N.imag))) { iv = v; decref(v); }
        if (kw_done("complex", kw) < 0) return V_NULL;
    }
    if (nargs > 2) return err_format(&Exc_TypeError, "complex() takes at most 2 arguments (%d given)", nargs);
    if (rv && IS_STR(rv)) {
        if (iv) return err_set_str(&Exc_TypeError, "complex() can't take second arg if first is a string");
        return complex_parse(AS_STR(rv));
    }
    if (iv && IS_STR(iv)) return err_set_str(&Exc_TypeError, "complex() second arg can't be a string");
    if (rv && IS_COMPLEX(rv) && !iv) { incref(rv); return rv; }
    double ar = 0, ai = 0, br = 0, bi = 0;
    if (rv && !complex_arg(rv, &ar, &ai, "first argument")) return V_NULL;
    if (iv && !complex_arg(iv, &br, &bi, "second argument")) return V_NULL;
    /* complex(a, b) is a + b*1j, parts added only where there are two, so
     * that complex(0.0, -0.0) keeps its negative zero */
    double re = ar, im = br;
    if (iv && IS_COMPLEX(iv)) re -= bi;
    if (rv && IS_COMPLEX(rv)) im = iv ? ai + br : ai;
    return complex_new(re, im);
}

static void complex_dealloc(Obj *o) { obj_free(o); }

/* ---- cmath ---------------------------------------------------------------------------- */
/* re + im*i exactly, infinities and NaNs included (CMPLX is not in every
 * compiler's <complex.h>; C11 lays a complex out as two doubles) */
static double complex mkc(double re, double im) {
    double complex z;
    ((double *)&z)[0] = re;
    ((double *)&z)[1] = im;
    return z;
}

static bool cm_arg(Value v, double complex *z) {
    double re, im;
    if (!complex_arg(v, &re, &im, "argument")) {
        if (!IS_COMPLEX(v)) {
            err_clear();
            err_format(&Exc_TypeError, "must be real number, not %s", type_name(v));
        }
        return false;
    }
    *z = mkc(re, im);
    return true;
}

static Value cm_result(double complex r, double complex z) {
    double re = creal(r), im = cimag(r);
    bool finite_in = isfinite(creal(z)) && isfinite(cimag(z));
    if (finite_in && (isnan(re) || isnan(im))) return err_set_str(&Exc_ValueError, "math domain error");
    if (finite_in && (isinf(re) || isinf(im))) return err_set_str(&Exc_OverflowError, "math range error");
    return complex_new(re, im);
}

#define CM1(name, fn)                                             \
    static Value cm_##name(Value *a, int n, Dict *kw) {           \
        (void)n; (void)kw;                                        \
        double complex z;                                         \
        if (!cm_arg(a[0], &z)) return V_NULL;                     \
        return cm_result(fn(z), z);                               \
    }
CM1(sqrt, csqrt) CM1(exp, cexp) CM1(sin, csin) CM1(cos, ccos) CM1(tan, ctan) CM1(asin, casin)
CM1(acos, cacos) CM1(atan, catan) CM1(sinh, csinh) CM1(cosh, ccosh) CM1(tanh, ctanh)
CM1(asinh, casinh) CM1(acosh, cacosh) CM1(atanh, catanh)
#undef CM1

static Value cm_log(Value *a, int n, Dict *kw) {
    (void)kw;
    double complex z, b;
    if (!cm_arg(a[0], &z)) return V_NULL;
    if (creal(z) == 0 && cimag(z) == 0) return err_set_str(&Exc_ValueError, "math domain error");
    double complex r = clog(z);
    if (n > 1) {
        if (!cm_arg(a[1], &b)) return V_NULL;
        if (creal(b) == 0 && cimag(b) == 0) return err_set_str(&Exc_ValueError, "math domain error");
        C q;
        double complex lb = clog(b);
        if (!c_div((C){creal(r), cimag(r)}, (C){creal(lb), cimag(lb)}, &q))
            return err_set_str(&Exc_ZeroDivisionError, "complex division by zero");
        r = mkc(q.re, q.im);
    }
    return cm_result(r, z);
}
static Value cm_log10(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double complex z;
    if (!cm_arg(a[0], &z)) return V_NULL;
    if (creal(z) == 0 && cimag(z) == 0) return err_set_str(&Exc_ValueError, "math domain error");
    double complex r = clog(z);
    return cm_result(mkc(creal(r) / log(10.0), cimag(r) / log(10.0)), z);
}
static Value cm_phase(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double complex z;
    if (!cm_arg(a[0], &z)) return V_NULL;
    return float_new(carg(z));
}
static Value cm_polar(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double complex z;
    if (!cm_arg(a[0], &z)) return V_NULL;
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && isfinite(creal(z)) && isfinite(cimag(z))) return err_set_str(&Exc_OverflowError, "math range error");
    return tuple_pack(2, float_new(r), float_new(carg(z)));
}
static Value cm_rect(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double r, phi;
    if (IS_COMPLEX(a[0]) || IS_COMPLEX(a[1])) return err_set_str(&Exc_TypeError, "must be real number, not complex");
    if (!val_as_double(a[0], &r) || !val_as_double(a[1], &phi))
        return err_format(&Exc_TypeError, "must be real number, not %s", type_name(val_as_double(a[0], &r) ? a[1] : a[0]));
    if (isinf(r) && isfinite(phi) && phi == 0) return complex_new(r, phi * r);
    return complex_new(r * cos(phi), r * sin(phi));
}
#define CMB(name, test)                                              \
    static Value cm_##name(Value *a, int n, Dict *kw) {              \
        (void)n; (void)kw;                                           \
        double complex z;                                            \
        if (!cm_arg(a[0], &z)) return V_NULL;                        \
        double re = creal(z), im = cimag(z);                         \
        return MK_BOOL(test);                                        \
    }
CMB(isfinite, isfinite(re) && isfinite(im))
CMB(isinf, isinf(re) || isinf(im))
CMB(isnan, isnan(re) || isnan(im))
#undef CMB

static Value cm_isclose(Value *a, int n, Dict *kw) {
    double complex x, y;
    if (n < 2) return err_set_str(&Exc_TypeError, "isclose() missing required argument 'b' (pos 2)");
    if (!cm_arg(a[0], &x) || !cm_arg(a[1], &y)) return V_NULL;
    double rel = 1e-09, abs_ = 0.0;
    if (kw) {
        Value v;
        if ((v = kw_take(kw, str_intern_c("rel_tol")))) { bool ok = val_as_double(v, &rel); decref(v); if (!ok) return err_set_str(&Exc_TypeError, "must be real number"); }
        if ((v = kw_take(kw, str_intern_c("abs_tol")))) { bool ok = val_as_double(v, &abs_); decref(v); if (!ok) return err_set_str(&Exc_TypeError, "must be real number"); }
        if (kw_done("isclose", kw) < 0) return V_NULL;
    }
    if (rel < 0 || abs_ < 0) return err_set_str(&Exc_ValueError, "tolerances must be non-negative");
    if (x == y) return V_TRUE;
    if (isinf(creal(x)) || isinf(cimag(x)) || isinf(creal(y)) || isinf(cimag(y))) return V_FALSE;
    double diff = cabs(x - y);
    return MK_BOOL((diff <= rel * cabs(y)) || (diff <= rel * cabs(x)) || diff <= abs_);
}

Value mod_cmath_init(void) {
    Value mv = module_new("cmath");
    if (!mv) return V_NULL;
    Module *m = (Module *)AS_OBJ(mv);
    struct { const char *n; NativeFn f; int min, max; bool kw; } fns[] = {
        {"sqrt", cm_sqrt, 1, 1, 0}, {"exp", cm_exp, 1, 1, 0}, {"log", cm_log, 1, 2, 0}, {"log10", cm_log10, 1, 1, 0},
        {"sin", cm_sin, 1, 1, 0}, {"cos", cm_cos, 1, 1, 0}, {"tan", cm_tan, 1, 1, 0}, {"asin", cm_asin, 1, 1, 0},
        {"acos", cm_acos, 1, 1, 0}, {"atan", cm_atan, 1, 1, 0}, {"sinh", cm_sinh, 1, 1, 0}, {"cosh", cm_cosh, 1, 1, 0},
        {"tanh", cm_tanh, 1, 1, 0}, {"asinh", cm_asinh, 1, 1, 0}, {"acosh", cm_acosh, 1, 1, 0},
        {"atanh", cm_atanh, 1, 1, 0}, {"phase", cm_phase, 1, 1, 0}, {"polar", cm_polar, 1, 1, 0},
        {"rect", cm_rect, 2, 2, 0}, {"isfinite", cm_isfinite, 1, 1, 0}, {"isinf", cm_isinf, 1, 1, 0},
        {"isnan", cm_isnan, 1, 1, 0}, {"isclose", cm_isclose, 2, 2, 1},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) module_add_func(m, fns[i].n, fns[i].f, fns[i].min, fns[i].max, fns[i].kw);
    module_add(m, "pi", float_new(M_PI));
    module_add(m, "e", float_new(M_E));
    module_add(m, "tau", float_new(2 * M_PI));
    module_add(m, "inf", float_new(INFINITY));
    module_add(m, "nan", float_new(NAN));
    module_add(m, "infj", complex_new(0, INFINITY));
    module_add(m, "nanj", complex_new(0, NAN));
    return mv;
}

void complex_init_type(void) {
    ComplexType.dealloc = complex_dealloc;
    ComplexType.repr = complex_repr;
    ComplexType.hash = complex_hash;
    ComplexType.richcmp = complex_richcmp;
    ComplexType.truth = complex_truth;
    ComplexType.newobj = complex_newobj;
    ComplexType.getattr = complex_getattr;
    type_ready(&ComplexType, "complex", &ObjectType);
    type_add_method(&ComplexType, "conjugate", c_conjugate, 1, 1, false);
    type_add_method(&ComplexType, "__getnewargs__", c_getnewargs, 1, 1, false);
    type_add_method(&ComplexType, "__format__", c_format, 2, 2, false);
}
