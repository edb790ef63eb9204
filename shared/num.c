/* num.c - int, bool and float.
 *
 * Ints are tagged small ints when they fit 63 bits, boxed Int objects when
 * they fit 64, and big ints (bigint.c) beyond.  Every operation here works
 * on int64_t and hands a result that leaves the 64-bit range, and every
 * operand that is already big, to bigint.c.  Hashes follow CPython's numeric hash
 * (modulo 2**61 - 1) so that sets of numbers iterate in CPython's order. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "runtime.h"

Int TrueObj = {.ob = OBJ_HEAD_INIT(&BoolType), .v = 1};
Int FalseObj = {.ob = OBJ_HEAD_INIT(&BoolType), .v = 0};
Type IntType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type BoolType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type FloatType = {.ob = OBJ_HEAD_INIT(&TypeType)};

Value int_from_i64(int64_t i) {
    if (FITS_SMALL(i)) return MK_SMALL(i);
    Int *o = (Int *)obj_new(&IntType, sizeof(Int));
    if (!o) return V_NULL;
    o->v = i;
    o->nd = 0;
    o->neg = 0;
    return OBJ_VAL(o);
}

bool val_as_i64(Value v, int64_t *out) {
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return true; }
    Type *t = AS_OBJ(v)->type;
    if ((t == &IntType || t == &BoolType) && !((Int *)AS_OBJ(v))->nd) { *out = ((Int *)AS_OBJ(v))->v; return true; }
    return false;
}

/* Floats are made and dropped at a high rate by arithmetic: each thread
 * keeps the last few dead ones for reuse (its own list, so no lock). */
#define FLOAT_FREELIST_MAX 256

Value float_new(double d) {
    ThreadState *ts = cur_ts;
    Float *f;
    if (LIKELY(ts && ts->float_free)) {
        f = (Float *)ts->float_free;
        ts->float_free = (Obj *)f->ob.type;
        ts->nfloat_free--;
        f->ob.rc = 1;
        f->ob.lock = 0;
        f->ob.type = &FloatType;
        ts->live_objects++;
    } else {
        f = (Float *)obj_new(&FloatType, sizeof(Float));
        if (!f) return V_NULL;
    }
    f->v = d;
    return OBJ_VAL(f);
}

static void float_dealloc(Obj *o) {
    ThreadState *ts = cur_ts;
    if (ts && ts->nfloat_free < FLOAT_FREELIST_MAX) {
        o->type = (Type *)ts->float_free;
        ts->float_free = o;
        ts->nfloat_free++;
        ts->live_objects--;
        return;
    }
    obj_free(o);
}

void th_clear_freelists(ThreadState *ts) {
    while (ts->float_free) {
        Obj *o = ts->float_free;
        ts->float_free = (Obj *)o->type;
        free(o);
    }
    ts->nfloat_free = 0;
}

bool val_as_double(Value v, double *out) {
    int64_t i = 0;
    if (val_as_i64(v, &i)) { *out = (double)i; return true; }
    if (IS_FLOAT(v)) { *out = AS_FLOAT(v); return true; }
    if (IS_BIG(v)) {
        /* beyond a double's range: infinity here; the operators that
         * must raise OverflowError check for big ints first */
        if (!big_to_double(v, out)) { err_clear(); *out = big_sign(v) < 0 ? -INFINITY : INFINITY; }
        return true;
    }
    return false;
}

/* ---- hashing ---------------------------------------------------------------- */
#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

int64_t int_hash(int64_t i) {
    uint64_t a = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    int64_t h = (int64_t)(a % HASH_MOD);
    if (i < 0) h = -h;
    return h == -1 ? -2 : h;
}

int64_t float_hash(double d) {
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* ---- float repr: the shortest string that reads back as the same double --- */

/* buf holds "%.*e" of d with p digits, nearest to d but not reading back
 * as d; make it the p-digit neighbour on d's other side ("2.5e-1" with
 * "2.4e-1" or "2.6e-1"), renormalised if the digits carry or borrow. */
static void float_other_neighbour(char *buf, size_t size, double d) {
    char digits[32];
    int nd = 0;
    const char *q = buf;
    bool neg = *q == '-';
    if (neg) q++;
    while (*q && *q != 'e') { if (*q != '.') digits[nd++] = *q; q++; }
    int exp10 = atoi(q + 1);
    bool up = fabs(strtod(buf, NULL)) < fabs(d);
    int i = nd - 1;
    if (up) {
        while (i >= 0 && digits[i] == '9') digits[i--] = '0';
        if (i >= 0) digits[i]++;
        else { digits[0] = '1'; exp10++; } /* 9.99 -> 1.00e+1: the rest are zeros */
    } else {
        while (i >= 0 && digits[i] == '0') digits[i--] = '9';
        digits[i]--;
        if (digits[0] == '0') { /* 1.00 -> 9.99e-1 */
            for (int k = 0; k < nd; k++) digits[k] = '9';
            exp10--;
        }
    }
    int r = 0;
    if (neg) buf[r++] = '-';
    buf[r++] = digits[0];
    if (nd > 1) {
        buf[r++] = '.';
        for (int k = 1; k < nd; k++) buf[r++] = digits[k];
    }
    snprintf(buf + r, size - (size_t)r, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
}

void float_repr(double d, char *out, size_t n) {
    if (isnan(d)) { snprintf(out, n, "nan"); return; }
    if (isinf(d)) { snprintf(out, n, d > 0 ? "inf" : "-inf"); return; }
    if (d == 0) { snprintf(out, n, signbit(d) ? "-0.0" : "0.0"); return; }
    char buf[64];
    int p;
    for (p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, d);
        if (strtod(buf, NULL) == d) break;
        char alt[64];
        memcpy(alt, buf, sizeof alt);
        float_other_neighbour(alt, sizeof alt, d);
        if (strtod(alt, NULL) == d) {
            memcpy(buf, alt, sizeof buf);
            break;
        }
    }
    /* buf: [-]D.DDDDe[+-]XX */
    char digits[32];
    int nd = 0, neg = 0;
    const char *q = buf;
    if (*q == '-') { neg = 1; q++; }
    while (*q && *q != 'e') { if (*q != '.') digits[nd++] = *q; q++; }
    int exp10 = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    int decpt = exp10 + 1;
    char res[64];
    int r = 0;
    if (neg) res[r++] = '-';
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            res[r++] = '0'; res[r++] = '.';
            for (int i = 0; i < -decpt; i++) res[r++] = '0';
            for (int i = 0; i < nd; i++) res[r++] = digits[i];
        } else if (decpt >= nd) {
            for (int i = 0; i < nd; i++) res[r++] = digits[i];
            for (int i = nd; i < decpt; i++) res[r++] = '0';
            res[r++] = '.'; res[r++] = '0';
        } else {
            for (int i = 0; i < nd; i++) {
                if (i == decpt) res[r++] = '.';
                res[r++] = digits[i];
            }
        }
        res[r] = 0;
    } else {
        res[r++] = digits[0];
        if (nd > 1) {
            res[r++] = '.';
            for (int i = 1; i < nd; i++) res[r++] = digits[i];
        }
        res[r] = 0;
        int e = decpt - 1;
        snprintf(res + r, sizeof res - (size_t)r, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    snprintf(out, n, "%s", res);
}

/* ---- int arithmetic ---------------------------------------------------------- */
static int64_t floordiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static int64_t mod64(int64_t a, int64_t b) {
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}

static bool int_pow(int64_t b, int64_t e, Value *out) {
    if (e < 0) {
        if (b == 0) { *out = err_set_str(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power"); return true; }
        *out = float_new(pow((double)b, (double)e));
        return true;
    }
    int64_t r = 1;
    while (e) {
        if (e & 1) {
            if (__builtin_mul_overflow(r, b, &r)) return false;
        }
        e >>= 1;
        if (e && __builtin_mul_overflow(b, b, &b)) return false;
    }
    *out = int_from_i64(r);
    return true;
}

#define EXACT_IN_DOUBLE(i) ((i) <= ((int64_t)1 << 53) && (i) >= -((int64_t)1 << 53))

/* av and bv are the values of a and b: a result beyond 64 bits is theirs
 * to make as a big int */
static Value int_binop(int op, int64_t a, int64_t b, bool both_bool, Value av, Value bv) {
    int64_t r;
    Value out;
    switch (op) {
    case BOP_ADD: if (__builtin_add_overflow(a, b, &r)) break; return int_from_i64(r);
    case BOP_SUB: if (__builtin_sub_overflow(a, b, &r)) break; return int_from_i64(r);
    case BOP_MUL: if (__builtin_mul_overflow(a, b, &r)) break; return int_from_i64(r);
    case BOP_TRUEDIV:
        if (b == 0) return err_set_str(&Exc_ZeroDivisionError, "division by zero");
        if (!EXACT_IN_DOUBLE(a) || !EXACT_IN_DOUBLE(b)) break; /* one correct rounding, not two */
        return float_new((double)a / (double)b);
    case BOP_FLOORDIV:
        if (b == 0) return err_set_str(&Exc_ZeroDivisionError, "integer division or modulo by zero");
        if (a == INT64_MIN && b == -1) break;
        return int_from_i64(floordiv64(a, b));
    case BOP_MOD:
        if (b == 0) return err_set_str(&Exc_ZeroDivisionError, "integer modulo by zero");
        if (b == -1) return MK_SMALL(0);
        return int_from_i64(mod64(a, b));
    case BOP_POW: if (!int_pow(a, b, &out)) break; return out;
    case BOP_LSHIFT:
        if (b < 0) return err_set_str(&Exc_ValueError, "negative shift count");
        if (a == 0) return MK_SMALL(0);
        if (b > 63) break;
        r = (int64_t)((uint64_t)a << b); /* -1 << 63 is -2**63 */
        if ((r >> b) != a) break;
        return int_from_i64(r);
    case BOP_RSHIFT:
        if (b < 0) return err_set_str(&Exc_ValueError, "negative shift count");
        return int_from_i64(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case BOP_AND: return both_bool ? MK_BOOL(a & b) : int_from_i64(a & b);
    case BOP_OR: return both_bool ? MK_BOOL(a | b) : int_from_i64(a | b);
    case BOP_XOR: return both_bool ? MK_BOOL(a ^ b) : int_from_i64(a ^ b);
    default: return V_NOTIMPL;
    }
    return big_binop(op, av, bv);
}

static Value float_binop(int op, double a, double b) {
    switch (op) {
    case BOP_ADD: return float_new(a + b);
    case BOP_SUB: return float_new(a - b);
    case BOP_MUL: return float_new(a * b);
    case BOP_TRUEDIV:
        if (b == 0) return err_set_str(&Exc_ZeroDivisionError, "float division by zero");
        return float_new(a / b);
    case BOP_FLOORDIV:
        if (b == 0) return err_set_str(&Exc_ZeroDivisionError, "float floor division by zero");
        return float_new(floor(a / b) == a / b ? a / b : floor(a / b));
    case BOP_MOD: {
        if (b == 0) return err_set_str(&Exc_ZeroDivisionError, "float modulo");
        double m = fmod(a, b);
        if (m) { if ((b < 0) != (m < 0)) m += b; }
        else m = copysign(0.0, b);
        return float_new(m);
    }
    case BOP_POW:
        if (a == 0 && b < 0) return err_set_str(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        if (a < 0 && b != floor(b) && isfinite(b)) return complex_pow_real(a, b); /* as CPython: a complex */
        {
            double r = pow(a, b);
            if (isinf(r) && isfinite(a) && isfinite(b)) return err_set_str(&Exc_OverflowError, "(34, 'Numerical result out of range')");
            return float_new(r);
        }
    }
    return V_NOTIMPL;
}

/* Floor division of floats that matches Python (divmod's floor part). */
static double py_floordiv(double a, double b) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod && ((b < 0) != (mod < 0))) div -= 1.0;
    double fl;
    if (div) {
        fl = floor(div);
        if (div - fl > 0.5) fl += 1.0;
    } else fl = copysign(0.0, a / b);
    return fl;
}

Value num_binop(int op, Value a, Value b) {
    int64_t x, y;
    if (val_as_i64(a, &x) && val_as_i64(b, &y))
        return int_binop(op, x, y, TYPE(a) == &BoolType && TYPE(b) == &BoolType, a, b);
    if (IS_COMPLEX(a) || IS_COMPLEX(b)) return complex_binop(op, a, b);
    bool abig = IS_BIG(a), bbig = IS_BIG(b);
    if ((abig || bbig) && (abig || val_as_i64(a, &x)) && (bbig || val_as_i64(b, &y)))
        return op < BOP_MATMUL ? big_binop(op, a, b) : V_NOTIMPL;
    double fa, fb;
    if ((abig && IS_FLOAT(b) && !big_to_double(a, &fa)) || (bbig && IS_FLOAT(a) && !big_to_double(b, &fb)))
        return V_NULL;
    if ((IS_FLOAT(a) || IS_FLOAT(b)) && val_as_double(a, &fa) && val_as_double(b, &fb)) {
        if (op >= BOP_LSHIFT) return V_NOTIMPL;
        if (op == BOP_FLOORDIV) {
            if (fb == 0) return err_set_str(&Exc_ZeroDivisionError, "float floor division by zero");
            return float_new(py_floordiv(fa, fb));
        }
        return float_binop(op, fa, fb);
    }
    return V_NOTIMPL;
}

/* ---- comparisons of mixed ints and floats, exactly ---------------------------- */
static int cmp_int_double(int64_t i, double d) {
    /* returns -1, 0, 1; d is not NaN */
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    double fl = floor(d);
    int64_t fi = (int64_t)fl;
    if (i < fi) return -1;
    if (i > fi) return 1;
    return fl == d ? 0 : -1;
}


/* a big int against a float: exactly, never through a rounded double */
static Value big_richcmp_float(Value a, double d, int op, bool swapped) {
    if (isnan(d)) return MK_BOOL(op == CMP_NE);
    int c = isinf(d) ? (d > 0 ? -1 : 1) : big_cmp_double(a, d);
    return cmp_result(swapped ? -c : c, op);
}

static Value num_richcmp(Value a, Value b, int op) {
    int64_t x = 0, y = 0;
    bool ai = val_as_i64(a, &x), bi = val_as_i64(b, &y);
    if (ai && bi) return cmp_result(x < y ? -1 : x > y, op);
    if (IS_BIG(a) || IS_BIG(b)) {
        if (IS_INT(a) && IS_INT(b)) return cmp_result(big_cmp(a, b), op);
        if (IS_BIG(a) && (bi || IS_FLOAT(b))) return big_richcmp_float(a, bi ? (double)y : AS_FLOAT(b), op, false);
        if (IS_BIG(b) && (ai || IS_FLOAT(a))) return big_richcmp_float(b, ai ? (double)x : AS_FLOAT(a), op, true);
        return V_NOTIMPL;
    }
    double fa, fb;
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        fa = AS_FLOAT(a); fb = AS_FLOAT(b);
    } else if (IS_FLOAT(a) && bi) {
        fa = AS_FLOAT(a);
        if (isnan(fa)) return MK_BOOL(op == CMP_NE);
        return cmp_result(-cmp_int_double(y, fa), op);
    } else if (ai && IS_FLOAT(b)) {
        fb = AS_FLOAT(b);
        if (isnan(fb)) return MK_BOOL(op == CMP_NE);
        return cmp_result(cmp_int_double(x, fb), op);
    } else return V_NOTIMPL;
    switch (op) {
    case CMP_LT: return MK_BOOL(fa < fb);
    case CMP_LE: return MK_BOOL(fa <= fb);
    case CMP_EQ: return MK_BOOL(fa == fb);
    case CMP_NE: return MK_BOOL(fa != fb);
    case CMP_GT: return MK_BOOL(fa > fb);
    default: return MK_BOOL(fa >= fb);
    }
}

/* ---- parsing -------------------------------------------------------------------- */
static Value bad_int_literal(const char *s, int64_t len, int base) {
    Value sv = str_new(s, len);
    Value r = sv ? str_repr(sv) : V_NULL;
    xdecref(sv);
    if (!r) return V_NULL;
    err_format(&Exc_ValueError, "invalid literal for int() with base %d: %s", base, AS_STR(r)->data);
    decref(r);
    return V_NULL;
}

Value int_parse(const char *s0, int64_t len0, int base) {
    const char *s = s0, *e = s0 + len0;
    utf8_strip_space(&s, &e);
    bool neg = false;
    if (s < e && (*s == '+' || *s == '-')) { neg = *s == '-'; s++; }
    int b = base;
    if (s + 1 < e && s[0] == '0') {
        char c = (char)(s[1] | 32);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) { b = pb; s += 2; if (s < e && *s == '_') s++; }
    }
    if (b == 0) {
        b = 10;
        /* base 0: a decimal literal may not have leading zeros */
        if (s < e && *s == '0') {
            for (const char *p = s; p < e; p++)
                if (*p != '0' && *p != '_') return bad_int_literal(s0, len0, 0);
        }
    }
    if (s >= e) return bad_int_literal(s0, len0, base);
    uint64_t acc = 0;
    bool prev_us = true, big = false;
    for (const char *p = s; p < e; p++) {
        int d;
        char c = *p;
        if (c == '_') {
            if (prev_us) return bad_int_literal(s0, len0, base);
            prev_us = true;
            continue;
        }
        prev_us = false;
        if (c >= '0' && c <= '9') d = c - '0';
        else if ((c | 32) >= 'a' && (c | 32) <= 'z') d = (c | 32) - 'a' + 10;
        else return bad_int_literal(s0, len0, base);
        if (d >= b) return bad_int_literal(s0, len0, base);
        if (!big && (__builtin_mul_overflow(acc, (uint64_t)b, &acc) || __builtin_add_overflow(acc, (uint64_t)d, &acc)))
            big = true;
    }
    if (prev_us) return bad_int_literal(s0, len0, base);
    if (big || acc > (uint64_t)1 << 63 || (!neg && acc > (uint64_t)INT64_MAX)) return big_parse(s, e, b, neg);
    return int_from_i64(neg ? (int64_t)(0 - acc) : (int64_t)acc);
}

Value float_parse(const char *s0, int64_t len) {
    const char *s = s0, *e = s0 + len;
    utf8_strip_space(&s, &e);
    char small[128], *buf = small; /* any length: pasted constants can be long */
    if (e - s >= (int64_t)sizeof small - 1 && !(buf = malloc((size_t)(e - s) + 1))) return err_no_memory();
    int64_t n = 0;
    bool ok = s < e;
    for (const char *p = s; ok && p < e; p++) {
        char c = *p;
        if (c == '_') {
            if (p == s || p + 1 >= e || !(p[-1] >= '0' && p[-1] <= '9') || !(p[1] >= '0' && p[1] <= '9')) ok = false;
            continue;
        }
        if (c == 'x' || c == 'X' || c == 'p' || c == 'P' || c == ' ') ok = false;
        buf[n++] = c;
    }
    buf[n] = 0;
    double d = 0;
    if (ok) {
        char *end;
        errno = 0;
        d = strtod(buf, &end);
        ok = end == buf + n && n > 0;
        /* strtod accepts "infinity", "nan(...)": Python accepts inf/infinity/nan only */
        const char *t = buf + (buf[0] == '+' || buf[0] == '-');
        if (ok && ((*t | 32) == 'n') && strlen(t) != 3) ok = false;
    }
    if (buf != small) free(buf);
    if (ok) return float_new(d);
    Value sv = str_new(s0, len);
    Value r = sv ? str_repr(sv) : V_NULL;
    xdecref(sv);
    if (!r) return V_NULL;
    err_format(&Exc_ValueError, "could not convert string to float: %s", AS_STR(r)->data);
    decref(r);
    return V_NULL;
}

/* ---- round and pow --------------------------------------------------------------- */
static double round_half_even(double x) {
    double r = round(x);
    if (fabs(x - trunc(x)) == 0.5) r = 2.0 * round(x / 2.0);
    return r;
}

/* round(x, n) of an int for n < 0: the nearest multiple of 10**-n, a half
 * to the even multiple */
static Value int_round_neg(Value x, int64_t n) {
    if (-(double)n > (double)big_bit_length(x) * 0.30103 + 2) return MK_SMALL(0);
    Value p = num_binop(BOP_POW, MK_SMALL(10), MK_SMALL(-n)); /* -n is small: x has under 2**62 digits */
    Value q = p ? num_binop(BOP_FLOORDIV, x, p) : V_NULL;
    Value r = q ? num_binop(BOP_MOD, x, p) : V_NULL;
    Value r2 = r ? num_binop(BOP_MUL, r, MK_SMALL(2)) : V_NULL;
    Value out = V_NULL;
    if (r2) {
        int c = big_cmp(r2, p);
        Value odd = num_binop(BOP_AND, q, MK_SMALL(1));
        if (odd && (c > 0 || (c == 0 && odd == MK_SMALL(1)))) {
            Value q1 = num_binop(BOP_ADD, q, MK_SMALL(1));
            decref(q);
            q = q1;
        }
        xdecref(odd);
        if (q) out = num_binop(BOP_MUL, q, p);
    }
    xdecref(p); xdecref(q); xdecref(r); xdecref(r2);
    return out;
}

Value num_round(Value x, Value nd) {
    bool have_nd = nd && nd != V_NONE;
    int64_t n = 0;
    if (have_nd && !val_as_i64(nd, &n))
        return int_arg_error(nd);
    if (IS_INT(x) || TYPE(x) == &BoolType) {
        if (!have_nd || n >= 0) {
            int64_t i;
            if (val_as_i64(x, &i)) return int_from_i64(i);
            incref(x);
            return x;
        }
        return int_round_neg(x, n);
    }
    if (IS_FLOAT(x)) {
        double d = AS_FLOAT(x);
        if (!have_nd) {
            if (isnan(d)) return err_set_str(&Exc_ValueError, "cannot convert float NaN to integer");
            if (isinf(d)) return err_set_str(&Exc_OverflowError, "cannot convert float infinity to integer");
            return big_from_double(round_half_even(d));
        }
        if (!isfinite(d) || d == 0) return float_new(d);
        if (n > 300) return float_new(d);
        if (n >= 0) {
            char buf[400];
            snprintf(buf, sizeof buf, "%.*f", (int)n, d); /* exact binary value, half-even */
            return float_new(strtod(buf, NULL));
        }
        if (n < -308) return float_new(copysign(0.0, d));
        double p = pow(10.0, (double)-n);
        double y = d / p;
        double z = round(y);
        if (fabs(y - z) == 0.5) z = 2.0 * round(y / 2.0);
        return float_new(z * p);
    }
    bool found;
    Value args[1] = {nd};
    Value r = call_method_opt(x, N.__round__, args, have_nd ? 1 : 0, &found);
    if (!found) return err_format(&Exc_TypeError, "type %s doesn't define __round__ method", type_name(x));
    return r;
}

/* pow(b, e, m) with big values: square and multiply over e's bits, the
 * inverse of b by the extended Euclidean algorithm when e < 0 */
static Value big_pow3(Value b, Value e, Value m) {
    if (big_sign(m) == 0) return err_set_str(&Exc_ValueError, "pow() 3rd argument cannot be 0");
    Value am = big_sign(m) < 0 ? num_binop(BOP_SUB, MK_SMALL(0), m) : (incref(m), m);
    Value base = am ? num_binop(BOP_MOD, b, am) : V_NULL;
    Value ex = V_NULL, r = V_NULL;
    if (!base) goto done;
    if (big_sign(e) < 0) {
        /* r0*s0 = base (mod am) kept as the invariant */
        Value r0 = base, r1 = am, s0 = MK_SMALL(1), s1 = MK_SMALL(0);
        incref(r0); incref(r1);
        bool ok = true;
        while (ok && big_sign(r1) != 0) {
            Value q = num_binop(BOP_FLOORDIV, r0, r1);
            Value qr = q ? num_binop(BOP_MUL, q, r1) : V_NULL;
            Value t = qr ? num_binop(BOP_SUB, r0, qr) : V_NULL;
            Value qs = t ? num_binop(BOP_MUL, q, s1) : V_NULL;
            Value u = qs ? num_binop(BOP_SUB, s0, qs) : V_NULL;
            xdecref(q); xdecref(qr); xdecref(qs);
            if (!u) { xdecref(t); ok = false; break; }
            decref(r0); r0 = r1; r1 = t;
            decref(s0); s0 = s1; s1 = u;
        }
        bool one = ok && r0 == MK_SMALL(1);
        decref(r0); decref(r1); decref(s1);
        decref(base);
        base = V_NULL;
        if (!ok) { decref(s0); goto done; }
        if (!one) {
            decref(s0);
            err_set_str(&Exc_ValueError, "base is not invertible for the given modulus");
            goto done;
        }
        base = num_binop(BOP_MOD, s0, am);
        decref(s0);
        if (!base) goto done;
        ex = num_binop(BOP_SUB, MK_SMALL(0), e);
    } else {
        incref(e);
        ex = e;
    }
    if (!ex) goto done;
    r = num_binop(BOP_MOD, MK_SMALL(1), am);
    int64_t bits = big_bit_length(ex);
    for (int64_t k = bits - 1; r && k >= 0; k--) {
        Value t = num_binop(BOP_MUL, r, r);
        decref(r);
        r = t ? num_binop(BOP_MOD, t, am) : V_NULL;
        xdecref(t);
        if (!r) break;
        Value sh = num_binop(BOP_RSHIFT, ex, MK_SMALL(k));
        Value bit = sh ? num_binop(BOP_AND, sh, MK_SMALL(1)) : V_NULL;
        xdecref(sh);
        if (!bit) { decref(r); r = V_NULL; break; }
        if (bit == MK_SMALL(1)) {
            t = num_binop(BOP_MUL, r, base);
            decref(r);
            r = t ? num_binop(BOP_MOD, t, am) : V_NULL;
            xdecref(t);
        }
    }
    /* the result takes the modulus's sign, as in CPython */
    if (r && big_sign(m) < 0 && big_sign(r) != 0) {
        Value t = num_binop(BOP_SUB, r, am);
        decref(r);
        r = t;
    }
done:
    xdecref(am); xdecref(base); xdecref(ex);
    return r;
}

Value num_pow3(Value bv, Value ev, Value mv) {
    int64_t b, e, m;
    bool ints = (IS_INT(bv) || TYPE(bv) == &BoolType) && (IS_INT(ev) || TYPE(ev) == &BoolType) &&
                (IS_INT(mv) || TYPE(mv) == &BoolType);
    if (!ints) return err_set_str(&Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (!val_as_i64(bv, &b) || !val_as_i64(ev, &e) || !val_as_i64(mv, &m)) return big_pow3(bv, ev, mv);
    if (m == 0) return err_set_str(&Exc_ValueError, "pow() 3rd argument cannot be 0");
    /* all of it in unsigned 128-bit arithmetic: |m| may be 2**63 */
    uint64_t am = m < 0 ? 0 - (uint64_t)m : (uint64_t)m;
    uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    unsigned __int128 base = ub % am;
    if (b < 0 && base) base = am - base;
    if (e < 0) {
        /* the inverse of base modulo am, by extended Euclid (signed 128-bit) */
        __int128 r0 = (__int128)base, r1 = (__int128)am, s0 = 1, s1 = 0;
        while (r1) {
            __int128 q = r0 / r1, t;
            t = r0 - q * r1; r0 = r1; r1 = t;
            t = s0 - q * s1; s0 = s1; s1 = t;
        }
        if (r0 != 1) return err_set_str(&Exc_ValueError, "base is not invertible for the given modulus");
        __int128 inv = s0 % (__int128)am;
        if (inv < 0) inv += (__int128)am;
        base = (unsigned __int128)inv;
    }
    uint64_t ue = e < 0 ? 0 - (uint64_t)e : (uint64_t)e; /* -2**63 fits unsigned */
    unsigned __int128 r = 1 % am;
    while (ue) {
        if (ue & 1) r = (r * base) % am;
        base = (base * base) % am;
        ue >>= 1;
    }
    uint64_t res = (uint64_t)r;
    /* the result takes the modulus's sign, as in CPython */
    if (m < 0 && res) return int_from_i64(-(int64_t)(am - res));
    return int_from_i64((int64_t)res);
}

/* ---- type slots ------------------------------------------------------------------ */
static void int_dealloc(Obj *o) { obj_free(o); }

static Value int_repr(Value v) {
    int64_t i = 0;
    if (!val_as_i64(v, &i)) {
        int64_t n;
        bool neg;
        char *d = int_digits(v, 10, &n, &neg);
        if (!d) return V_NULL;
        SBuf b;
        sb_init(&b);
        if (neg) sb_addc(&b, '-');
        sb_add(&b, d, n);
        free(d);
        return sb_finish(&b);
    }
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)i);
    return str_from_c(buf);
}
static Value bool_repr(Value v) { return str_from_c(v == V_TRUE ? "True" : "False"); }
static int64_t int_hash_slot(Value v) {
    int64_t i = 0;
    return val_as_i64(v, &i) ? int_hash(i) : big_hash(v);
}
static bool int_truth(Value v, int *err) { (void)err; return big_sign(v) != 0; }

static Value float_repr_slot(Value v) {
    char buf[64];
    float_repr(AS_FLOAT(v), buf, sizeof buf);
    return str_from_c(buf);
}
static int64_t float_hash_slot(Value v) { return float_hash(AS_FLOAT(v)); }
static bool float_truth(Value v, int *err) { (void)err; return AS_FLOAT(v) != 0; }

static Value float_to_int(double d) {
    if (isnan(d)) return err_set_str(&Exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return err_set_str(&Exc_OverflowError, "cannot convert float infinity to integer");
    return big_from_double(trunc(d));
}

/* int(b'...'): the bytes as ASCII text; an invalid literal is shown as bytes */
static Value int_parse_bytes(Value x, int base) {
    Value b = IS_BYTES(x) ? (incref(x), x) : call1(OBJ_VAL(&BytesType), x);
    if (!b) return V_NULL;
    const char *p = AS_BYTES(b)->data;
    int64_t n = AS_BYTES(b)->len;
    bool ascii = true;
    for (int64_t i = 0; i < n; i++) ascii = ascii && (unsigned char)p[i] < 0x80;
    Value r = ascii ? int_parse(p, n, base) : V_NULL;
    int64_t ndig = 0, limit = LOAD_RELAXED(&int_max_str_digits);
    for (int64_t i = 0; i < n; i++) ndig += p[i] >= '0' && p[i] <= '9';
    if (!r && (!ascii || err_matches(&Exc_ValueError)) && !(limit > 0 && ndig > limit)) {
        err_clear();
        Value rep = obj_repr(x);
        if (rep) {
            err_format(&Exc_ValueError, "invalid literal for int() with base %d: %s", base, AS_STR(rep)->data);
            decref(rep);
        }
    }
    decref(b);
    return r;
}

static Value int_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    Value x = nargs > 0 ? args[0] : V_NULL, basev = nargs > 1 ? args[1] : V_NULL;
    if (kw) {
        Value b = kw_take(kw, str_intern_c("base"));
        if (b) { basev = b; decref(b); }
        if (kw_done("int", kw) < 0) return V_NULL;
    }
    if (nargs > 2) return err_format(&Exc_TypeError, "int() takes at most 2 arguments (%d given)", nargs);
    if (!x) return MK_SMALL(0);
    if (basev) {
        int64_t base;
        if (!val_as_i64(basev, &base))
            return int_arg_error(basev);
        if (IS_BYTES(x) || IS_TYPE(x, ByteArrayType)) {
            if ((base != 0 && base < 2) || base > 36) return err_set_str(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return int_parse_bytes(x, (int)base);
        }
        if (!IS_STR(x)) return err_set_str(&Exc_TypeError, "int() can't convert non-string with explicit base");
        if ((base != 0 && base < 2) || base > 36) return err_set_str(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return int_parse(AS_STR(x)->data, AS_STR(x)->len, (int)base);
    }
    int64_t i = 0;
    if (val_as_i64(x, &i)) return int_from_i64(i);
    if (IS_BIG(x)) { incref(x); return x; }
    if (IS_FLOAT(x)) return float_to_int(AS_FLOAT(x));
    if (IS_BYTES(x) || IS_TYPE(x, ByteArrayType)) return int_parse_bytes(x, 10);
    if (IS_STR(x)) return int_parse(AS_STR(x)->data, AS_STR(x)->len, 10);
    bool found;
    Value r = call_method_opt(x, N.__int__, NULL, 0, &found);
    if (!found) r = call_method_opt(x, N.__index__, NULL, 0, &found);
    if (!found) r = call_method_opt(x, N.__trunc__, NULL, 0, &found);
    if (!found)
        return err_format(&Exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                          type_name(x));
    if (r && !IS_INT(r)) {
        Value e = err_format(&Exc_TypeError, "__int__ returned non-int (type %s)", type_name(r));
        decref(r);
        return e;
    }
    return r;
}

static Value bool_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (kw_none("bool", kw) < 0) return V_NULL;
    if (nargs > 1) return err_format(&Exc_TypeError, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return V_FALSE;
    int r = obj_truth(args[0]);
    if (r < 0) return V_NULL;
    return MK_BOOL(r);
}

static Value float_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (kw_none("float", kw) < 0) return V_NULL;
    if (nargs > 1) return err_format(&Exc_TypeError, "float expected at most 1 argument, got %d", nargs);
    if (nargs == 0) return float_new(0.0);
    Value x = args[0];
    double d;
    if (IS_FLOAT(x)) { incref(x); return x; }
    if (IS_BIG(x)) return big_to_double(x, &d) ? float_new(d) : V_NULL;
    if (val_as_double(x, &d)) return float_new(d);
    if (IS_STR(x)) return float_parse(AS_STR(x)->data, AS_STR(x)->len);
    bool found;
    Value r = call_method_opt(x, N.__float__, NULL, 0, &found);
    if (found && r && !IS_FLOAT(r)) {
        err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)", type_name(x), type_name(r));
        decref(r);
        return V_NULL;
    }
    if (!found) r = call_method_opt(x, N.__index__, NULL, 0, &found);
    if (!found)
        return err_format(&Exc_TypeError, "float() argument must be a string or a real number, not '%s'", type_name(x));
    if (r && IS_INT(r)) {
        bool ok = IS_BIG(r) ? big_to_double(r, &d) : val_as_double(r, &d);
        decref(r);
        return ok ? float_new(d) : V_NULL;
    }
    return r;
}

/* float.hex: [-]0x1.<13 hex digits>p<exp>, subnormals as 0x0.<digits>p-1022 */
static Value f_hex(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double d = AS_FLOAT(a[0]);
    if (isnan(d)) return str_from_c("nan");
    if (isinf(d)) return str_from_c(d > 0 ? "inf" : "-inf");
    const char *sign = signbit(d) ? "-" : "";
    char buf[64];
    if (d == 0) {
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        return str_from_c(buf);
    }
    int e;
    double m = frexp(fabs(d), &e) * 2.0; /* [1, 2) */
    int exp = e - 1;
    if (exp < -1022) { m = ldexp(m, exp + 1022); exp = -1022; }
    int lead = (int)m;
    m -= lead;
    char digits[14];
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int dd = (int)m;
        digits[i] = "0123456789abcdef"[dd];
        m -= dd;
    }
    digits[13] = 0;
    snprintf(buf, sizeof buf, "%s0x%d.%sp%+d", sign, lead, digits, exp);
    return str_from_c(buf);
}

static Value hex_float_error(void) {
    return err_set_str(&Exc_ValueError, "invalid hexadecimal floating-point string");
}

/* float.fromhex(s): M * 2**E, rounded once to the nearest double (ties to
 * even), subnormals included */
static Value f_fromhex(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value sv = a[1];
    if (!IS_STR(sv)) return err_format(&Exc_TypeError, "fromhex() argument must be str, not %s", type_name(sv));
    const char *s = AS_STR(sv)->data, *e = s + AS_STR(sv)->len;
    utf8_strip_space(&s, &e);
    bool neg = false;
    if (s < e && (*s == '+' || *s == '-')) neg = *s++ == '-';
    size_t rest = (size_t)(e - s);
    if ((rest == 3 && !strncasecmp(s, "inf", 3)) || (rest == 8 && !strncasecmp(s, "infinity", 8)))
        return float_new(neg ? -INFINITY : INFINITY);
    if (rest == 3 && !strncasecmp(s, "nan", 3)) return float_new(neg ? -NAN : NAN);
    if (e - s >= 2 && s[0] == '0' && (s[1] | 32) == 'x') s += 2;
    SBuf dg;
    sb_init(&dg);
    int64_t frac = 0, nd = 0;
    bool dot = false;
    for (; s < e && (isxdigit((unsigned char)*s) || (*s == '.' && !dot)); s++) {
        if (*s == '.') { dot = true; continue; }
        sb_addc(&dg, *s);
        nd++;
        if (dot) frac++;
    }
    int64_t exp = 0;
    if (s < e && (*s | 32) == 'p') {
        s++;
        bool eneg = false;
        if (s < e && (*s == '+' || *s == '-')) eneg = *s++ == '-';
        if (s >= e || !isdigit((unsigned char)*s)) { sb_free(&dg); return hex_float_error(); }
        for (; s < e && isdigit((unsigned char)*s); s++)
            if (exp < 100000000) exp = exp * 10 + (*s - '0');
        if (eneg) exp = -exp;
    }
    if (nd == 0 || s != e) { sb_free(&dg); return hex_float_error(); }
    Value m = int_parse(dg.buf, dg.len, 16);
    sb_free(&dg);
    if (!m) return V_NULL;
    exp -= 4 * frac;
    double r;
    int64_t bits = big_bit_length(m);
    if (bits == 0) r = 0.0;
    else if (bits + exp > 1024) {
        decref(m);
        return err_set_str(&Exc_OverflowError, "hexadecimal value too large to represent as a float");
    } else if (bits + exp < -1074 - 1) r = 0.0;
    else {
        /* keep 53 bits, or down to 2**-1074 for a subnormal */
        int64_t s2 = bits + exp - 1 >= -1022 ? bits - 53 : -1074 - exp;
        if (s2 > 0) {
            Value q = num_binop(BOP_RSHIFT, m, MK_SMALL(s2));
            Value back = q ? num_binop(BOP_LSHIFT, q, MK_SMALL(s2)) : V_NULL;
            Value rem = back ? num_binop(BOP_SUB, m, back) : V_NULL;
            Value half = rem ? num_binop(BOP_LSHIFT, MK_SMALL(1), MK_SMALL(s2 - 1)) : V_NULL;
            if (!half) { xdecref(q); xdecref(back); xdecref(rem); decref(m); return V_NULL; }
            int c = big_cmp(rem, half);
            int64_t qi = 0;
            val_as_i64(q, &qi);
            if (c > 0 || (c == 0 && (qi & 1))) qi++;
            decref(q); decref(back); decref(rem); decref(half);
            r = ldexp((double)qi, (int)(exp + s2));
        } else {
            int64_t mi = 0;
            val_as_i64(m, &mi);
            r = ldexp((double)mi, (int)exp);
        }
        if (isinf(r)) {
            decref(m);
            return err_set_str(&Exc_OverflowError, "hexadecimal value too large to represent as a float");
        }
    }
    decref(m);
    return float_new(neg ? -r : r);
}

static Value f_is_integer(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double d = AS_FLOAT(a[0]);
    return MK_BOOL(isfinite(d) && d == floor(d));
}
static Value f_as_integer_ratio(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    double d = AS_FLOAT(a[0]);
    if (isnan(d)) return err_set_str(&Exc_ValueError, "cannot convert NaN to integer ratio");
    if (!isfinite(d)) return err_set_str(&Exc_OverflowError, "cannot convert Infinity to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    Value num = int_from_i64((int64_t)m), den = MK_SMALL(1), r;
    if (e > 0) r = num_binop(BOP_LSHIFT, num, MK_SMALL(e)), decref(num), num = r;
    else r = num_binop(BOP_LSHIFT, den, MK_SMALL(-e)), den = r;
    if (!num || !den) { xdecref(num); xdecref(den); return V_NULL; }
    return tuple_pack(2, num, den);
}
static Value i_bit_length(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    return MK_SMALL(big_bit_length(a[0]));
}
static Value i_bit_count(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    return MK_SMALL(big_bit_count(a[0]));
}
static Value i_as_integer_ratio(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t i = 0;
    Value v = val_as_i64(a[0], &i) ? int_from_i64(i) : (incref(a[0]), a[0]);
    return v ? tuple_pack(2, v, MK_SMALL(1)) : V_NULL;
}
static Value i_conjugate(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t i = 0;
    if (!val_as_i64(a[0], &i)) { incref(a[0]); return a[0]; }
    return int_from_i64(i);
}
static Value num_getattr(Value self, Str *name) {
    if (name == N.real) {
        if (IS_FLOAT(self)) { incref(self); return self; }
        int64_t i = 0;
        if (!val_as_i64(self, &i)) { incref(self); return self; }
        return int_from_i64(i);
    }
    if (name == N.imag) return IS_FLOAT(self) ? float_new(0.0) : MK_SMALL(0);
    if (!IS_FLOAT(self) && (name == N.numerator || name == N.denominator)) {
        if (name == N.denominator) return MK_SMALL(1);
        int64_t i = 0;
        if (!val_as_i64(self, &i)) { incref(self); return self; }
        return int_from_i64(i);
    }
    return generic_getattr(self, name, true);
}

void num_init_types(void) {
    IntType.dealloc = int_dealloc;
    IntType.repr = int_repr;
    IntType.hash = int_hash_slot;
    IntType.richcmp = num_richcmp;
    IntType.truth = int_truth;
    IntType.newobj = int_newobj;
    IntType.getattr = num_getattr;
    type_ready(&IntType, "int", &ObjectType);
    type_add_method(&IntType, "bit_length", i_bit_length, 1, 1, false);
    type_add_method(&IntType, "bit_count", i_bit_count, 1, 1, false);
    type_add_method(&IntType, "conjugate", i_conjugate, 1, 1, false);
    type_add_method(&IntType, "as_integer_ratio", i_as_integer_ratio, 1, 1, false);
    BoolType.dealloc = int_dealloc;
    BoolType.repr = bool_repr;
    BoolType.hash = int_hash_slot;
    BoolType.richcmp = num_richcmp;
    BoolType.truth = int_truth;
    BoolType.newobj = bool_newobj;
    BoolType.getattr = num_getattr;
    type_ready(&BoolType, "bool", &IntType);
    FloatType.dealloc = float_dealloc;
    FloatType.repr = float_repr_slot;
    FloatType.hash = float_hash_slot;
    FloatType.richcmp = num_richcmp;
    FloatType.truth = float_truth;
    FloatType.newobj = float_newobj;
    FloatType.getattr = num_getattr;
    type_ready(&FloatType, "float", &ObjectType);
    type_add_method(&FloatType, "is_integer", f_is_integer, 1, 1, false);
    type_add_method(&FloatType, "as_integer_ratio", f_as_integer_ratio, 1, 1, false);
    type_add_method(&FloatType, "hex", f_hex, 1, 1, false);
    type_add_wrapped(&FloatType, "fromhex", f_fromhex, 2, 2, false, &ClassMethodType);
}
