/* str.c - immutable UTF-8 strings, the string builder and interning.
 *
 * A Str holds UTF-8 bytes plus its length in code points.  ASCII strings
 * (the common case) index in O(1); others walk the bytes.  Interned
 * strings are immortal and unique, so names compare by pointer: this is
 * what lets the free-threaded build read a dict without its lock. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

/* ---- the string builder --------------------------------------------- */
void sb_init(SBuf *b) {
    b->buf = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

/* The largest buffer asked of the allocator: keeps the doubling below from
 * overflowing; anything bigger fails at once as MemoryError. */
#define SB_MAX (INT64_MAX / 4)

static bool sb_grow(SBuf *b, int64_t need) {
    if (b->failed) return false;
    if (b->len + need + 1 <= b->cap) return true;
    if (need < 0 || need > SB_MAX - b->len) {
        b->failed = true;
        return false;
    }
    int64_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + need + 1) cap *= 2;
    char *n = realloc(b->buf, (size_t)cap);  /* no exception here: callers may be detached */
    if (!n) {
        b->failed = true;
        return false;
    }
    b->buf = n;
    b->cap = cap;
    return true;
}

void sb_add(SBuf *b, const char *s, int64_t n) {
    if (n <= 0 || !sb_grow(b, n)) return;
    memcpy(b->buf + b->len, s, (size_t)n);
    b->len += n;
}
/* unit (n bytes) repeated times: room is asked for once, so a huge count
 * fails at once instead of looping. */
void sb_fill(SBuf *b, const char *unit, int64_t n, int64_t times) {
    if (n <= 0 || times <= 0) return;
    if (times > SB_MAX / n || !sb_grow(b, n * times)) {
        b->failed = true;
        return;
    }
    for (int64_t i = 0; i < times; i++) {
        memcpy(b->buf + b->len, unit, (size_t)n);
        b->len += n;
    }
    b->buf[b->len] = 0;
}
void sb_adds(SBuf *b, const char *s) { sb_add(b, s, (int64_t)strlen(s)); }
void sb_addc(SBuf *b, char c) {
    if (!sb_grow(b, 1)) return;
    b->buf[b->len++] = c;
}
void sb_add_str(SBuf *b, Str *s) { sb_add(b, s->data, s->len); }

void sb_addf(SBuf *b, const char *fmt, ...) {
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        sb_add(b, tmp, n);
        return;
    }
    if (!sb_grow(b, n)) return;
    va_start(ap, fmt);
    vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += n;
}

int utf8_encode(uint32_t cp, char o[4]) {
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
void sb_add_utf8(SBuf *b, uint32_t cp) {
    char o[4];
    sb_add(b, o, utf8_encode(cp, o));
}

void sb_free(SBuf *b) {
    mem_free(b->buf);
    sb_init(b);
}

Value sb_finish(SBuf *b) {
    if (b->failed) {
        sb_free(b);
        return err_no_memory();
    }
    Value s = str_new(b->buf ? b->buf : "", b->len);
    sb_free(b);
    return s;
}

/* ---- UTF-8 ------------------------------------------------------------ */
int utf8_decode(const unsigned char *s, uint32_t *cp) {
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0) { *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
    if ((s[0] & 0xF0) == 0xE0) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
          ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

bool utf8_valid(const char *str, int64_t n, int64_t *nchars) {
    const unsigned char *s = (const unsigned char *)str;
    int64_t i = 0, count = 0;
    while (i < n) {
        unsigned char c = s[i];
        int len;
        uint32_t min;
        if (c < 0x80) { i++; count++; continue; }
        if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
        else return false;
        if (i + len > n) return false;
        for (int k = 1; k < len; k++)
            if ((s[i + k] & 0xC0) != 0x80) return false;
        uint32_t cp;
        utf8_decode(s + i, &cp);
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
        count++;
    }
    if (nchars) *nchars = count;
    return true;
}

/* ---- creation ---------------------------------------------------------- */
static Str *str_alloc(int64_t len) {
    Str *s = (Str *)obj_new(&StrType, sizeof(Str) + (size_t)len + 1);
    if (!s) return NULL;
    s->len = len;
    s->hash = -1;
    s->interned = 0;
    s->data[len] = 0;
    return s;
}

static Str *empty_str;
static Str *char_cache[128];

Value str_new(const char *data, int64_t len) {
    if (len == 0 && empty_str) return OBJ_VAL(empty_str);
    if (len == 1 && (unsigned char)data[0] < 128 && char_cache[(unsigned char)data[0]])
        return OBJ_VAL(char_cache[(unsigned char)data[0]]);
    Str *s = str_alloc(len);
    if (!s) return V_NULL;
    memcpy(s->data, data, (size_t)len);
    int64_t nchars = 0;
    bool ascii = true;
    for (int64_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c >= 0x80) ascii = false;
        if ((c & 0xC0) != 0x80) nchars++;
    }
    s->ascii = ascii;
    s->nchars = nchars;
    return OBJ_VAL(s);
}

Value str_from_c(const char *s) { return str_new(s, (int64_t)strlen(s)); }

int64_t str_hash(Str *s) {
    int64_t h = LOAD_RELAXED(&s->hash);
    if (h != -1) return h;
    uint64_t x = 1469598103934665603ULL; /* FNV-1a */
    for (int64_t i = 0; i < s->len; i++) {
        x ^= (unsigned char)s->data[i];
        x *= 1099511628211ULL;
    }
    h = (int64_t)(x >> 1);
    if (h == -1) h = -2;
    STORE_RELAXED(&s->hash, h);
    return h;
}

bool str_eq(Str *a, Str *b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    if (a->interned && b->interned) return false;
    return memcmp(a->data, b->data, (size_t)a->len) == 0;
}

bool str_eq_c(Str *a, const char *c) {
    size_t n = strlen(c);
    return (size_t)a->len == n && memcmp(a->data, c, n) == 0;
}

int str_cmp(Str *a, Str *b) {
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, (size_t)n); /* UTF-8 byte order = code point order */
    if (c) return c < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

/* ---- interning --------------------------------------------------------------
 * An open-addressed set of immortal strings, behind one mutex: interning
 * happens when code is compiled and when names are made at run time
 * (setattr with a new name), never on a hot path. */
static pthread_mutex_t intern_mu = PTHREAD_MUTEX_INITIALIZER;
static Str **intern_tab;
static int64_t intern_cap, intern_used;

static Str *intern_find_or_add(Str *s) {
    if (intern_used * 2 >= intern_cap) {
        int64_t ncap = intern_cap ? intern_cap * 2 : 1024;
        Str **n = calloc((size_t)ncap, sizeof(Str *));
        if (!n) abort();
        for (int64_t i = 0; i < intern_cap; i++) {
            Str *e = intern_tab[i];
            if (!e) continue;
            int64_t j = str_hash(e) & (ncap - 1);
            while (n[j]) j = (j + 1) & (ncap - 1);
            n[j] = e;
        }
        free(intern_tab);
        intern_tab = n;
        intern_cap = ncap;
    }
    int64_t j = str_hash(s) & (intern_cap - 1);
    while (intern_tab[j]) {
        Str *e = intern_tab[j];
        if (e->len == s->len && memcmp(e->data, s->data, (size_t)s->len) == 0) return e;
        j = (j + 1) & (intern_cap - 1);
    }
    intern_tab[j] = s;
    intern_used++;
    return NULL;
}

Str *str_intern(Str *s) {
    if (s->interned) return s;
    str_hash(s);
    pthread_mutex_lock(&intern_mu);
    Str *found = intern_find_or_add(s);
    if (!found) {
        /* The caller's reference becomes the table's; the string lives until exit. */
        s->interned = 1;
        make_immortal(&s->ob);
        found = s;
    }
    pthread_mutex_unlock(&intern_mu);
    if (found != s) decref(OBJ_VAL(s));
    return found;
}

Str *str_intern_c(const char *c) {
    Value v = str_from_c(c);
    if (!v) abort();
    if (AS_STR(v)->interned) return AS_STR(v);
    return str_intern(AS_STR(v));
}

/* Interned strings are freed at exit by the leak check. */
void str_free_interned(void) {
    for (int64_t i = 0; i < intern_cap; i++)
        if (intern_tab[i]) obj_free(&intern_tab[i]->ob);
    free(intern_tab);
    intern_tab = NULL;
    intern_cap = intern_used = 0;
}

void str_atfork_prepare(void) { pthread_mutex_lock(&intern_mu); }
void str_atfork_parent(void) { pthread_mutex_unlock(&intern_mu); }
void str_atfork_child(void) { pthread_mutex_init(&intern_mu, NULL); }

/* ---- indexing -------------------------------------------------------------- */
int64_t str_byte_offset(Str *s, int64_t ci) {
    if (s->ascii) return ci;
    int64_t i = 0, c = 0;
    while (i < s->len && c < ci) {
        i++;
        while (i < s->len && ((unsigned char)s->data[i] & 0xC0) == 0x80) i++;
        c++;
    }
    return i;
}

static int64_t char_len_at(Str *s, int64_t off) {
    int64_t e = off + 1;
    while (e < s->len && ((unsigned char)s->data[e] & 0xC0) == 0x80) e++;
    return e - off;
}

Value str_char_at(Str *s, int64_t i) {
    int64_t off = str_byte_offset(s, i);
    return str_new(s->data + off, char_len_at(s, off));
}

/* Substring by code-point range [a, b). */
static Value str_sub(Str *s, int64_t a, int64_t b) {
    if (a <= 0 && b >= s->nchars) {
        incref(OBJ_VAL(s));
        return OBJ_VAL(s);
    }
    if (b <= a) return str_new("", 0);
    int64_t oa = str_byte_offset(s, a), ob = b;
    if (!s->ascii) {
        ob = oa;
        for (int64_t c = a; c < b && ob < s->len; c++) ob += char_len_at(s, ob);
    }
    return str_new(s->data + oa, ob - oa);
}

Value str_getitem(Value sv, Value key) {
    Str *s = AS_STR(sv);
    if (IS_TYPE(key, SliceType)) {
        int64_t start, stop, step, n;
        if (slice_indices(key, s->nchars, &start, &stop, &step, &n) < 0) return V_NULL;
        if (step == 1) return str_sub(s, start, stop);
        SBuf b;
        sb_init(&b);
        for (int64_t i = 0, c = start; i < n; i++, c += step) {
            int64_t off = str_byte_offset(s, c);
            sb_add(&b, s->data + off, char_len_at(s, off));
        }
        return sb_finish(&b);
    }
    int64_t i;
    if (!val_as_i64(key, &i)) {
        if (IS_BIG(key)) return err_set_str(&Exc_IndexError, "cannot fit 'int' into an index-sized integer");
        i = obj_index(key, NULL); /* an object with __index__ */
        if (i == -1 && err_occurred()) {
            err_clear();
            return err_format(&Exc_TypeError, "string indices must be integers, not '%s'", type_name(key));
        }
    }
    if (i < 0) i += s->nchars;
    if (i < 0 || i >= s->nchars) return err_set_str(&Exc_IndexError, "string index out of range");
    return str_char_at(s, i);
}

Value str_concat(Str *a, Str *b) {
    if (a->len == 0) { incref(OBJ_VAL(b)); return OBJ_VAL(b); }
    if (b->len == 0) { incref(OBJ_VAL(a)); return OBJ_VAL(a); }
    Str *s = str_alloc(a->len + b->len);
    if (!s) return V_NULL;
    memcpy(s->data, a->data, (size_t)a->len);
    memcpy(s->data + a->len, b->data, (size_t)b->len);
    s->ascii = a->ascii && b->ascii;
    s->nchars = a->nchars + b->nchars;
    return OBJ_VAL(s);
}

Value str_mul(Str *a, int64_t n) {
    if (n <= 0 || a->len == 0) return str_new("", 0);
    /* more characters than an index can count: CPython's OverflowError */
    if (a->nchars > INT64_MAX / n) return err_set_str(&Exc_OverflowError, "repeated string is too long");
    if (a->len > (INT64_C(1) << 40) / n) return err_no_memory();
    Str *s = str_alloc(a->len * n);
    if (!s) return V_NULL;
    for (int64_t i = 0; i < n; i++) memcpy(s->data + i * a->len, a->data, (size_t)a->len);
    s->ascii = a->ascii;
    s->nchars = a->nchars * n;
    return OBJ_VAL(s);
}

/* ---- repr ------------------------------------------------------------------ */
static bool cp_printable(uint32_t cp) {
    if (cp < 0x20 || cp == 0x7F) return false;
    if (cp >= 0x80 && cp <= 0xA0) return false;
    if (cp == 0xAD) return false;
    if (cp >= 0x2028 && cp <= 0x202F) return false;
    if (cp >= 0x2000 && cp <= 0x200F) return false;
    if (cp == 0x3000 || cp == 0xFEFF || cp == 0x1680 || cp == 0x205F) return false;
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;
    return true;
}

Value str_repr(Value sv) {
    Str *s = AS_STR(sv);
    bool has_sq = memchr(s->data, '\'', (size_t)s->len) != NULL;
    bool has_dq = memchr(s->data, '"', (size_t)s->len) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    SBuf b;
    sb_init(&b);
    sb_addc(&b, q);
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t i = 0;
    while (i < s->len) {
        uint32_t cp;
        int n = utf8_decode(p + i, &cp);
        if (cp == (uint32_t)q || cp == '\\') { sb_addc(&b, '\\'); sb_addc(&b, (char)cp); }
        else if (cp == '\n') sb_adds(&b, "\\n");
        else if (cp == '\r') sb_adds(&b, "\\r");
        else if (cp == '\t') sb_adds(&b, "\\t");
        else if (!cp_printable(cp)) {
            if (cp < 0x100) sb_addf(&b, "\\x%02x", cp);
            else if (cp < 0x10000) sb_addf(&b, "\\u%04x", cp);
            else sb_addf(&b, "\\U%08x", cp);
        } else sb_add(&b, (const char *)p + i, n);
        i += n;
    }
    sb_addc(&b, q);
    return sb_finish(&b);
}

/* ---- methods ---------------------------------------------------------------- */
#define SELF AS_STR(a[0])

static bool want_str(Value v, const char *what, Str **out) {
    if (!IS_STR(v)) {
        if (!what) err_format(&Exc_TypeError, "must be str, not %s", type_name(v));
        else err_format(&Exc_TypeError, "%s must be str, not %s", what, type_name(v));
        return false;
    }
    *out = AS_STR(v);
    return true;
}

/* Optional [start[, end]] arguments of find/count/startswith, in code points;
 * lo may come out as nchars + 1 (past the end), so check lo <= hi before
 * turning it into a byte offset. */
static bool opt_range(Value *a, int n, int first, Str *s, int64_t *lo, int64_t *hi) {
    *lo = 0;
    *hi = s->nchars;
    for (int k = 0; k < 2; k++) {
        if (first + k >= n || a[first + k] == V_NONE) continue;
        int64_t v;
        if (!int_clamp_i64(a[first + k], &v)) {
            err_set_str(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        if (v < 0) { v += s->nchars; if (v < 0) v = 0; }
        /* a start past the end matches nothing, not even "" (CPython) */
        if (v > s->nchars) v = k == 0 ? s->nchars + 1 : s->nchars;
        if (k == 0) *lo = v; else *hi = v;
    }
    return true;
}

static int64_t byte_to_char(Str *s, int64_t off) {
    if (s->ascii) return off;
    int64_t c = 0;
    for (int64_t i = 0; i < off; i++)
        if (((unsigned char)s->data[i] & 0xC0) != 0x80) c++;
    return c;
}

static const char *mem_find(const char *h, int64_t hn, const char *n, int64_t nn) {
    if (nn == 0) return h;
    if (nn > hn) return NULL;
    return memmem(h, (size_t)hn, n, (size_t)nn);
}

static int64_t find_impl(Str *s, Str *sub, int64_t lo, int64_t hi, bool rev) {
    if (hi - lo < sub->nchars) return -1;
    int64_t blo = str_byte_offset(s, lo), bhi = str_byte_offset(s, hi);
    if (!rev) {
        const char *p = mem_find(s->data + blo, bhi - blo, sub->data, sub->len);
        return p ? byte_to_char(s, p - s->data) : -1;
    }
    for (int64_t i = bhi - sub->len; i >= blo; i--) {
        if (((unsigned char)s->data[i] & 0xC0) == 0x80) continue;
        if (memcmp(s->data + i, sub->data, (size_t)sub->len) == 0) return byte_to_char(s, i);
    }
    return -1;
}

static Value find_common(Value *a, int n, bool rev, bool raise) {
    Str *sub;
    if (!want_str(a[1], NULL, &sub)) return V_NULL;
    int64_t lo, hi;
    if (!opt_range(a, n, 2, SELF, &lo, &hi)) return V_NULL;
    int64_t r = find_impl(SELF, sub, lo, hi, rev);
    if (r < 0 && raise) return err_set_str(&Exc_ValueError, "substring not found");
    return MK_SMALL(r);
}
static Value s_find(Value *a, int n, Dict *kw) { (void)kw; return find_common(a, n, false, false); }
static Value s_rfind(Value *a, int n, Dict *kw) { (void)kw; return find_common(a, n, true, false); }
static Value s_index(Value *a, int n, Dict *kw) { (void)kw; return find_common(a, n, false, true); }
static Value s_rindex(Value *a, int n, Dict *kw) { (void)kw; return find_common(a, n, true, true); }

static Value s_count(Value *a, int n, Dict *kw) {
    (void)kw;
    Str *sub;
    if (!want_str(a[1], NULL, &sub)) return V_NULL;
    int64_t lo, hi;
    if (!opt_range(a, n, 2, SELF, &lo, &hi)) return V_NULL;
    if (sub->len == 0) return MK_SMALL(hi >= lo ? hi - lo + 1 : 0);
    if (lo > hi) return MK_SMALL(0);
    int64_t blo = str_byte_offset(SELF, lo), bhi = str_byte_offset(SELF, hi), c = 0;
    const char *p = SELF->data + blo, *end = SELF->data + bhi;
    while ((p = mem_find(p, end - p, sub->data, sub->len)) != NULL) { c++; p += sub->len; }
    return MK_SMALL(c);
}

static Value startsends(Value *a, int n, bool ends) {
    int64_t lo, hi;
    if (!opt_range(a, n, 2, SELF, &lo, &hi)) return V_NULL;
    Value pre = a[1];
    int64_t cnt = 1;
    Value *items = &pre;
    if (IS_TUPLE(pre)) { cnt = AS_TUPLE(pre)->len; items = AS_TUPLE(pre)->items; }
    int64_t blo = lo <= hi ? str_byte_offset(SELF, lo) : 0, bhi = lo <= hi ? str_byte_offset(SELF, hi) : 0;
    for (int64_t i = 0; i < cnt; i++) {
        if (!IS_STR(items[i]))
            return err_format(&Exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                              ends ? "endswith" : "startswith", type_name(items[i]));
        if (lo > hi) continue;
        Str *p = AS_STR(items[i]);
        if (p->len > bhi - blo) continue;
        const char *at = ends ? SELF->data + bhi - p->len : SELF->data + blo;
        if (memcmp(at, p->data, (size_t)p->len) == 0) return V_TRUE;
    }
    return V_FALSE;
}
static Value s_startswith(Value *a, int n, Dict *kw) { (void)kw; return startsends(a, n, false); }
static Value s_endswith(Value *a, int n, Dict *kw) { (void)kw; return startsends(a, n, true); }

static bool is_space_cp(uint32_t c) {
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Move *s and *e inward past Unicode whitespace (int() and float() strip
 * it, as str.strip() does). */
void utf8_strip_space(const char **s, const char **e) {
    const unsigned char *p = (const unsigned char *)*s, *q = (const unsigned char *)*e;
    while (p < q) {
        uint32_t cp;
        int k = utf8_decode(p, &cp);
        if (!is_space_cp(cp)) break;
        p += k;
    }
    while (q > p) {
        const unsigned char *b = q - 1;
        while (b > p && (*b & 0xC0) == 0x80) b--;
        uint32_t cp;
        utf8_decode(b, &cp);
        if (!is_space_cp(cp)) break;
        q = b;
    }
    *s = (const char *)p;
    *e = (const char *)q;
}

static Value strip_impl(Value *a, int n, int which) {
    Str *s = SELF, *chars = NULL;
    if (n > 1 && a[1] != V_NONE && !IS_STR(a[1])) return err_set_str(&Exc_TypeError, "strip arg must be None or str");
    if (n > 1 && a[1] != V_NONE) chars = AS_STR(a[1]);
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t lo = 0, hi = s->len;
    if (which & 1) {
        while (lo < hi) {
            uint32_t cp;
            int k = utf8_decode(p + lo, &cp);
            bool strip = chars ? memmem(chars->data, (size_t)chars->len, p + lo, (size_t)k) != NULL
                               : is_space_cp(cp);
            if (!strip) break;
            lo += k;
        }
    }
    if (which & 2) {
        while (hi > lo) {
            int64_t st = hi - 1;
            while (st > lo && (p[st] & 0xC0) == 0x80) st--;
            uint32_t cp;
            utf8_decode(p + st, &cp);
            bool strip;
            if (chars) strip = memmem(chars->data, (size_t)chars->len, p + st, (size_t)(hi - st)) != NULL;
            else strip = is_space_cp(cp);
            if (!strip) break;
            hi = st;
        }
    }
    return str_new(s->data + lo, hi - lo);
}
static Value s_strip(Value *a, int n, Dict *kw) { (void)kw; return strip_impl(a, n, 3); }
static Value s_lstrip(Value *a, int n, Dict *kw) { (void)kw; return strip_impl(a, n, 1); }
static Value s_rstrip(Value *a, int n, Dict *kw) { (void)kw; return strip_impl(a, n, 2); }

static Value split_ws(Str *s, int64_t maxsplit, bool rev) {
    Value list = list_new(0);
    if (!list) return V_NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t n = s->len;
    if (!rev) {
        int64_t i = 0, count = 0;
        while (i < n) {
            uint32_t cp;
            while (i < n) { int k = utf8_decode(p + i, &cp); if (!is_space_cp(cp)) break; i += k; }
            if (i >= n) break;
            int64_t st = i;
            if (maxsplit >= 0 && count >= maxsplit) {
                /* the rest, trailing whitespace and all (CPython) */
                Value w = str_new((const char *)p + st, n - st);
                if (!w || list_append(list, w) < 0) { xdecref(w); decref(list); return V_NULL; }
                decref(w);
                break;
            }
            while (i < n) { int k = utf8_decode(p + i, &cp); if (is_space_cp(cp)) break; i += k; }
            Value w = str_new((const char *)p + st, i - st);
            if (!w || list_append(list, w) < 0) { xdecref(w); decref(list); return V_NULL; }
            decref(w);
            count++;
        }
        return list;
    }
    /* rsplit(None, maxsplit): split from the right, then reverse */
    int64_t i = n, count = 0;
    Value tmp = list_new(0);
    if (!tmp) { decref(list); return V_NULL; }
    while (i > 0) {
        uint32_t cp;
        while (i > 0) {
            int64_t b = i - 1;
            while (b > 0 && (p[b] & 0xC0) == 0x80) b--;
            utf8_decode(p + b, &cp);
            if (!is_space_cp(cp)) break;
            i = b;
        }
        if (i <= 0) break;
        int64_t e = i;
        if (maxsplit >= 0 && count >= maxsplit) {
            Value w = str_new((const char *)p, e); /* the rest, leading whitespace and all */
            list_append(tmp, w);
            decref(w);
            break;
        }
        while (i > 0) {
            int64_t b = i - 1;
            while (b > 0 && (p[b] & 0xC0) == 0x80) b--;
            utf8_decode(p + b, &cp);
            if (is_space_cp(cp)) break;
            i = b;
        }
        Value w = str_new((const char *)p + i, e - i);
        list_append(tmp, w);
        decref(w);
        count++;
    }
    List *t = AS_LIST(tmp);
    for (int64_t k = t->len - 1; k >= 0; k--) list_append(list, t->items[k]);
    decref(tmp);
    return list;
}

static Value split_common(Value *a, int n, Dict *kw, bool rev) {
    Value sepv = n > 1 ? a[1] : V_NONE;
    Value maxv = n > 2 ? a[2] : V_NULL;
    if (kw) {
        Value t = kw_take(kw, N.sep);
        if (t) { sepv = t; decref(t); }
        Str *ms = str_intern_c("maxsplit");
        t = kw_take(kw, ms);
        if (t) { maxv = t; decref(t); }
        if (kw_done(rev ? "rsplit" : "split", kw) < 0) return V_NULL;
    }
    int64_t maxsplit = -1;
    if (maxv && !val_as_i64(maxv, &maxsplit))
        return int_arg_error(maxv);
    if (sepv == V_NONE) return split_ws(SELF, maxsplit, rev);
    Str *sep;
    if (!want_str(sepv, "sep", &sep)) return err_format(&Exc_TypeError, "must be str or None, not %s", type_name(sepv));
    if (sep->len == 0) return err_set_str(&Exc_ValueError, "empty separator");
    Str *s = SELF;
    Value list = list_new(0);
    if (!list) return V_NULL;
    if (!rev) {
        const char *p = s->data, *end = s->data + s->len, *q;
        int64_t count = 0;
        while ((maxsplit < 0 || count < maxsplit) && (q = mem_find(p, end - p, sep->data, sep->len))) {
            Value w = str_new(p, q - p);
            list_append(list, w);
            decref(w);
            p = q + sep->len;
            count++;
        }
        Value w = str_new(p, end - p);
        list_append(list, w);
        decref(w);
        return list;
    }
    Value tmp = list_new(0);
    int64_t e = s->len, count = 0;
    int64_t i = s->len - sep->len;
    while (i >= 0 && (maxsplit < 0 || count < maxsplit)) {
        if (memcmp(s->data + i, sep->data, (size_t)sep->len) == 0) {
            Value w = str_new(s->data + i + sep->len, e - i - sep->len);
            list_append(tmp, w);
            decref(w);
            e = i;
            i -= sep->len;
            count++;
        } else i--;
    }
    Value w = str_new(s->data, e);
    list_append(tmp, w);
    decref(w);
    List *t = AS_LIST(tmp);
    for (int64_t k = t->len - 1; k >= 0; k--) list_append(list, t->items[k]);
    decref(tmp);
    return list;
}
static Value s_split(Value *a, int n, Dict *kw) { return split_common(a, n, kw, false); }
static Value s_rsplit(Value *a, int n, Dict *kw) { return split_common(a, n, kw, true); }

static Value s_splitlines(Value *a, int n, Dict *kw) {
    bool keep = false;
    Value kv = n > 1 ? a[1] : V_NULL;
    if (kw) {
        Value t = kw_take(kw, str_intern_c("keepends"));
        if (t) { kv = t; decref(t); }
        if (kw_done("splitlines", kw) < 0) return V_NULL;
    }
    if (kv) { /* an int (or bool), as CPython */
        int64_t k;
        if (!val_as_i64(kv, &k))
            return int_arg_error(kv);
        keep = k != 0;
    }
    Str *s = SELF;
    Value list = list_new(0);
    int64_t i = 0, st = 0;
    while (i < s->len) {
        char c = s->data[i];
        const unsigned char *u = (const unsigned char *)s->data + i;
        /* U+0085, U+2028 and U+2029 end lines too */
        int wide = (u[0] == 0xC2 && i + 1 < s->len && u[1] == 0x85) ? 2
                 : (u[0] == 0xE2 && i + 2 < s->len && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9)) ? 3 : 0;
        if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x1c || c == 0x1d || c == 0x1e || wide) {
            int64_t e = i;
            i += wide ? wide : 1;
            if (c == '\r' && i < s->len && s->data[i] == '\n') i++;
            Value w = str_new(s->data + st, (keep ? i : e) - st);
            list_append(list, w);
            decref(w);
            st = i;
        } else i++;
    }
    if (st < s->len) {
        Value w = str_new(s->data + st, s->len - st);
        list_append(list, w);
        decref(w);
    }
    return list;
}

static Value s_join(Value *a, int n, Dict *kw) { (void)n; (void)kw; return str_join(SELF, a[1]); }

Value str_join(Str *sep, Value iterable) {
    Value seq = seq_to_list(iterable);
    if (!seq) {
        if (err_matches(&Exc_TypeError) && !TYPE(iterable)->iter && !(TYPE(iterable)->flags & TF_ITER_SELF) &&
            !TYPE(iterable)->getitem) {
            err_clear();
            err_set_str(&Exc_TypeError, "can only join an iterable");
        }
        return V_NULL;
    }
    /* the size is known before anything is copied: one allocation of the
     * exact length and one pass, so a join of ten gigabytes costs what its
     * bytes cost, not the doublings of a builder and a copy at the end */
    List *l = AS_LIST(seq);
    int64_t bytes = 0, nchars = 0;
    bool ascii = true;
    for (int64_t i = 0; i < l->len; i++) {
        if (!IS_STR(l->items[i])) {
            Value r = err_format(&Exc_TypeError, "sequence item %lld: expected str instance, %s found",
                                 (long long)i, type_name(l->items[i]));
            decref(seq);
            return r;
        }
        Str *p = AS_STR(l->items[i]);
        int64_t add = p->len + (i ? sep->len : 0);
        if (add > SB_MAX - bytes) {
            decref(seq);
            return err_no_memory();
        }
        bytes += add;
        nchars += p->nchars + (i ? sep->nchars : 0);
        ascii = ascii && p->ascii && (i == 0 || sep->ascii);
    }
    if (l->len == 1 || bytes <= 1) {  /* the item itself; the cached empty string and characters */
        Value r = V_NULL;
        for (int64_t i = 0; i < l->len && !r; i++)
            if (AS_STR(l->items[i])->len == bytes) r = l->items[i];
        if (!r) r = OBJ_VAL(sep);  /* "x".join(["", ""]) */
        if (!bytes) r = str_new("", 0);
        else incref(r);
        decref(seq);
        return r;
    }
    Str *r = str_alloc(bytes);
    if (!r) {
        decref(seq);
        return V_NULL;
    }
    char *o = r->data;
    for (int64_t i = 0; i < l->len; i++) {
        Str *p = AS_STR(l->items[i]);
        if (i && sep->len) { memcpy(o, sep->data, (size_t)sep->len); o += sep->len; }
        if (p->len) { memcpy(o, p->data, (size_t)p->len); o += p->len; }
    }
    r->ascii = ascii;
    r->nchars = nchars;
    decref(seq);
    return OBJ_VAL(r);
}

static Value s_replace(Value *a, int n, Dict *kw) {
    (void)kw;
    Str *old, *new_;
    if (!want_str(a[1], "replace() argument 1", &old) || !want_str(a[2], "replace() argument 2", &new_))
        return V_NULL;
    int64_t count = -1;
    if (n > 3 && !val_as_i64(a[3], &count))
        return int_arg_error(a[3]);
    Str *s = SELF;
    SBuf b;
    sb_init(&b);
    if (old->len == 0) {
        int64_t done = 0, i = 0;
        while (i <= s->len) {
            if (count < 0 || done < count) { sb_add_str(&b, new_); done++; }
            if (i == s->len) break;
            int64_t k = char_len_at(s, i);
            sb_add(&b, s->data + i, k);
            i += k;
        }
        return sb_finish(&b);
    }
    const char *p = s->data, *end = s->data + s->len, *q;
    int64_t done = 0;
    while ((count < 0 || done < count) && (q = mem_find(p, end - p, old->data, old->len))) {
        sb_add(&b, p, q - p);
        sb_add_str(&b, new_);
        p = q + old->len;
        done++;
    }
    sb_add(&b, p, end - p);
    return sb_finish(&b);
}

/* Case mapping covers ASCII and Latin-1 (a documented deviation). */
static uint32_t cp_upper(uint32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
    if (c == 0xFF) return 0x178;
    return c;
}
static uint32_t cp_lower(uint32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
    if (c == 0x178) return 0xFF;
    return c;
}
static bool cp_isupper(uint32_t c) { return cp_lower(c) != c; }
static bool cp_islower(uint32_t c) { return cp_upper(c) != c || c == 0xDF; }
static bool cp_isalpha(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 0xAA || c == 0xB5 || c == 0xBA ||
           (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000);
}
static bool cp_isdecimal(uint32_t c) { return c >= '0' && c <= '9'; }
/* Latin-1 adds the superscripts 1, 2, 3 as digits and the fractions 1/4,
 * 1/2, 3/4 as numeric */
static bool cp_isdigit(uint32_t c) { return cp_isdecimal(c) || c == 0xB9 || c == 0xB2 || c == 0xB3; }
static bool cp_isnumeric(uint32_t c) { return cp_isdigit(c) || (c >= 0xBC && c <= 0xBE); }
/* not printable: controls, format characters and separators other than ' ' */
static bool cp_isprintable(uint32_t c) {
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xAD) return false;
    if (c == ' ') return true;
    if (is_space_cp(c) || (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF) return false;
    return true;
}

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };
static Value case_map(Str *s, int mode) {
    SBuf b;
    sb_init(&b);
    const unsigned char *p = (const unsigned char *)s->data;
    bool prev_cased = false, first = true;
    for (int64_t i = 0; i < s->len;) {
        uint32_t c;
        i += utf8_decode(p + i, &c);
        uint32_t o = c;
        switch (mode) {
        case CASE_UPPER: o = cp_upper(c); break;
        case CASE_LOWER: o = cp_lower(c); break;
        case CASE_SWAP: o = cp_isupper(c) ? cp_lower(c) : cp_upper(c); break;
        case CASE_TITLE: o = prev_cased ? cp_lower(c) : cp_upper(c); break;
        case CASE_CAPITALIZE: o = first ? cp_upper(c) : cp_lower(c); break;
        case CASE_FOLD: o = cp_lower(c); break;
        }
        if (c == 0xDF && mode != CASE_LOWER) {
            /* sharp s has no one-letter capital: SS, Ss as a title, ss folded */
            if (mode == CASE_FOLD) sb_adds(&b, "ss");
            else if (mode == CASE_UPPER || mode == CASE_SWAP) sb_adds(&b, "SS");
            else if (mode == CASE_TITLE ? !prev_cased : first) sb_adds(&b, "Ss");
            else sb_add_utf8(&b, c);
        }
        else sb_add_utf8(&b, o);
        prev_cased = cp_isalpha(c);
        first = false;
    }
    return sb_finish(&b);
}
static Value s_upper(Value *a, int n, Dict *kw) { (void)n; (void)kw; return case_map(SELF, CASE_UPPER); }
static Value s_lower(Value *a, int n, Dict *kw) { (void)n; (void)kw; return case_map(SELF, CASE_LOWER); }
static Value s_swapcase(Value *a, int n, Dict *kw) { (void)n; (void)kw; return case_map(SELF, CASE_SWAP); }
static Value s_title(Value *a, int n, Dict *kw) { (void)n; (void)kw; return case_map(SELF, CASE_TITLE); }
static Value s_capitalize(Value *a, int n, Dict *kw) { (void)n; (void)kw; return case_map(SELF, CASE_CAPITALIZE); }
static Value s_casefold(Value *a, int n, Dict *kw) { (void)n; (void)kw; return case_map(SELF, CASE_FOLD); }

enum { IS_DIGIT, IS_DECIMAL, IS_NUMERIC, IS_ALPHA, IS_ALNUM, IS_SPACE, IS_UPPER, IS_LOWER, IS_IDENT, IS_TITLE,
       IS_ASCII, IS_PRINTABLE };
static Value is_pred(Str *s, int what) {
    if (what == IS_ASCII) return MK_BOOL(s->ascii);
    if (s->len == 0) return MK_BOOL(what == IS_PRINTABLE);
    const unsigned char *p = (const unsigned char *)s->data;
    bool cased = false, prev_cased = false;
    int64_t idx = 0;
    for (int64_t i = 0; i < s->len; idx++) {
        uint32_t c;
        i += utf8_decode(p + i, &c);
        switch (what) {
        case IS_DIGIT: if (!cp_isdigit(c)) return V_FALSE; break;
        case IS_DECIMAL: if (!cp_isdecimal(c)) return V_FALSE; break;
        case IS_NUMERIC: if (!cp_isnumeric(c)) return V_FALSE; break;
        case IS_PRINTABLE: if (!cp_isprintable(c)) return V_FALSE; break;
        case IS_ALPHA: if (!cp_isalpha(c)) return V_FALSE; break;
        case IS_ALNUM: if (!cp_isalpha(c) && !cp_isnumeric(c)) return V_FALSE; break;
        case IS_SPACE: if (!is_space_cp(c)) return V_FALSE; break;
        case IS_UPPER: if (cp_islower(c)) return V_FALSE; if (cp_isupper(c)) cased = true; break;
        case IS_LOWER: if (cp_isupper(c)) return V_FALSE; if (cp_islower(c)) cased = true; break;
        case IS_IDENT:
            if (!(cp_isalpha(c) || c == '_' || (idx > 0 && cp_isdecimal(c)))) return V_FALSE;
            break;
        case IS_TITLE:
            if (cp_isupper(c)) { if (prev_cased) return V_FALSE; prev_cased = cased = true; }
            else if (cp_islower(c)) { if (!prev_cased) return V_FALSE; prev_cased = true; }
            else prev_cased = false;
            break;
        }
    }
    if (what == IS_UPPER || what == IS_LOWER || what == IS_TITLE) return MK_BOOL(cased);
    return V_TRUE;
}
#define PRED(fn, k) static Value fn(Value *a, int n, Dict *kw) { (void)n; (void)kw; return is_pred(SELF, k); }
PRED(s_isdigit, IS_DIGIT)
PRED(s_isdecimal, IS_DECIMAL)
PRED(s_isnumeric, IS_NUMERIC)
PRED(s_isascii, IS_ASCII)
PRED(s_isprintable, IS_PRINTABLE)
PRED(s_isalpha, IS_ALPHA)
PRED(s_isalnum, IS_ALNUM)
PRED(s_isspace, IS_SPACE)
PRED(s_isupper, IS_UPPER)
PRED(s_islower, IS_LOWER)
PRED(s_isidentifier, IS_IDENT)
PRED(s_istitle, IS_TITLE)

static Value pad_impl(Value *a, int n, int how) {
    int64_t width;
    if (!val_as_i64(a[1], &width))
        return int_arg_error(a[1]);
    Str *fill = NULL;
    if (n > 2) {
        if (!IS_STR(a[2]) || AS_STR(a[2])->nchars != 1)
            return err_set_str(&Exc_TypeError, "The fill character must be exactly one character long");
        fill = AS_STR(a[2]);
    }
    Str *s = SELF;
    if (width <= s->nchars) { incref(a[0]); return a[0]; }
    int64_t pad = width - s->nchars, left = 0;
    if (how == 0) left = 0;            /* ljust */
    else if (how == 1) left = pad;     /* rjust */
    else left = pad / 2 + (pad & width & 1); /* center, as CPython */
    SBuf b;
    sb_init(&b);
    const char *unit = fill ? fill->data : " ";
    int64_t unitlen = fill ? fill->len : 1;
    sb_fill(&b, unit, unitlen, left);
    sb_add_str(&b, s);
    sb_fill(&b, unit, unitlen, pad - left);
    return sb_finish(&b);
}
static Value s_ljust(Value *a, int n, Dict *kw) { (void)kw; return pad_impl(a, n, 0); }
static Value s_rjust(Value *a, int n, Dict *kw) { (void)kw; return pad_impl(a, n, 1); }
static Value s_center(Value *a, int n, Dict *kw) { (void)kw; return pad_impl(a, n, 2); }

static Value s_zfill(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    int64_t width;
    if (!val_as_i64(a[1], &width))
        return int_arg_error(a[1]);
    Str *s = SELF;
    if (width <= s->nchars) { incref(a[0]); return a[0]; }
    SBuf b;
    sb_init(&b);
    int64_t start = 0;
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) { sb_addc(&b, s->data[0]); start = 1; }
    sb_fill(&b, "0", 1, width - s->nchars);
    sb_add(&b, s->data + start, s->len - start);
    return sb_finish(&b);
}

static Value partition_impl(Value *a, bool rev) {
    Str *sep;
    if (!want_str(a[1], NULL, &sep)) return V_NULL;
    if (sep->len == 0) return err_set_str(&Exc_ValueError, "empty separator");
    Str *s = SELF;
    const char *q = NULL;
    if (!rev) q = mem_find(s->data, s->len, sep->data, sep->len);
    else
        for (int64_t i = s->len - sep->len; i >= 0; i--)
            if (memcmp(s->data + i, sep->data, (size_t)sep->len) == 0) { q = s->data + i; break; }
    if (!q) {
        Value e1 = str_new("", 0), e2 = str_new("", 0);
        incref(a[0]);
        return rev ? tuple_pack(3, e1, e2, a[0]) : tuple_pack(3, a[0], e1, e2);
    }
    incref(a[1]);
    return tuple_pack(3, str_new(s->data, q - s->data), a[1],
                      str_new(q + sep->len, s->data + s->len - q - sep->len));
}
static Value s_partition(Value *a, int n, Dict *kw) { (void)n; (void)kw; return partition_impl(a, false); }
static Value s_rpartition(Value *a, int n, Dict *kw) { (void)n; (void)kw; return partition_impl(a, true); }

static Value s_format(Value *a, int n, Dict *kw) { return str_format_method(SELF, a + 1, n - 1, kw); }

static Value s_encode(Value *a, int n, Dict *kw) { return str_encode(SELF, a, n, kw); }

static Value s_removeprefix(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Str *p;
    if (!want_str(a[1], "removeprefix() argument", &p)) return V_NULL;
    Str *s = SELF;
    if (p->len <= s->len && memcmp(s->data, p->data, (size_t)p->len) == 0)
        return str_new(s->data + p->len, s->len - p->len);
    incref(a[0]);
    return a[0];
}
static Value s_removesuffix(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Str *p;
    if (!want_str(a[1], "removesuffix() argument", &p)) return V_NULL;
    Str *s = SELF;
    if (p->len && p->len <= s->len && memcmp(s->data + s->len - p->len, p->data, (size_t)p->len) == 0)
        return str_new(s->data, s->len - p->len);
    incref(a[0]);
    return a[0];
}

static Value s_expandtabs(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t ts = 8;
    if (n > 1 && !val_as_i64(a[1], &ts)) return err_set_str(&Exc_TypeError, "an integer is required");
    Str *s = SELF;
    SBuf b;
    sb_init(&b);
    int64_t col = 0;
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c == '\t') {
            if (ts > 0) { int64_t k = ts - col % ts; sb_fill(&b, " ", 1, k); col += k; }
        } else {
            sb_addc(&b, c);
            if (c == '\n' || c == '\r') col = 0;
            else if (((unsigned char)c & 0xC0) != 0x80) col++;
        }
    }
    return sb_finish(&b);
}

/* ---- the type ------------------------------------------------------------------ */
static void str_dealloc(Obj *o) { obj_free(o); }
static int64_t str_hash_slot(Value v) { return str_hash(AS_STR(v)); }
static int64_t str_len_slot(Value v) { return AS_STR(v)->nchars; }
static Value str_str_slot(Value v) { incref(v); return v; }

static Value str_richcmp(Value a, Value b, int op) {
    if (!IS_STR(b)) return V_NOTIMPL;
    if (op == CMP_EQ) return MK_BOOL(str_eq(AS_STR(a), AS_STR(b)));
    if (op == CMP_NE) return MK_BOOL(!str_eq(AS_STR(a), AS_STR(b)));
    int c = str_cmp(AS_STR(a), AS_STR(b));
    return cmp_result(c, op);
}

static int str_contains_slot(Value s, Value x) {
    if (!IS_STR(x)) {
        err_format(&Exc_TypeError, "'in <string>' requires string as left operand, not %s", type_name(x));
        return -1;
    }
    return mem_find(AS_STR(s)->data, AS_STR(s)->len, AS_STR(x)->data, AS_STR(x)->len) != NULL;
}

static bool str_truth(Value v, int *err) { (void)err; return AS_STR(v)->len != 0; }

static Value str_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    Value x = nargs > 0 ? args[0] : V_NULL, codec[2] = {nargs > 1 ? args[1] : V_NULL, nargs > 2 ? args[2] : V_NULL};
    if (kw) {
        Value v;
        if ((v = kw_take(kw, str_intern_c("object")))) { x = v; decref(v); }
        if ((v = kw_take(kw, str_intern_c("encoding")))) { codec[0] = v; decref(v); }
        if ((v = kw_take(kw, str_intern_c("errors")))) { codec[1] = v; decref(v); }
        if (kw_done("str", kw) < 0) return V_NULL;
    }
    if (nargs > 3) return err_format(&Exc_TypeError, "str() takes at most 3 arguments (%d given)", nargs);
    if (!x) return str_new("", 0);
    if (!codec[0] && !codec[1]) return obj_str(x);
    /* str(b, encoding, errors): b.decode(encoding, errors) */
    if (IS_STR(x)) return err_set_str(&Exc_TypeError, "decoding str is not supported");
    if (!IS_BYTES(x) && !IS_TYPE(x, ByteArrayType))
        return err_format(&Exc_TypeError, "decoding to str: need a bytes-like object, %s found", type_name(x));
    Value dargs[2] = {codec[0] ? codec[0] : OBJ_VAL(str_intern_c("utf-8")), codec[1] ? codec[1] : OBJ_VAL(str_intern_c("strict"))};
    bool found;
    return call_method_opt(x, str_intern_c("decode"), dargs, 2, &found);
}

typedef struct { Obj ob; Value s; int64_t off; } StrIter;
static Value str_iter(Value s) {
    StrIter *it = (StrIter *)obj_new(&StrIterType, sizeof(StrIter));
    if (!it) return V_NULL;
    incref(s);
    it->s = s;
    it->off = 0;
    return OBJ_VAL(it);
}
static Value striter_next(Value v) {
    StrIter *it = (StrIter *)AS_OBJ(v);
    Value r = V_NULL;
    CRITICAL_BEGIN(it);
    Str *s = AS_STR(it->s);
    if (it->off < s->len) {
        int64_t k = char_len_at(s, it->off);
        r = str_new(s->data + it->off, k);
        it->off += k;
    }
    CRITICAL_END();
    return r;
}
static void striter_dealloc(Obj *o) { decref(((StrIter *)o)->s); obj_free(o); }

Type StrType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type StrIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};

void str_init_type(void) {
    empty_str = str_alloc(0);
    empty_str->ascii = 1;
    empty_str->nchars = 0;
    make_immortal(&empty_str->ob);
    for (int c = 0; c < 128; c++) {
        Str *s = str_alloc(1);
        s->data[0] = (char)c;
        s->ascii = 1;
        s->nchars = 1;
        char_cache[c] = str_intern(s);
    }
    empty_str = str_intern(empty_str);
    Type *t = &StrType;
    t->dealloc = str_dealloc;
    t->repr = str_repr;
    t->str = str_str_slot;
    t->hash = str_hash_slot;
    t->len = str_len_slot;
    t->richcmp = str_richcmp;
    t->getitem = str_getitem;
    t->contains = str_contains_slot;
    t->iter = str_iter;
    t->truth = str_truth;
    t->newobj = str_newobj;
    StrIterType.dealloc = striter_dealloc;
    StrIterType.next = striter_next;
    StrIterType.flags = TF_ITER_SELF;
}

/* s.translate(table): table[ord(c)] is a str, a code point or None (drop) */
static Value s_translate(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Str *s = SELF;
    SBuf b;
    sb_init(&b);
    const unsigned char *p = (const unsigned char *)s->data;
    for (int64_t i = 0; i < s->len;) {
        uint32_t cp;
        int k = utf8_decode(p + i, &cp);
        Value m = obj_getitem(a[1], MK_SMALL(cp));
        if (!m) {
            if (!err_matches(&Exc_LookupError)) { sb_free(&b); return V_NULL; }
            err_clear();
            sb_add(&b, s->data + i, k); /* not in the table: kept */
        } else if (m == V_NONE) {
        } else if (IS_STR(m)) sb_add_str(&b, AS_STR(m));
        else {
            int64_t c;
            if (!val_as_i64(m, &c)) {
                decref(m);
                sb_free(&b);
                return err_set_str(&Exc_TypeError, "character mapping must return integer, None or str");
            }
            if (c < 0 || c > 0x10FFFF) {
                decref(m);
                sb_free(&b);
                return err_set_str(&Exc_ValueError, "character mapping must be in range(0x110000)");
            }
            sb_add_utf8(&b, (uint32_t)c);
        }
        xdecref(m);
        i += k;
    }
    return sb_finish(&b);
}

/* str.maketrans(x[, y[, z]]): the table translate() takes */
static Value s_maketrans(Value *a, int n, Dict *kw) {
    (void)kw;
    Value d = dict_new();
    if (!d) return V_NULL;
    if (n == 1) {
        if (!IS_DICT(a[0])) {
            decref(d);
            return err_set_str(&Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        Value items = dict_items_snapshot(AS_DICT(a[0]));
        for (int64_t i = 0; items && i < AS_LIST(items)->len; i++) {
            Tuple *kv = AS_TUPLE(AS_LIST(items)->items[i]);
            Value key = kv->items[0];
            if (IS_STR(key)) {
                if (AS_STR(key)->nchars != 1) {
                    decref(items);
                    decref(d);
                    return err_set_str(&Exc_ValueError, "string keys in translate table must be of length 1");
                }
                uint32_t cp;
                utf8_decode((const unsigned char *)AS_STR(key)->data, &cp);
                key = MK_SMALL(cp);
            } else if (!IS_SMALL(key)) {
                decref(items);
                decref(d);
                return err_set_str(&Exc_TypeError, "keys in translate table must be strings or integers");
            }
            if (dict_set(AS_DICT(d), key, kv->items[1]) < 0) { decref(items); decref(d); return V_NULL; }
        }
        if (!items) { decref(d); return V_NULL; }
        decref(items);
        return d;
    }
    for (int i = 0; i < n; i++)
        if (!IS_STR(a[i])) {
            decref(d);
            return err_format(&Exc_TypeError, "maketrans() argument %d must be str, not %s", i + 1, type_name(a[i]));
        }
    Str *x = AS_STR(a[0]), *y = AS_STR(a[1]);
    if (x->nchars != y->nchars) {
        decref(d);
        return err_set_str(&Exc_ValueError, "the first two maketrans arguments must have equal length");
    }
    const unsigned char *px = (const unsigned char *)x->data, *py = (const unsigned char *)y->data;
    for (int64_t i = 0, j = 0; i < x->len;) {
        uint32_t cx, cy;
        i += utf8_decode(px + i, &cx);
        j += utf8_decode(py + j, &cy);
        if (dict_set(AS_DICT(d), MK_SMALL(cx), MK_SMALL(cy)) < 0) { decref(d); return V_NULL; }
    }
    if (n > 2) {
        const unsigned char *pz = (const unsigned char *)AS_STR(a[2])->data;
        for (int64_t i = 0; i < AS_STR(a[2])->len;) {
            uint32_t cz;
            i += utf8_decode(pz + i, &cz);
            if (dict_set(AS_DICT(d), MK_SMALL(cz), V_NONE) < 0) { decref(d); return V_NULL; }
        }
    }
    return d;
}

static Value s_format_map(Value *a, int n, Dict *kw) { (void)n; (void)kw; return str_format_map(SELF, a[1]); }

void str_init_methods(void) {
    Type *t = &StrType;
    type_ready(&StrIterType, "str_ascii_iterator", &ObjectType);
    type_ready(t, "str", &ObjectType);
    struct { const char *n; NativeFn f; int min, max; bool kw; } m[] = {
        {"find", s_find, 2, 4, 0}, {"rfind", s_rfind, 2, 4, 0}, {"index", s_index, 2, 4, 0},
        {"rindex", s_rindex, 2, 4, 0}, {"count", s_count, 2, 4, 0},
        {"startswith", s_startswith, 2, 4, 0}, {"endswith", s_endswith, 2, 4, 0},
        {"strip", s_strip, 1, 2, 0}, {"lstrip", s_lstrip, 1, 2, 0}, {"rstrip", s_rstrip, 1, 2, 0},
        {"split", s_split, 1, 3, 1}, {"rsplit", s_rsplit, 1, 3, 1}, {"splitlines", s_splitlines, 1, 2, 1},
        {"join", s_join, 2, 2, 0}, {"replace", s_replace, 3, 4, 0}, {"upper", s_upper, 1, 1, 0},
        {"lower", s_lower, 1, 1, 0}, {"casefold", s_casefold, 1, 1, 0}, {"swapcase", s_swapcase, 1, 1, 0},
        {"title", s_title, 1, 1, 0}, {"capitalize", s_capitalize, 1, 1, 0},
        {"isdigit", s_isdigit, 1, 1, 0}, {"isdecimal", s_isdecimal, 1, 1, 0},
        {"isnumeric", s_isnumeric, 1, 1, 0}, {"isascii", s_isascii, 1, 1, 0}, {"isprintable", s_isprintable, 1, 1, 0}, {"isalpha", s_isalpha, 1, 1, 0},
        {"isalnum", s_isalnum, 1, 1, 0}, {"isspace", s_isspace, 1, 1, 0},
        {"isupper", s_isupper, 1, 1, 0}, {"islower", s_islower, 1, 1, 0},
        {"isidentifier", s_isidentifier, 1, 1, 0}, {"istitle", s_istitle, 1, 1, 0},
        {"ljust", s_ljust, 2, 3, 0}, {"rjust", s_rjust, 2, 3, 0}, {"center", s_center, 2, 3, 0},
        {"zfill", s_zfill, 2, 2, 0}, {"partition", s_partition, 2, 2, 0},
        {"rpartition", s_rpartition, 2, 2, 0}, {"format", s_format, 1, -1, 1},
        {"encode", s_encode, 1, 3, 1}, {"removeprefix", s_removeprefix, 2, 2, 0},
        {"removesuffix", s_removesuffix, 2, 2, 0}, {"expandtabs", s_expandtabs, 1, 2, 0},
        {"translate", s_translate, 2, 2, 0}, {"format_map", s_format_map, 2, 2, 0},
    };
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) type_add_method(t, m[i].n, m[i].f, m[i].min, m[i].max, m[i].kw);
    /* str.maketrans is a static method */
    Value mt = native_new("maketrans", s_maketrans, 1, 3, false, V_NULL);
    if (mt) {
        Wrapper *w = (Wrapper *)obj_new(&StaticMethodType, sizeof(Wrapper));
        if (w) { w->func = mt; type_add_value(t, "maketrans", OBJ_VAL(w)); }
        else decref(mt);
    }
}
