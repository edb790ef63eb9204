/* bigint.c - ints beyond 64 bits.
 *
 * An int that fits int64_t is a tagged small int or a boxed Int with nd 0;
 * one that does not is a big int: an Int whose nd base-2**32 digits (least
 * significant first) and sign hold its magnitude.  The representation is
 * canonical both ways, so a big int is never equal to any 64-bit value and
 * the 64-bit paths everywhere else stay as they are.  Big ints are
 * immutable like every int, so no operation here takes a lock.
 *
 * The arithmetic works on magnitudes (digit arrays) through a View, which
 * shows any int, small or big, as sign and digits.  Multiplication is
 * Karatsuba past KARATSUBA_CUTOFF digits; division is Knuth's algorithm D;
 * conversion to decimal is quadratic and bounded by CPython's limit on
 * integer string conversion (sys.set_int_max_str_digits, 4300 digits). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

#define KARATSUBA_CUTOFF 40
#define MAX_DIGITS (INT32_MAX / 2)
#define BIG_MAX_BITS ((int64_t)MAX_DIGITS * 32)
#define STR_DIGITS_THRESHOLD 640

int64_t int_max_str_digits = 4300;

typedef struct {
    const uint32_t *d;
    int64_t n;
    bool neg;
    uint32_t buf[2];
} View;

/* v's sign and magnitude; x must stay where it is while x->d is used */
static void view(Value v, View *x) {
    if (IS_BIG(v)) {
        Int *o = (Int *)AS_OBJ(v);
        x->d = o->d;
        x->n = o->nd;
        x->neg = o->neg != 0;
        return;
    }
    int64_t i = 0;
    val_as_i64(v, &i);
    uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    x->neg = i < 0;
    x->buf[0] = (uint32_t)u;
    x->buf[1] = (uint32_t)(u >> 32);
    x->n = u >> 32 ? 2 : u ? 1 : 0;
    x->d = x->buf;
}

bool big_too_many_bits(double bits) {
    if (bits <= (double)BIG_MAX_BITS) return false;
    err_set_str(&Exc_OverflowError, "too many digits in integer");
    return true;
}

static Value too_many_digits(void) { return err_set_str(&Exc_OverflowError, "too many digits in integer"); }

Value big_overflow_index(void) {
    return err_set_str(&Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
}

Value int_arg_error(Value v) {
    if (IS_BIG(v)) return err_set_str(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return err_format(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
}

bool int_clamp_i64(Value v, int64_t *out) {
    if (val_as_i64(v, out)) return true;
    if (!IS_BIG(v)) return false;
    *out = ((Int *)AS_OBJ(v))->neg ? -INT64_MAX : INT64_MAX;
    return true;
}

/* A big int of room for n digits, not yet normalised. */
static Int *big_alloc(int64_t n) {
    if (n > MAX_DIGITS) { too_many_digits(); return NULL; }
    if (n < 1) n = 1;
    Int *o = (Int *)obj_new(&IntType, sizeof(Int) + (size_t)n * sizeof(uint32_t));
    if (!o) return NULL;
    o->v = 0;
    o->nd = (int32_t)n;
    o->neg = 0;
    return o;
}

/* The canonical value of o's digits with the given sign: o itself, or the
 * 64-bit int it turned out to be (o is freed then). */
static Value big_finish(Int *o, bool neg) {
    if (!o) return V_NULL;
    int64_t n = o->nd;
    while (n && o->d[n - 1] == 0) n--;
    if (n <= 2) {
        uint64_t u = n == 0 ? 0 : n == 1 ? o->d[0] : (o->d[0] | (uint64_t)o->d[1] << 32);
        if (u <= (uint64_t)INT64_MAX || (neg && u == (uint64_t)1 << 63)) {
            obj_free(&o->ob);
            return int_from_i64(neg ? (int64_t)(0 - u) : (int64_t)u);
        }
    }
    o->nd = (int32_t)n;
    o->neg = neg;
    return OBJ_VAL(o);
}

static Value from_view(const View *x, bool neg) {
    Int *o = big_alloc(x->n);
    if (!o) return V_NULL;
    if (x->n) memcpy(o->d, x->d, (size_t)x->n * sizeof(uint32_t));
    else o->d[0] = 0;
    return big_finish(o, neg);
}

/* ---- magnitudes --------------------------------------------------------------- */
static int64_t mag_len(const uint32_t *a, int64_t n) {
    while (n && a[n - 1] == 0) n--;
    return n;
}

static int mag_cmp(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    na = mag_len(a, na);
    nb = mag_len(b, nb);
    if (na != nb) return na < nb ? -1 : 1;
    for (int64_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* out[0..max(na,nb)] = a + b */
static void mag_add(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb, uint32_t *out) {
    if (na < nb) {
        const uint32_t *t = a; a = b; b = t;
        int64_t tn = na; na = nb; nb = tn;
    }
    uint64_t c = 0;
    for (int64_t i = 0; i < na; i++) {
        c += (uint64_t)a[i] + (i < nb ? b[i] : 0);
        out[i] = (uint32_t)c;
        c >>= 32;
    }
    out[na] = (uint32_t)c;
}

/* out[0..na) = a - b, a >= b */
static void mag_sub(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb, uint32_t *out) {
    uint64_t borrow = 0;
    for (int64_t i = 0; i < na; i++) {
        uint64_t s = (uint64_t)(i < nb ? b[i] : 0) + borrow;
        borrow = (uint64_t)a[i] < s;
        out[i] = (uint32_t)((uint64_t)a[i] - s);
    }
}

/* a[0..na) += b[0..nb), the carry running on within a */
static void mag_add_into(uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    uint64_t c = 0;
    int64_t i = 0;
    for (; i < nb && i < na; i++) {
        c += (uint64_t)a[i] + b[i];
        a[i] = (uint32_t)c;
        c >>= 32;
    }
    for (; c && i < na; i++) {
        c += a[i];
        a[i] = (uint32_t)c;
        c >>= 32;
    }
}

/* a[0..na) -= b[0..nb), a >= b */
static void mag_sub_into(uint32_t *a, int64_t na, const uint32_t *b, int64_t nb) {
    uint64_t borrow = 0;
    int64_t i = 0;
    for (; i < nb && i < na; i++) {
        uint64_t s = (uint64_t)b[i] + borrow;
        borrow = (uint64_t)a[i] < s;
        a[i] = (uint32_t)((uint64_t)a[i] - s);
    }
    for (; borrow && i < na; i++) {
        borrow = a[i] == 0;
        a[i]--;
    }
}

static void mul_school(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb, uint32_t *out) {
    memset(out, 0, (size_t)(na + nb) * sizeof(uint32_t));
    for (int64_t i = 0; i < na; i++) {
        uint64_t c = 0, ai = a[i];
        if (!ai) continue;
        for (int64_t j = 0; j < nb; j++) {
            c += ai * b[j] + out[i + j];
            out[i + j] = (uint32_t)c;
            c >>= 32;
        }
        out[i + nb] = (uint32_t)c;
    }
}

/* out[0..na+nb) = a * b; false: out of memory (error set) */
static bool mag_mul(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb, uint32_t *out) {
    if (na < nb) {
        const uint32_t *t = a; a = b; b = t;
        int64_t tn = na; na = nb; nb = tn;
    }
    if (nb < KARATSUBA_CUTOFF) {
        mul_school(a, na, b, nb, out);
        return true;
    }
    if (2 * nb <= na) {
        /* unbalanced: a in slices of b's size */
        uint32_t *t = malloc((size_t)(2 * nb) * sizeof(uint32_t));
        if (!t) { err_no_memory(); return false; }
        memset(out, 0, (size_t)(na + nb) * sizeof(uint32_t));
        for (int64_t i = 0; i < na; i += nb) {
            int64_t len = na - i < nb ? na - i : nb;
            if (!mag_mul(a + i, len, b, nb, t)) { free(t); return false; }
            mag_add_into(out + i, na + nb - i, t, len + nb);
        }
        free(t);
        return true;
    }
    /* a = a1*B^m + a0, b = b1*B^m + b0 (nb > m):
     * a*b = z2*B^2m + ((a0+a1)(b0+b1) - z2 - z0)*B^m + z0 */
    int64_t m = na / 2;
    const uint32_t *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
    int64_t na1 = na - m, nb1 = nb - m;
    int64_t ns = na1 + 1, nt = (nb1 > m ? nb1 : m) + 1;
    uint32_t *s = malloc((size_t)(ns + nt + ns + nt) * sizeof(uint32_t));
    if (!s) { err_no_memory(); return false; }
    uint32_t *t = s + ns, *z1 = t + nt;
    if (!mag_mul(a0, m, b0, m, out) || !mag_mul(a1, na1, b1, nb1, out + 2 * m)) { free(s); return false; }
    mag_add(a1, na1, a0, m, s);
    mag_add(b0, m, b1, nb1, t);
    if (!mag_mul(s, ns, t, nt, z1)) { free(s); return false; }
    mag_sub_into(z1, ns + nt, out, 2 * m);
    mag_sub_into(z1, ns + nt, out + 2 * m, na1 + nb1);
    mag_add_into(out + m, na + nb - m, z1, mag_len(z1, ns + nt));
    free(s);
    return true;
}

/* q[0..na) = a / d, returns a % d; q may be a */
static uint32_t mag_div1(const uint32_t *a, int64_t na, uint32_t d, uint32_t *q) {
    uint64_t r = 0;
    for (int64_t i = na - 1; i >= 0; i--) {
        uint64_t cur = r << 32 | a[i];
        q[i] = (uint32_t)(cur / d);
        r = cur % d;
    }
    return (uint32_t)r;
}

/* Knuth's algorithm D: q[0..na-nb] = a / b, r[0..nb) = a % b, for
 * na >= nb >= 2 and b[nb-1] != 0. */
static bool mag_divmod(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb, uint32_t *q, uint32_t *r) {
    uint32_t *vn = malloc((size_t)(nb + na + 1) * sizeof(uint32_t));
    if (!vn) { err_no_memory(); return false; }
    uint32_t *un = vn + nb;
    int s = __builtin_clz(b[nb - 1]);
    for (int64_t i = nb - 1; i > 0; i--) vn[i] = b[i] << s | (s ? b[i - 1] >> (32 - s) : 0);
    vn[0] = b[0] << s;
    un[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (int64_t i = na - 1; i > 0; i--) un[i] = a[i] << s | (s ? a[i - 1] >> (32 - s) : 0);
    un[0] = a[0] << s;
    const uint64_t B = (uint64_t)1 << 32;
    for (int64_t j = na - nb; j >= 0; j--) {
        uint64_t num = (uint64_t)un[j + nb] << 32 | un[j + nb - 1];
        uint64_t qhat = num / vn[nb - 1], rhat = num % vn[nb - 1];
        while (qhat >= B || qhat * vn[nb - 2] > (rhat << 32 | un[j + nb - 2])) {
            qhat--;
            rhat += vn[nb - 1];
            if (rhat >= B) break;
        }
        /* un[j..j+nb] -= qhat * vn */
        uint64_t borrow = 0, carry = 0;
        for (int64_t i = 0; i < nb; i++) {
            uint64_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            uint64_t sub = (p & 0xffffffffu) + borrow;
            borrow = un[i + j] < sub;
            un[i + j] = (uint32_t)((uint64_t)un[i + j] - sub);
        }
        uint64_t sub = carry + borrow;
        borrow = un[j + nb] < sub;
        un[j + nb] = (uint32_t)((uint64_t)un[j + nb] - sub);
        if (borrow) { /* qhat was one too big: add vn back */
            qhat--;
            uint64_t c = 0;
            for (int64_t i = 0; i < nb; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + nb] += (uint32_t)c;
        }
        q[j] = (uint32_t)qhat;
    }
    for (int64_t i = 0; i < nb; i++) r[i] = un[i] >> s | (s ? un[i + 1] << (32 - s) : 0);
    free(vn);
    return true;
}

/* |a| divmod |b| into two unnormalised big ints (b nonzero). */
static bool mag_divmod_ints(const View *a, const View *b, Int **qo, Int **ro) {
    int64_t na = a->n, nb = b->n;
    *qo = big_alloc(na >= nb ? na - nb + 2 : 2);
    *ro = big_alloc(nb + 1);
    if (!*qo || !*ro) goto fail;
    memset((*qo)->d, 0, (size_t)(*qo)->nd * sizeof(uint32_t));
    memset((*ro)->d, 0, (size_t)(*ro)->nd * sizeof(uint32_t));
    if (mag_cmp(a->d, na, b->d, nb) < 0) {
        memcpy((*ro)->d, a->d, (size_t)na * sizeof(uint32_t));
    } else if (nb == 1) {
        (*ro)->d[0] = mag_div1(a->d, na, b->d[0], (*qo)->d);
    } else if (!mag_divmod(a->d, na, b->d, nb, (*qo)->d, (*ro)->d)) goto fail;
    return true;
fail:
    if (*qo) obj_free(&(*qo)->ob);
    if (*ro) obj_free(&(*ro)->ob);
    *qo = *ro = NULL;
    return false;
}

/* ---- signed arithmetic ----------------------------------------------------------- */
static Value add_signed(const View *a, const View *b, bool bneg) {
    if (a->neg == bneg || !a->n || !b->n) {
        bool neg = a->n ? a->neg : bneg;
        int64_t n = (a->n > b->n ? a->n : b->n) + 1;
        Int *o = big_alloc(n);
        if (!o) return V_NULL;
        mag_add(a->d, a->n, b->d, b->n, o->d);
        return big_finish(o, neg);
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return MK_SMALL(0);
    const View *big = c > 0 ? a : b, *small = c > 0 ? b : a;
    Int *o = big_alloc(big->n);
    if (!o) return V_NULL;
    mag_sub(big->d, big->n, small->d, small->n, o->d);
    return big_finish(o, c > 0 ? a->neg : bneg);
}

static Value mul_signed(const View *a, const View *b) {
    if (!a->n || !b->n) return MK_SMALL(0);
    Int *o = big_alloc(a->n + b->n);
    if (!o) return V_NULL;
    if (!mag_mul(a->d, a->n, b->d, b->n, o->d)) { obj_free(&o->ob); return V_NULL; }
    return big_finish(o, a->neg != b->neg);
}

/* Python's floor division and modulo: the remainder takes b's sign. */
static bool divmod_signed(const View *a, const View *b, Value *q, Value *r) {
    Int *qo, *ro;
    if (!mag_divmod_ints(a, b, &qo, &ro)) return false;
    bool rnz = mag_len(ro->d, ro->nd) != 0;
    if (a->neg != b->neg && rnz) {
        /* q = -(|q| + 1), r = |b| - |r| */
        uint32_t one = 1;
        mag_add_into(qo->d, qo->nd, &one, 1);
        Int *r2 = big_alloc(b->n);
        if (!r2) { obj_free(&qo->ob); obj_free(&ro->ob); return false; }
        mag_sub(b->d, b->n, ro->d, ro->nd < b->n ? ro->nd : b->n, r2->d);
        obj_free(&ro->ob);
        ro = r2;
    }
    *q = big_finish(qo, a->neg != b->neg);
    *r = big_finish(ro, b->neg);
    if (!*q || !*r) {
        if (*q) decref(*q);
        if (*r) decref(*r);
        return false;
    }
    return true;
}

static Value lshift_view(const View *a, int64_t k) {
    if (!a->n) return MK_SMALL(0);
    int64_t ds = k / 32;
    int bs = (int)(k % 32);
    if (ds > MAX_DIGITS) return too_many_digits();
    Int *o = big_alloc(a->n + ds + 1);
    if (!o) return V_NULL;
    memset(o->d, 0, (size_t)ds * sizeof(uint32_t));
    uint32_t carry = 0;
    for (int64_t i = 0; i < a->n; i++) {
        o->d[i + ds] = a->d[i] << bs | carry;
        carry = bs ? a->d[i] >> (32 - bs) : 0;
    }
    o->d[a->n + ds] = carry;
    return big_finish(o, a->neg);
}

/* floor(a / 2**k) */
static Value rshift_view(const View *a, int64_t k) {
    int64_t ds = k / 32;
    int bs = (int)(k % 32);
    if (ds >= a->n) return MK_SMALL(a->neg ? -1 : 0);
    int64_t n = a->n - ds;
    Int *o = big_alloc(n + 1);
    if (!o) return V_NULL;
    bool lost = bs && (a->d[ds] & ((1u << bs) - 1));
    for (int64_t i = 0; i < ds && !lost; i++) lost = a->d[i] != 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t hi = i + 1 < n ? a->d[ds + i + 1] : 0;
        o->d[i] = a->d[ds + i] >> bs | (bs ? hi << (32 - bs) : 0);
    }
    o->d[n] = 0;
    if (a->neg && lost) { /* floor of a negative: one further from zero */
        uint32_t one = 1;
        mag_add_into(o->d, n + 1, &one, 1);
    }
    return big_finish(o, a->neg);
}

/* x in two's complement over w digits */
static void twos(const View *x, int64_t w, uint32_t *out) {
    for (int64_t i = 0; i < w; i++) out[i] = i < x->n ? x->d[i] : 0;
    if (x->neg) {
        uint64_t c = 1;
        for (int64_t i = 0; i < w; i++) {
            c += (uint32_t)~out[i];
            out[i] = (uint32_t)c;
            c >>= 32;
        }
    }
}

static Value bitop(int op, const View *a, const View *b) {
    int64_t w = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *y = malloc((size_t)w * sizeof(uint32_t));
    Int *o = y ? big_alloc(w) : NULL;
    if (!o) { free(y); return y ? V_NULL : err_no_memory(); }
    twos(a, w, o->d);
    twos(b, w, y);
    for (int64_t i = 0; i < w; i++)
        o->d[i] = op == BOP_AND ? o->d[i] & y[i] : op == BOP_OR ? o->d[i] | y[i] : o->d[i] ^ y[i];
    free(y);
    bool neg = o->d[w - 1] >> 31;
    if (neg) {
        uint64_t c = 1;
        for (int64_t i = 0; i < w; i++) {
            c += (uint32_t)~o->d[i];
            o->d[i] = (uint32_t)c;
            c >>= 32;
        }
    }
    return big_finish(o, neg);
}

int big_sign(Value v) {
    View x;
    view(v, &x);
    return x.n == 0 ? 0 : x.neg ? -1 : 1;
}

int64_t big_bit_length(Value v) {
    View x;
    view(v, &x);
    if (!x.n) return 0;
    return (x.n - 1) * 32 + (32 - __builtin_clz(x.d[x.n - 1]));
}

int64_t big_bit_count(Value v) {
    View x;
    view(v, &x);
    int64_t c = 0;
    for (int64_t i = 0; i < x.n; i++) c += __builtin_popcount(x.d[i]);
    return c;
}

/* ---- conversions ---------------------------------------------------------------------- */
bool big_to_double(Value v, double *out) {
    View x;
    view(v, &x);
    int64_t bits = big_bit_length(v);
    double d;
    if (bits <= 64) {
        uint64_t u = x.n == 0 ? 0 : x.n == 1 ? x.d[0] : (x.d[0] | (uint64_t)x.d[1] << 32);
        d = (double)u;
    } else {
        /* the top 64 bits, the lowest of them sticky for everything below:
         * one rounding, to nearest even, by the conversion */
        int64_t lo = bits - 64;
        uint64_t u = 0;
        for (int k = 0; k < 64; k++) {
            int64_t bit = lo + k;
            if (x.d[bit / 32] >> (bit % 32) & 1) u |= (uint64_t)1 << k;
        }
        bool sticky = false;
        for (int64_t i = 0; i < lo / 32 && !sticky; i++) sticky = x.d[i] != 0;
        if (!sticky && lo % 32) sticky = (x.d[lo / 32] & ((1u << (lo % 32)) - 1)) != 0;
        if (sticky) u |= 1;
        d = bits > 1100 ? INFINITY : ldexp((double)u, (int)lo);
    }
    if (isinf(d)) {
        err_set_str(&Exc_OverflowError, "int too large to convert to float");
        return false;
    }
    *out = x.neg ? -d : d;
    return true;
}

Value big_from_double(double d) {
    if (d < 9223372036854775808.0 && d >= -9223372036854775808.0) return int_from_i64((int64_t)d);
    int e;
    double m = frexp(fabs(d), &e); /* |d| = m * 2**e, m in [0.5, 1), e > 63 */
    Value mant = int_from_i64((int64_t)ldexp(m, 53));
    if (!mant) return V_NULL;
    View x;
    view(mant, &x);
    x.neg = d < 0;
    Value r = lshift_view(&x, e - 53);
    decref(mant);
    return r;
}

int64_t big_hash(Value v) {
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    View x;
    view(v, &x);
    unsigned __int128 h = 0;
    for (int64_t i = x.n - 1; i >= 0; i--) h = ((h << 32) | x.d[i]) % P;
    int64_t r = (int64_t)h;
    if (x.neg) r = -r;
    return r == -1 ? -2 : r;
}

int big_cmp(Value a, Value b) {
    View x, y;
    view(a, &x);
    view(b, &y);
    bool xn = x.neg && x.n, yn = y.neg && y.n;
    if (xn != yn) return xn ? -1 : 1;
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    return xn ? -c : c;
}

int big_cmp_double(Value a, double d) {
    double fl = floor(d);
    Value f = big_from_double(fl);
    if (!f) { err_clear(); return 0; }
    int c = big_cmp(a, f);
    decref(f);
    if (c == 0 && fl != d) return -1;
    return c;
}

static Value str_digits_error(int64_t have) {
    if (have >= 0)
        return err_format(&Exc_ValueError,
                          "Exceeds the limit (%lld digits) for integer string conversion: value has %lld digits; "
                          "use sys.set_int_max_str_digits() to increase the limit",
                          (long long)LOAD_RELAXED(&int_max_str_digits), (long long)have);
    return err_format(&Exc_ValueError,
                      "Exceeds the limit (%lld digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      (long long)LOAD_RELAXED(&int_max_str_digits));
}

char *int_digits(Value v, int base, int64_t *len, bool *neg) {
    View x;
    view(v, &x);
    *neg = x.neg && x.n;
    int64_t bits = big_bit_length(v);
    const char *dig = "0123456789abcdefghijklmnopqrstuvwxyz";
    char *s;
    int64_t n = 0;
    if (base == 2 || base == 8 || base == 16) {
        int per = base == 2 ? 1 : base == 8 ? 3 : 4;
        int64_t nc = bits ? (bits + per - 1) / per : 1;
        if (!(s = malloc((size_t)nc + 1))) { err_no_memory(); return NULL; }
        for (int64_t c = nc - 1; c >= 0; c--) {
            unsigned val = 0;
            for (int k = per - 1; k >= 0; k--) {
                int64_t bit = c * per + k;
                val = val << 1 | (bit < bits ? (x.d[bit / 32] >> (bit % 32) & 1) : 0);
            }
            s[n++] = dig[val];
        }
        s[n] = 0;
        *len = n;
        return s;
    }
    /* base 10, nine digits at a time */
    int64_t limit = LOAD_RELAXED(&int_max_str_digits);
    if (limit > 0 && (double)bits * 0.30102999566398120 > (double)limit + 1) {
        str_digits_error(-1);
        return NULL;
    }
    int64_t nchunks = x.n * 10 / 9 + 2;
    uint32_t *t = malloc((size_t)(x.n + 1) * sizeof(uint32_t));
    uint32_t *chunks = malloc((size_t)nchunks * sizeof(uint32_t));
    s = malloc((size_t)nchunks * 9 + 2);
    if (!t || !chunks || !s) {
        free(t); free(chunks); free(s);
        err_no_memory();
        return NULL;
    }
    memcpy(t, x.d, (size_t)x.n * sizeof(uint32_t));
    int64_t tn = x.n, nc = 0;
    while (tn) {
        chunks[nc++] = mag_div1(t, tn, 1000000000u, t);
        tn = mag_len(t, tn);
    }
    free(t);
    if (nc == 0) s[n++] = '0';
    for (int64_t i = nc - 1; i >= 0; i--) {
        char buf[16];
        int k = snprintf(buf, sizeof buf, i == nc - 1 ? "%u" : "%09u", chunks[i]);
        memcpy(s + n, buf, (size_t)k);
        n += k;
    }
    free(chunks);
    s[n] = 0;
    if (limit > 0 && n > limit && n > STR_DIGITS_THRESHOLD) {
        free(s);
        str_digits_error(-1);
        return NULL;
    }
    *len = n;
    return s;
}

Value big_parse(const char *s, const char *e, int base, bool neg) {
    int64_t count = 0;
    for (const char *p = s; p < e; p++) count += *p != '_';
    bool pow2 = (base & (base - 1)) == 0;
    int64_t limit = LOAD_RELAXED(&int_max_str_digits);
    if (!pow2 && limit > 0 && count > limit && count > STR_DIGITS_THRESHOLD) return str_digits_error(count);
    double bits = (double)count * log2((double)base);
    if (bits / 32 > MAX_DIGITS) return too_many_digits();
    Int *o = big_alloc((int64_t)(bits / 32) + 2);
    if (!o) return V_NULL;
    int64_t cap = o->nd, n = 0;
    /* chunks of k digits, base**k < 2**32 */
    uint32_t maxmul = 1;
    int k = 0;
    while ((uint64_t)maxmul * (uint64_t)base < ((uint64_t)1 << 32)) { maxmul *= (uint32_t)base; k++; }
    const char *p = s;
    while (p < e) {
        uint32_t chunk = 0, mul = 1;
        for (int i = 0; i < k && p < e; p++) {
            if (*p == '_') continue;
            int c = *p | 32;
            int dv = *p >= '0' && *p <= '9' ? *p - '0' : c - 'a' + 10;
            chunk = chunk * (uint32_t)base + (uint32_t)dv;
            mul *= (uint32_t)base;
            i++;
        }
        if (mul == 1) break; /* only underscores were left */
        uint64_t c = chunk;
        for (int64_t i = 0; i < n; i++) {
            c += (uint64_t)o->d[i] * mul;
            o->d[i] = (uint32_t)c;
            c >>= 32;
        }
        if (c && n < cap) o->d[n++] = (uint32_t)c;
    }
    for (int64_t i = n; i < cap; i++) o->d[i] = 0;
    return big_finish(o, neg);
}

bool int_to_bytes_le(Value v, uint8_t *out, int64_t n, bool is_signed) {
    View x;
    view(v, &x);
    if (x.neg && x.n && !is_signed) return false;
    int64_t bits = big_bit_length(v);
    if (is_signed) {
        /* -2**(8n-1) fits, 2**(8n-1) does not */
        bool pow2 = x.neg && x.n && big_bit_count(v) == 1;
        if (bits > 8 * n - 1 && !(pow2 && bits == 8 * n)) return false;
    } else if (bits > 8 * n) return false;
    uint64_t c = 1;
    for (int64_t i = 0; i < n; i++) {
        int64_t di = i / 4;
        uint8_t byte = di < x.n ? (uint8_t)(x.d[di] >> (8 * (i % 4))) : 0;
        if (x.neg && x.n) { /* two's complement, byte by byte */
            c += (uint8_t)~byte;
            byte = (uint8_t)c;
            c >>= 8;
        }
        out[i] = byte;
    }
    return true;
}

Value int_from_bytes_le(const uint8_t *p, int64_t n, bool is_signed) {
    bool neg = is_signed && n && (p[n - 1] & 0x80);
    Int *o = big_alloc(n / 4 + 1);
    if (!o) return V_NULL;
    memset(o->d, 0, (size_t)o->nd * sizeof(uint32_t));
    uint64_t c = 1;
    for (int64_t i = 0; i < n; i++) {
        uint8_t byte = p[i];
        if (neg) {
            c += (uint8_t)~byte;
            byte = (uint8_t)c;
            c >>= 8;
        }
        o->d[i / 4] |= (uint32_t)byte << (8 * (i % 4));
    }
    return big_finish(o, neg);
}

/* ---- the binary operators ---------------------------------------------------------------- */
static Value pow_values(Value b, Value e) {
    View xe;
    view(e, &xe);
    if (xe.neg && xe.n) {
        double d;
        if (!big_to_double(b, &d)) return V_NULL;
        if (d == 0) return err_set_str(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        double de;
        if (!big_to_double(e, &de)) return V_NULL;
        return float_new(pow(d, de));
    }
    if (IS_BIG(e)) {
        int64_t bi;
        if (val_as_i64(b, &bi) && bi >= -1 && bi <= 1)
            return MK_SMALL(bi == -1 ? ((xe.d[0] & 1) ? -1 : 1) : bi);
        return too_many_digits();
    }
    int64_t k = 0;
    val_as_i64(e, &k);
    if ((double)big_bit_length(b) * (double)k > (double)BIG_MAX_BITS) {
        int64_t bi;
        if (!(val_as_i64(b, &bi) && bi >= -1 && bi <= 1)) return too_many_digits();
    }
    Value r = MK_SMALL(1), sq = b;
    incref(sq);
    while (k) {
        if (k & 1) {
            Value t = big_binop(BOP_MUL, r, sq);
            decref(r);
            if (!(r = t)) break;
        }
        k >>= 1;
        if (k) {
            Value t = big_binop(BOP_MUL, sq, sq);
            decref(sq);
            if (!(sq = t)) { decref(r); r = V_NULL; break; }
        }
    }
    if (sq) decref(sq);
    return r;
}

/* a / b correctly rounded: a quotient of 55-56 bits with a sticky bit,
 * rounded once by the conversion to double, then scaled. */
static Value truediv_values(Value a, Value b) {
    View x, y;
    view(a, &x);
    view(b, &y);
    if (!y.n) return err_set_str(&Exc_ZeroDivisionError, "division by zero");
    bool neg = x.neg != y.neg;
    if (!x.n) return float_new(neg ? -0.0 : 0.0);
    int64_t shift = big_bit_length(a) - big_bit_length(b) - 55;
    if (shift > 1100) return err_set_str(&Exc_OverflowError, "integer division result too large for a float");
    if (shift < -1300) return float_new(neg ? -0.0 : 0.0);
    x.neg = y.neg = false;
    Value num = shift < 0 ? lshift_view(&x, -shift) : from_view(&x, false);
    Value den = shift > 0 ? lshift_view(&y, shift) : from_view(&y, false);
    Value q = V_NULL, r = V_NULL;
    if (num && den) {
        View xn, yn;
        view(num, &xn);
        view(den, &yn);
        divmod_signed(&xn, &yn, &q, &r);
    }
    xdecref(num);
    xdecref(den);
    if (!q) return V_NULL;
    int64_t qi = 0;
    val_as_i64(q, &qi);
    uint64_t u = (uint64_t)qi | (big_sign(r) != 0);
    decref(q);
    decref(r);
    double d = ldexp((double)u, (int)shift);
    if (isinf(d)) return err_set_str(&Exc_OverflowError, "integer division result too large for a float");
    return float_new(neg ? -d : d);
}

Value big_binop(int op, Value a, Value b) {
    View x, y;
    view(a, &x);
    view(b, &y);
    switch (op) {
    case BOP_ADD: return add_signed(&x, &y, y.neg);
    case BOP_SUB: return add_signed(&x, &y, !y.neg);
    case BOP_MUL: return mul_signed(&x, &y);
    case BOP_TRUEDIV: return truediv_values(a, b);
    case BOP_FLOORDIV:
    case BOP_MOD: {
        if (!y.n)
            return err_set_str(&Exc_ZeroDivisionError,
                               op == BOP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
        Value q, r;
        if (!divmod_signed(&x, &y, &q, &r)) return V_NULL;
        if (op == BOP_MOD) { decref(q); return r; }
        decref(r);
        return q;
    }
    case BOP_POW: return pow_values(a, b);
    case BOP_LSHIFT:
    case BOP_RSHIFT: {
        if (y.neg && y.n) return err_set_str(&Exc_ValueError, "negative shift count");
        if (IS_BIG(b)) {
            if (op == BOP_RSHIFT) return MK_SMALL(x.neg && x.n ? -1 : 0);
            return x.n ? too_many_digits() : MK_SMALL(0);
        }
        int64_t k = 0;
        val_as_i64(b, &k);
        return op == BOP_LSHIFT ? lshift_view(&x, k) : rshift_view(&x, k);
    }
    case BOP_AND: case BOP_OR: case BOP_XOR: return bitop(op, &x, &y);
    }
    return V_NOTIMPL;
}

