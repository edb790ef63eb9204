/* twinpy-trace - check a -X trace file, or draw it as a thread timeline.
 *
 *   twinpy-trace check TRACE.json
 *       The file is valid JSON in Chrome's Trace Event format; on every
 *       thread each begin (B) has its end (E), with the same name, and
 *       spans nest (never overlap otherwise); timestamps do not go back on a
 *       thread; and no two threads of one process hold the GIL at the same
 *       instant.  Prints a summary; exit status 1 and the first problem
 *       found otherwise.
 *
 *   twinpy-trace timeline TRACE.json [--from MS] [--to MS] [--width PX]
 *                         [--title TEXT] [--svg OUT.svg] [--png OUT.png]
 *       Writes a gnuplot script (on stdout) that draws the timeline in the
 *       style of David Beazley's GIL slides: one row per thread; running,
 *       waiting for the GIL, waiting for a lock, blocked in a call and
 *       stopped by another thread as coloured spans; drop requests (above
 *       the row of the thread that asked) and forced switches (below the
 *       row of the thread that had to let go) as ticks.  --from/--to choose
 *       the window in milliseconds since start-up.  tools/timeline.sh runs
 *       it through gnuplot.
 *
 * Plain C11 with the standard library only: the project builds it with
 * the interpreters (bin/twinpy-trace). */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *prog = "twinpy-trace";
static const char *cur_path = "";

static void die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", prog);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* ---- a small JSON reader --------------------------------------------------------- */
typedef struct {
    const char *s, *end, *start;
} Json;

static void jerr(Json *j, const char *what) {
    long line = 1;
    for (const char *p = j->start; p < j->s && p < j->end; p++) if (*p == '\n') line++;
    die("%s: invalid JSON at line %ld (byte %ld): %s", cur_path, line, (long)(j->s - j->start), what);
}
static void ws(Json *j) { while (j->s < j->end && (*j->s == ' ' || *j->s == '\n' || *j->s == '\r' || *j->s == '\t')) j->s++; }
static bool peek(Json *j, char c) { ws(j); return j->s < j->end && *j->s == c; }
static void expect(Json *j, char c) {
    ws(j);
    if (j->s >= j->end || *j->s != c) {
        char m[32];
        snprintf(m, sizeof m, "expected '%c'", c);
        jerr(j, m);
    }
    j->s++;
}

/* A string into buf (truncated to n-1 bytes; escapes decoded as UTF-8). */
static void jstring(Json *j, char *buf, size_t n) {
    expect(j, '"');
    size_t k = 0;
    for (;;) {
        if (j->s >= j->end) jerr(j, "unterminated string");
        unsigned char c = (unsigned char)*j->s++;
        if (c == '"') break;
        if (c < 0x20) jerr(j, "control character in a string");
        if (c == '\\') {
            if (j->s >= j->end) jerr(j, "unterminated escape");
            char e = *j->s++;
            unsigned cp = 0;
            switch (e) {
            case '"': case '\\': case '/': cp = (unsigned char)e; break;
            case 'b': cp = 8; break;
            case 'f': cp = 12; break;
            case 'n': cp = 10; break;
            case 'r': cp = 13; break;
            case 't': cp = 9; break;
            case 'u':
                for (int i = 0; i < 4; i++) {
                    if (j->s >= j->end || !isxdigit((unsigned char)*j->s)) jerr(j, "bad \\u escape");
                    char h = *j->s++;
                    cp = cp * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10));
                }
                break;
            default: jerr(j, "bad escape");
            }
            char u[4];
            int m = 0;
            if (cp < 0x80) u[m++] = (char)cp;
            else if (cp < 0x800) { u[m++] = (char)(0xC0 | (cp >> 6)); u[m++] = (char)(0x80 | (cp & 63)); }
            else { u[m++] = (char)(0xE0 | (cp >> 12)); u[m++] = (char)(0x80 | ((cp >> 6) & 63)); u[m++] = (char)(0x80 | (cp & 63)); }
            for (int i = 0; i < m; i++) if (k + 1 < n) buf[k++] = u[i];
        } else if (k + 1 < n) buf[k++] = (char)c;
    }
    if (n) buf[k] = 0;
}

static double jnumber(Json *j) {
    ws(j);
    const char *p = j->s;
    if (p < j->end && *p == '-') p++;
    if (p >= j->end || !isdigit((unsigned char)*p)) jerr(j, "expected a number");
    if (*p == '0') p++;
    else while (p < j->end && isdigit((unsigned char)*p)) p++;
    if (p < j->end && *p == '.') {
        p++;
        if (p >= j->end || !isdigit((unsigned char)*p)) jerr(j, "bad number");
        while (p < j->end && isdigit((unsigned char)*p)) p++;
    }
    if (p < j->end && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < j->end && (*p == '+' || *p == '-')) p++;
        if (p >= j->end || !isdigit((unsigned char)*p)) jerr(j, "bad exponent");
        while (p < j->end && isdigit((unsigned char)*p)) p++;
    }
    char tmp[64];
    size_t n = (size_t)(p - j->s);
    if (n >= sizeof tmp) n = sizeof tmp - 1;
    memcpy(tmp, j->s, n);
    tmp[n] = 0;
    j->s = p;
    return strtod(tmp, NULL);
}

static void jvalue_skip(Json *j, int depth);
static void jliteral(Json *j, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(j->end - j->s) < n || memcmp(j->s, w, n) != 0) jerr(j, "unexpected character");
    j->s += n;
}
static void jvalue_skip(Json *j, int depth) {
    if (depth > 200) jerr(j, "nested too deep");
    ws(j);
    if (j->s >= j->end) jerr(j, "unexpected end");
    char c = *j->s;
    char tmp[8];
    if (c == '"') jstring(j, tmp, sizeof tmp);
    else if (c == '{') {
        j->s++;
        if (peek(j, '}')) { j->s++; return; }
        for (;;) {
            jstring(j, tmp, sizeof tmp);
            expect(j, ':');
            jvalue_skip(j, depth + 1);
            if (peek(j, ',')) { j->s++; continue; }
            expect(j, '}');
            return;
        }
    } else if (c == '[') {
        j->s++;
        if (peek(j, ']')) { j->s++; return; }
        for (;;) {
            jvalue_skip(j, depth + 1);
            if (peek(j, ',')) { j->s++; continue; }
            expect(j, ']');
            return;
        }
    } else if (c == 't') jliteral(j, "true");
    else if (c == 'f') jliteral(j, "false");
    else if (c == 'n') jliteral(j, "null");
    else jnumber(j);
}

/* ---- events ---------------------------------------------------------------------- */
typedef struct {
    double ts;           /* microseconds */
    long long pid, tid;
    char ph;
    int name, cat;       /* interned */
    long long a_after, a_holder, a_to, a_sort; /* args used by the drawing (-1: absent) */
    int a_name;          /* args.name (thread_name), interned, -1 absent */
    long order;          /* position in the file */
} Ev;

static char **strs;
static int nstrs, capstrs;
static int intern(const char *s) {
    for (int i = 0; i < nstrs; i++) if (!strcmp(strs[i], s)) return i;
    if (nstrs == capstrs) {
        capstrs = capstrs ? capstrs * 2 : 64;
        strs = realloc(strs, (size_t)capstrs * sizeof *strs);
        if (!strs) die("out of memory");
    }
    size_t n = strlen(s) + 1;
    strs[nstrs] = malloc(n);
    if (!strs[nstrs]) die("out of memory");
    memcpy(strs[nstrs], s, n);
    return nstrs++;
}

static Ev *evs;
static long nev, capev;
static char build[64];

static void parse_args(Json *j, Ev *e) {
    expect(j, '{');
    if (peek(j, '}')) { j->s++; return; }
    for (;;) {
        char key[64];
        jstring(j, key, sizeof key);
        expect(j, ':');
        ws(j);
        bool num = j->s < j->end && (*j->s == '-' || isdigit((unsigned char)*j->s));
        if (num && !strcmp(key, "after")) e->a_after = (long long)jnumber(j);
        else if (num && !strcmp(key, "holder")) e->a_holder = (long long)jnumber(j);
        else if (num && !strcmp(key, "to")) e->a_to = (long long)jnumber(j);
        else if (num && !strcmp(key, "sort_index")) e->a_sort = (long long)jnumber(j);
        else if (!strcmp(key, "name") && peek(j, '"')) {
            char v[256];
            jstring(j, v, sizeof v);
            e->a_name = intern(v);
        } else jvalue_skip(j, 1);
        if (peek(j, ',')) { j->s++; continue; }
        expect(j, '}');
        return;
    }
}

static void parse_event(Json *j) {
    Ev e;
    memset(&e, 0, sizeof e);
    e.name = e.cat = e.a_name = -1;
    e.a_after = e.a_holder = e.a_to = e.a_sort = -1;
    e.ts = NAN;
    e.order = nev;
    bool has_ph = false;
    expect(j, '{');
    if (!peek(j, '}')) for (;;) {
        char key[64];
        jstring(j, key, sizeof key);
        expect(j, ':');
        if (!strcmp(key, "name") || !strcmp(key, "cat") || !strcmp(key, "ph")) {
            char v[256];
            if (!peek(j, '"')) jerr(j, "name, cat and ph must be strings");
            jstring(j, v, sizeof v);
            if (!strcmp(key, "name")) e.name = intern(v);
            else if (!strcmp(key, "cat")) e.cat = intern(v);
            else { e.ph = v[0]; has_ph = true; }
        } else if (!strcmp(key, "ts")) e.ts = jnumber(j);
        else if (!strcmp(key, "pid")) e.pid = (long long)jnumber(j);
        else if (!strcmp(key, "tid")) e.tid = (long long)jnumber(j);
        else if (!strcmp(key, "args")) { if (peek(j, '{')) parse_args(j, &e); else jvalue_skip(j, 1); }
        else jvalue_skip(j, 1);
        if (peek(j, ',')) { j->s++; continue; }
        break;
    }
    expect(j, '}');
    if (!has_ph) jerr(j, "an event without \"ph\"");
    if (e.ph != 'M' && isnan(e.ts)) jerr(j, "an event without \"ts\"");
    if (nev == capev) {
        capev = capev ? capev * 2 : 4096;
        evs = realloc(evs, (size_t)capev * sizeof *evs);
        if (!evs) die("out of memory");
    }
    evs[nev++] = e;
}

static void parse_other(Json *j) {
    expect(j, '{');
    if (peek(j, '}')) { j->s++; return; }
    for (;;) {
        char key[64];
        jstring(j, key, sizeof key);
        expect(j, ':');
        if (!strcmp(key, "build") && peek(j, '"')) jstring(j, build, sizeof build);
        else jvalue_skip(j, 1);
        if (peek(j, ',')) { j->s++; continue; }
        expect(j, '}');
        return;
    }
}

static void parse_events_array(Json *j) {
    expect(j, '[');
    if (peek(j, ']')) { j->s++; return; }
    for (;;) {
        parse_event(j);
        if (peek(j, ',')) { j->s++; continue; }
        expect(j, ']');
        return;
    }
}

static void load(const char *path) {
    cur_path = path;
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open '%s': %s", path, strerror(errno));
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap);
    if (!buf) die("out of memory");
    size_t r;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf) die("out of memory");
        }
    }
    fclose(f);
    Json j = {buf, buf + n, buf};
    ws(&j);
    if (peek(&j, '[')) parse_events_array(&j);
    else {
        bool seen = false;
        expect(&j, '{');
        if (!peek(&j, '}')) for (;;) {
            char key[64];
            jstring(&j, key, sizeof key);
            expect(&j, ':');
            if (!strcmp(key, "traceEvents")) { parse_events_array(&j); seen = true; }
            else if (!strcmp(key, "otherData") && peek(&j, '{')) parse_other(&j);
            else jvalue_skip(&j, 1);
            if (peek(&j, ',')) { j.s++; continue; }
            break;
        }
        expect(&j, '}');
        if (!seen) die("'%s' has no \"traceEvents\" array", path);
    }
    ws(&j);
    if (j.s != j.end) jerr(&j, "text after the JSON value");
    free(buf);
}

static const char *S(int i) { return i >= 0 ? strs[i] : ""; }

/* ---- threads ------------------------------------------------------------------------ */
typedef struct {
    long long pid, tid;
    long *ev;            /* its events, in file order */
    long nev, cap;
    int name;            /* thread_name, -1 */
    long long sort;
    long first;
} Th;
static Th *ths;
static int nths;

static Th *thread_of(long long pid, long long tid) {
    for (int i = 0; i < nths; i++) if (ths[i].pid == pid && ths[i].tid == tid) return &ths[i];
    ths = realloc(ths, (size_t)(nths + 1) * sizeof *ths);
    if (!ths) die("out of memory");
    Th *t = &ths[nths++];
    memset(t, 0, sizeof *t);
    t->pid = pid;
    t->tid = tid;
    t->name = -1;
    t->sort = -1;
    t->first = -1;
    return t;
}

static void group(void) {
    for (long i = 0; i < nev; i++) {
        Ev *e = &evs[i];
        if (e->ph == 'M') {
            if (S(e->name)[0] && !strcmp(S(e->name), "thread_name")) thread_of(e->pid, e->tid)->name = e->a_name;
            else if (!strcmp(S(e->name), "thread_sort_index")) thread_of(e->pid, e->tid)->sort = e->a_sort;
            continue;
        }
        Th *t = thread_of(e->pid, e->tid);
        if (t->nev == t->cap) {
            t->cap = t->cap ? t->cap * 2 : 256;
            t->ev = realloc(t->ev, (size_t)t->cap * sizeof *t->ev);
            if (!t->ev) die("out of memory");
        }
        if (t->first < 0) t->first = i;
        t->ev[t->nev++] = i;
    }
}

static bool is_gil_hold(const Ev *e) { return !strcmp(S(e->name), "holding the GIL"); }

/* ---- check ------------------------------------------------------------------------- */
typedef struct { double b, e; long long tid; } Span;

static int span_order(const void *pa, const void *pb) {
    const Span *a = pa, *b = pb;
    return a->b < b->b ? -1 : a->b > b->b;
}

static int check(const char *path) {
    load(path);
    group();
    long spans = 0, instants = 0, maxdepth = 0;
    Span *gil = NULL;
    long ngil = 0, capgil = 0;
    for (int ti = 0; ti < nths; ti++) {
        Th *t = &ths[ti];
        long stack[256], depth = 0;
        double last = -INFINITY;
        for (long k = 0; k < t->nev; k++) {
            Ev *e = &evs[t->ev[k]];
            if (e->ts < last)
                die("%s: thread %lld: time goes back at event %ld (%.3f us after %.3f us)", path, t->tid, e->order, e->ts, last);
            last = e->ts;
            if (e->ph == 'B') {
                if (depth == 256) die("%s: thread %lld: spans nested more than 256 deep", path, t->tid);
                stack[depth++] = t->ev[k];
                if (depth > maxdepth) maxdepth = depth;
            } else if (e->ph == 'E') {
                if (!depth) die("%s: thread %lld: end of '%s' at %.3f us without a begin", path, t->tid, S(e->name), e->ts);
                Ev *b = &evs[stack[--depth]];
                if (e->name >= 0 && e->name != b->name)
                    die("%s: thread %lld: '%s' (begun at %.3f us) ends as '%s' at %.3f us: spans overlap without nesting",
                        path, t->tid, S(b->name), b->ts, S(e->name), e->ts);
                spans++;
                if (is_gil_hold(b)) {
                    if (ngil == capgil) {
                        capgil = capgil ? capgil * 2 : 256;
                        gil = realloc(gil, (size_t)capgil * sizeof *gil);
                        if (!gil) die("out of memory");
                    }
                    gil[ngil++] = (Span){b->ts, e->ts, t->tid};
                }
            } else if (e->ph == 'i' || e->ph == 'I') instants++;
            else if (e->ph == 'X') spans++;
        }
        if (depth) {
            Ev *b = &evs[stack[depth - 1]];
            die("%s: thread %lld: '%s' begun at %.3f us never ends", path, t->tid, S(b->name), b->ts);
        }
    }
    /* At most one holder of the GIL at any instant: sweep the holds by
     * start, keeping the latest end seen of two different threads; a hold
     * that starts before another thread's end overlaps it.  (A process's
     * GIL is its own: the check is per pid, and a trace is one process.) */
    qsort(gil, (size_t)ngil, sizeof *gil, span_order);
    Span best1 = {0, -INFINITY, -1}, best2 = {0, -INFINITY, -1};
    for (long i = 0; i < ngil; i++) {
        const Span *other = best1.tid != gil[i].tid ? &best1 : &best2;
        if (gil[i].b < other->e)
            die("%s: threads %lld and %lld both hold the GIL at %.3f us", path, other->tid, gil[i].tid, gil[i].b);
        if (gil[i].tid == best1.tid) { if (gil[i].e > best1.e) best1.e = gil[i].e; }
        else if (gil[i].e > best1.e) { best2 = best1; best1 = gil[i]; }
        else if (gil[i].tid == best2.tid) { if (gil[i].e > best2.e) best2.e = gil[i].e; }
        else if (gil[i].e > best2.e) best2 = gil[i];
        if (best2.e > best1.e) { Span x = best1; best1 = best2; best2 = x; }
    }
    printf("%s: ok: %ld events, %d threads, %ld spans (nested up to %ld deep), %ld instants, %ld GIL holds%s%s\n", path,
           nev, nths, spans, maxdepth, instants, ngil, build[0] ? ", build " : "", build);
    free(gil);
    return 0;
}

/* ---- timeline ------------------------------------------------------------------------ */
enum { ST_NONE, ST_RUN, ST_IDLE, ST_GILWAIT, ST_LOCK, ST_BLOCKED, ST_WAITING, ST_STOPPED, ST_N };
static const char *const st_name[ST_N] = {"", "running", "not holding the GIL", "waiting for the GIL",
                                          "waiting for a lock", "blocked (sleep, I/O, process)",
                                          "waiting (join, condition, queue)", "stopped (stop-the-world)"};
static const unsigned st_color[ST_N] = {0xffffff, 0x2ca02c, 0xe8e8e8, 0xd62728, 0xff7f0e, 0x6baed6, 0xc6dbef, 0x9467bd};

static int state_of(const Ev *b, bool gil_trace) {
    const char *n = S(b->name), *c = S(b->cat);
    if (!strcmp(n, "thread")) return gil_trace ? ST_IDLE : ST_RUN;
    if (!strcmp(n, "holding the GIL")) return ST_RUN;
    if (!strcmp(n, "waiting for the GIL")) return ST_GILWAIT;
    if (!strcmp(c, "lock")) return ST_LOCK;
    if (!strcmp(c, "stw")) return ST_STOPPED;
    if (!strcmp(c, "blocking")) {
        /* the library waits that wait for another thread's work */
        if (strstr(n, "join") || strstr(n, "wait") || strstr(n, "Queue.") || strstr(n, "Thread.start"))
            return ST_WAITING;
        return ST_BLOCKED;
    }
    return ST_NONE;
}

static int row_order(const void *pa, const void *pb) {
    const Th *a = &ths[*(const int *)pa], *b = &ths[*(const int *)pb];
    if (a->pid != b->pid) return a->pid < b->pid ? -1 : 1;
    long long sa = a->sort < 0 ? (1LL << 60) : a->sort, sb = b->sort < 0 ? (1LL << 60) : b->sort;
    if (sa != sb) return sa < sb ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

static int timeline(int argc, char **argv) {
    const char *path = NULL, *svg = NULL, *png = NULL, *title = NULL;
    double from = -1, to = -1;
    int width = 1100;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--from") && v) { from = atof(v); i++; }
        else if (!strcmp(a, "--to") && v) { to = atof(v); i++; }
        else if (!strcmp(a, "--width") && v) { width = atoi(v); i++; }
        else if (!strcmp(a, "--title") && v) { title = v; i++; }
        else if (!strcmp(a, "--svg") && v) { svg = v; i++; }
        else if (!strcmp(a, "--png") && v) { png = v; i++; }
        else if (a[0] == '-') die("unknown option '%s' (see the top of tools/twinpy-trace.c)", a);
        else if (!path) path = a;
        else die("one trace file at a time");
    }
    if (!path) die("usage: twinpy-trace timeline TRACE.json [--from MS] [--to MS] [--width PX] [--title T] [--svg F] [--png F]");
    if (!svg && !png) die("nothing to draw: give --svg FILE and/or --png FILE");
    if (width < 200) width = 200;
    load(path);
    group();
    if (!nths) die("%s: no events", path);
    bool gil_trace = false;
    double tmin = INFINITY, tmax = -INFINITY;
    for (long i = 0; i < nev; i++) {
        if (evs[i].ph == 'M') continue;
        if (is_gil_hold(&evs[i])) gil_trace = true;
        if (evs[i].ts < tmin) tmin = evs[i].ts;
        if (evs[i].ts > tmax) tmax = evs[i].ts;
    }
    double w0 = from >= 0 ? from * 1000 : tmin, w1 = to >= 0 ? to * 1000 : tmax;
    if (w1 <= w0) die("the window is empty (--from %.3f ms --to %.3f ms; the trace spans %.3f to %.3f ms)",
                      w0 / 1000, w1 / 1000, tmin / 1000, tmax / 1000);
    /* rows: by process, sort index, then first appearance */
    int *order = malloc((size_t)nths * sizeof *order);
    if (!order) die("out of memory");
    for (int i = 0; i < nths; i++) order[i] = i;
    qsort(order, (size_t)nths, sizeof *order, row_order);
    double px = (w1 - w0) / width; /* microseconds per pixel column */
    FILE *o = stdout;
    int H = 170 + 56 * nths;
    bool present[ST_N] = {false};
    fprintf(o, "# drawn by twinpy-trace from %s\n", path);
    fprintf(o, "$spans << EOD\n");
    long nrect = 0;
    int row = 0;
    double *cover = malloc((size_t)width * ST_N * sizeof *cover);
    if (!cover) die("out of memory");
    for (int r = nths - 1; r >= 0; r--, row++) {
        Th *t = &ths[order[r]];
        /* the innermost open span decides the state: walk the events */
        memset(cover, 0, (size_t)width * ST_N * sizeof *cover);
        int stack[256], depth = 0;
        double at = -INFINITY;
        for (long k = 0; k <= t->nev; k++) {
            Ev *e = k < t->nev ? &evs[t->ev[k]] : NULL;
            double now = e ? e->ts : at;
            int st = depth ? stack[depth - 1] : ST_NONE;
            double a = at > w0 ? at : w0, b = now < w1 ? now : w1;
            if (st != ST_NONE && b > a) {
                /* spread [a, b) over the pixel columns it covers */
                int c0 = (int)((a - w0) / px), c1 = (int)((b - w0) / px);
                if (c1 >= width) c1 = width - 1;
                for (int c = c0; c <= c1; c++) {
                    double ca = w0 + c * px, cb = ca + px;
                    double lo = a > ca ? a : ca, hi = b < cb ? b : cb;
                    if (hi > lo) cover[(size_t)c * ST_N + st] += hi - lo;
                }
            }
            if (!e) break;
            at = now;
            if (e->ph == 'B' && depth < 256) {
                int s = state_of(e, gil_trace);
                if (s == ST_NONE && depth) s = stack[depth - 1]; /* a span it does not draw: as around it */
                stack[depth++] = s;
            } else if (e->ph == 'E' && depth) depth--;
        }
        /* Each column shows what the thread did most of the time in it,
         * except that running or waiting for the GIL or a lock wins over
         * the passive states (blocked, waiting for an event, not holding
         * the GIL) once it fills 2% of the column, so that a short run
         * between two sleeps stays visible.  Runs of equal columns become
         * rectangles. */
        int cur = ST_NONE, start = 0;
        for (int c = 0; c <= width; c++) {
            int best = ST_NONE;
            if (c < width) {
                const double *cv = &cover[(size_t)c * ST_N];
                double bv = 0, av = 0;
                int active = ST_NONE;
                for (int s = 1; s < ST_N; s++) {
                    if (cv[s] > bv) { bv = cv[s]; best = s; }
                    if ((s == ST_RUN || s == ST_GILWAIT || s == ST_LOCK) && cv[s] > av) { av = cv[s]; active = s; }
                }
                if (active != ST_NONE && av >= 0.02 * px) best = active;
            }
            if (best != cur) {
                if (cur != ST_NONE) {
                    present[cur] = true;
                    double x1 = (w0 + start * px) / 1000, x2 = (w0 + c * px) / 1000;
                    fprintf(o, "%.6f %d %.6f %.6f %.2f %.2f %u\n", (x1 + x2) / 2, row, x1, x2, row - 0.32, row + 0.32, st_color[cur]);
                    nrect++;
                }
                cur = best;
                start = c;
            }
        }
    }
    fprintf(o, "EOD\n$ticks << EOD\n");
    /* drop requests above the row of the thread that asked, forced switches below the row of the dropper */
    row = 0;
    long nreq = 0, nforced = 0;
    for (int r = nths - 1; r >= 0; r--, row++) {
        Th *t = &ths[order[r]];
        int last_req = -1, last_f = -1;
        for (long k = 0; k < t->nev; k++) {
            Ev *e = &evs[t->ev[k]];
            if (e->ph != 'i' && e->ph != 'I') continue;
            if (e->ts < w0 || e->ts > w1) continue;
            int c = (int)((e->ts - w0) / px);
            if (!strcmp(S(e->name), "drop request")) {
                nreq++;
                if (c == last_req) continue;
                last_req = c;
                fprintf(o, "%.6f %.2f 0 0.26 %u\n", e->ts / 1000, row + 0.34, 0xd62728u);
            } else if (!strcmp(S(e->name), "forced switch")) {
                nforced++;
                if (c == last_f) continue;
                last_f = c;
                fprintf(o, "%.6f %.2f 0 -0.26 %u\n", e->ts / 1000, row - 0.34, 0x000000u);
            }
        }
    }
    fprintf(o, "EOD\n");
    /* axis labels: the thread names */
    fprintf(o, "set ytics (");
    row = 0;
    for (int r = nths - 1; r >= 0; r--, row++) {
        Th *t = &ths[order[r]];
        char label[300];
        if (t->name >= 0) snprintf(label, sizeof label, "%s", S(t->name));
        else snprintf(label, sizeof label, "tid %lld", t->tid);
        fprintf(o, "%s\"", row ? ", " : "");
        for (const char *p = label; *p; p++) { if (*p == '"' || *p == '\\') fputc('\\', o); fputc(*p, o); }
        fprintf(o, "\" %d", row);
    }
    fprintf(o, ")\n");
    fprintf(o, "set yrange [-0.8:%d.9]\nset xrange [%.6f:%.6f]\n", nths - 1, w0 / 1000, w1 / 1000);
    fprintf(o, "set xlabel 'milliseconds since start-up'\nset grid xtics lc rgb '#dddddd'\nset tics nomirror\nunset border\nset border 1\n");
    char ttl[600];
    snprintf(ttl, sizeof ttl, "%s%s%s", build[0] ? build : "", build[0] && title ? ": " : "", title ? title : "");
    fprintf(o, "set title \"");
    for (const char *p = ttl; *p; p++) { if (*p == '"' || *p == '\\') fputc('\\', o); fputc(*p, o); }
    fprintf(o, "\" font ',12'\n");
    fprintf(o, "set key outside bottom center horizontal maxcols 3 samplen 1.5 font ',9'\n");
    fprintf(o, "set style fill solid 1.0 noborder\n");
    fprintf(o, "# %ld rectangles, %ld drop requests, %ld forced switches in the window\n", nrect, nreq, nforced);
    fprintf(o, "plotcmd = \"$spans using 1:2:3:4:5:6:7 with boxxyerror lc rgb variable notitle");
    if (nreq || nforced) fprintf(o, ", $ticks using 1:2:3:4:5 with vectors nohead lw 1.5 lc rgb variable notitle");
    for (int s = 1; s < ST_N; s++)
        if (present[s]) fprintf(o, ", keyentry with boxes lc rgb '#%06x' title '%s'", st_color[s], st_name[s]);
    if (nreq) fprintf(o, ", keyentry with vectors nohead lw 1.5 lc rgb '#d62728' title 'drop request (above the asker)'");
    if (nforced) fprintf(o, ", keyentry with vectors nohead lw 1.5 lc rgb '#000000' title 'forced switch (below the dropper)'");
    fprintf(o, "\"\n");
    int W = width + 240;
    if (svg) {
        fprintf(o, "set terminal svg size %d,%d dynamic noenhanced font 'sans,10' background '#ffffff'\nset output '%s'\nplot @plotcmd\n",
                W, H, svg);
    }
    if (png) {
        fprintf(o, "set terminal pngcairo size %d,%d noenhanced font 'sans,10' background '#ffffff'\nset output '%s'\nplot @plotcmd\n", W, H, png);
    }
    fprintf(o, "set output\n");
    free(cover);
    free(order);
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 3 && !strcmp(argv[1], "check")) {
        int rc = 0;
        for (int i = 2; i < argc; i++) {
            nev = 0; nths = 0; build[0] = 0;
            rc |= check(argv[i]);
        }
        return rc;
    }
    if (argc >= 3 && !strcmp(argv[1], "timeline")) return timeline(argc - 2, argv + 2);
    fprintf(stderr, "usage: %s check TRACE.json...\n       %s timeline TRACE.json [--from MS] [--to MS] [--width PX] "
                    "[--title TEXT] [--svg OUT.svg] [--png OUT.png]\n", prog, prog);
    return 2;
}
