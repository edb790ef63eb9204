/* lockstats.c - the -X lockstats report: where threads waited, on what,
 * and for how long, printed at exit (to stderr, or to FILE with the same
 * rows as CSV in FILE.csv).
 *
 * Each thread keeps its own table of sites (instr_where.c); at exit the
 * tables of the threads that have ended, and the main thread's, are merged
 * by what they show (file, line, operation, type), so one line of Python
 * run by many threads is one row.  Sections:
 *   contended sites   object locks (only acquisitions that found the lock
 *                     taken are seen: the fast path is one compare-and-swap
 *                     and is not instrumented), threading.Lock/RLock (every
 *                     acquisition), the GIL (every take, contended when it
 *                     had to wait); sorted by total wait
 *   blocking calls    sleeps, joins, condition and queue waits, I/O
 *   shared globals    objects that several threads loaded from module
 *                     globals: each load and drop writes their refcount
 *   waits per thread  and then the policy's own numbers (pol_stats_report). */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "instr_impl.h"

extern const char *progname;

static char *out_path, *csv_path;  /* NULL: stderr, no CSV */
static char *base_path;

static char *csv_name(const char *p) {
    size_t n = strlen(p);
    char *s = malloc(n + 8);
    if (!s) return NULL;
    if (n > 4 && strcmp(p + n - 4, ".txt") == 0) snprintf(s, n + 8, "%.*s.csv", (int)(n - 4), p);
    else snprintf(s, n + 8, "%s.csv", p);
    return s;
}

static int set_paths(const char *p) {
    free(out_path);
    free(csv_path);
    out_path = strdup(p);
    csv_path = csv_name(p);
    FILE *f = fopen(out_path, "w");
    if (!f) {
        fprintf(stderr, "%s: cannot write the lock statistics to '%s': %s\n", progname, p, strerror(errno));
        return -1;
    }
    fclose(f);
    return 0;
}

int lockstats_open(const char *path) {
    if (!path) return 0;
    base_path = strdup(path);
    return set_paths(path);
}

void lockstats_fork_child(int64_t pid) {
    if (!base_path) return;
    char *p = instr_child_name(base_path, pid);
    if (!p) return;
    set_paths(p);
    free(p);
}

/* ---- numbers ---------------------------------------------------------------- */
const char *instr_fmt_ns(uint64_t ns, char buf[32]) {
    if (ns < 1000) snprintf(buf, 32, "%llu ns", (unsigned long long)ns);
    else if (ns < 1000000) snprintf(buf, 32, "%.1f us", (double)ns / 1e3);
    else if (ns < 1000000000) snprintf(buf, 32, "%.1f ms", (double)ns / 1e6);
    else snprintf(buf, 32, "%.2f s", (double)ns / 1e9);
    return buf;
}

const char *instr_fmt_count(uint64_t n, char buf[32]) {
    char t[32];
    int len = snprintf(t, sizeof t, "%llu", (unsigned long long)n), j = 0;
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0) buf[j++] = ',';
        buf[j++] = t[i];
    }
    buf[j] = 0;
    return buf;
}

void instr_hist_add(InstrHist *h, uint64_t ns) {
    int b = 0;
    while (b < INSTR_HIST_BUCKETS - 1 && (ns >> (b + 1)) != 0) b++;
    h->bucket[b]++;
    h->n++;
    h->sum_ns += ns;
    if (ns > h->max_ns) h->max_ns = ns;
}

uint64_t instr_hist_quantile(const InstrHist *h, double q) {
    if (!h->n) return 0;
    uint64_t want = (uint64_t)(q * (double)h->n + 0.999999), seen = 0;
    if (want < 1) want = 1;
    for (int b = 0; b < INSTR_HIST_BUCKETS; b++) {
        seen += h->bucket[b];
        if (seen >= want) {
            uint64_t edge = (uint64_t)1 << (b + 1);
            return edge < h->max_ns ? edge : h->max_ns;
        }
    }
    return h->max_ns;
}

void instr_hist_print(FILE *out, const char *indent, const InstrHist *h) {
    char a[32], b[32], c[32], d[32], e[32];
    if (!h->n) { fprintf(out, "%s(none)\n", indent); return; }
    char m[32];
    fprintf(out, "%s%s, mean %s, p50 <= %s, p90 <= %s, p99 <= %s, max %s\n", indent, instr_fmt_count(h->n, a),
            instr_fmt_ns(h->sum_ns / h->n, b), instr_fmt_ns(instr_hist_quantile(h, 0.5), c),
            instr_fmt_ns(instr_hist_quantile(h, 0.9), d), instr_fmt_ns(instr_hist_quantile(h, 0.99), e),
            instr_fmt_ns(h->max_ns, m));
    uint64_t peak = 0;
    for (int i = 0; i < INSTR_HIST_BUCKETS; i++) if (h->bucket[i] > peak) peak = h->bucket[i];
    for (int i = 0; i < INSTR_HIST_BUCKETS; i++) {
        if (!h->bucket[i]) continue;
        int bar = (int)((h->bucket[i] * 40 + peak - 1) / peak);
        fprintf(out, "%s  %9s - %-9s %10s  ", indent, instr_fmt_ns((uint64_t)1 << i, a),
                instr_fmt_ns((uint64_t)1 << (i + 1), b), instr_fmt_count(h->bucket[i], c));
        for (int k = 0; k < bar; k++) fputc('#', out);
        fputc('\n', out);
    }
}

static void csv_field(FILE *csv, const char *s) {
    if (!strpbrk(s, ",\"\n")) { fputs(s, csv); return; }
    fputc('"', csv);
    for (; *s; s++) { if (*s == '"') fputc('"', csv); fputc(*s, csv); }
    fputc('"', csv);
}

void instr_csv_metric(FILE *csv, const char *section, const char *key, uint64_t value) {
    if (!csv) return;
    fprintf(csv, "%s,,,", section);
    csv_field(csv, key);
    fprintf(csv, ",,,,,,,,,,%llu\n", (unsigned long long)value);
}

void instr_site_add(InstrSite *s, bool contended, uint64_t wait_ns, uint32_t spins, uint32_t sleeps) {
    s->acq++;
    if (contended) s->contended++;
    s->total_ns += wait_ns;
    if (wait_ns > s->max_ns) s->max_ns = wait_ns;
    s->spins += spins;
    s->sleeps += sleeps;
}

/* ---- merging the threads' tables ------------------------------------------------ */
typedef struct {
    InstrSite s;        /* the merged numbers (s.k.type: the object, for globals) */
    uint32_t threads;
    uint32_t last_thread;
} Row;

static int row_order(const void *pa, const void *pb) {
    const Row *a = pa, *b = pb;
    int c;
    if (a->s.k.table != b->s.k.table) return a->s.k.table < b->s.k.table ? -1 : 1;
    if ((c = strcmp(a->s.file, b->s.file))) return c;
    if (a->s.line != b->s.line) return a->s.line < b->s.line ? -1 : 1;
    if ((c = strcmp(a->s.op, b->s.op))) return c;
    if ((c = strcmp(a->s.tname, b->s.tname))) return c;
    if (a->s.k.table == TAB_GLOBAL && a->s.k.type != b->s.k.type) return (uintptr_t)a->s.k.type < (uintptr_t)b->s.k.type ? -1 : 1;
    return a->last_thread < b->last_thread ? -1 : a->last_thread > b->last_thread;
}

static bool counted(const InstrThread *th, const InstrThread *me) { return th == me || LOAD_ACQUIRE(&th->done); }

/* Every site of every counted thread, merged; *n rows. */
static Row *merged_rows(size_t *n) {
    InstrThread *me = instr_me;
    size_t total = 0;
    for (InstrThread *th = instr_threads(); th; th = th->next)
        if (counted(th, me)) total += th->nsites;
    Row *r = calloc(total ? total : 1, sizeof *r);
    if (!r) { *n = 0; return NULL; }
    size_t k = 0;
    for (InstrThread *th = instr_threads(); th; th = th->next) {
        if (!counted(th, me)) continue;
        for (uint32_t i = 0; i < th->nbuckets; i++)
            for (InstrSite *s = th->buckets[i]; s && k < total; s = s->hnext) {
                r[k].s = *s;
                r[k].threads = 1;
                r[k].last_thread = th->seq;
                k++;
            }
    }
    qsort(r, k, sizeof *r, row_order);
    size_t w = 0;
    for (size_t i = 0; i < k; i++) {
        Row *d = w ? &r[w - 1] : NULL;
        const InstrSite *s = &r[i].s;
        if (d && d->s.k.table == s->k.table && !strcmp(d->s.file, s->file) && d->s.line == s->line &&
            !strcmp(d->s.op, s->op) && !strcmp(d->s.tname, s->tname) &&
            (s->k.table != TAB_GLOBAL || d->s.k.type == s->k.type)) {
            d->s.acq += s->acq;
            d->s.contended += s->contended;
            d->s.total_ns += s->total_ns;
            if (s->max_ns > d->s.max_ns) d->s.max_ns = s->max_ns;
            d->s.spins += s->spins;
            d->s.sleeps += s->sleeps;
            if (s->kind == SK_TLOCK || s->kind == SK_GIL) d->s.kind = s->kind;
            if (d->last_thread != r[i].last_thread) { d->threads++; d->last_thread = r[i].last_thread; }
            continue;
        }
        if (w != i) r[w] = r[i];
        w++;
    }
    *n = w;
    return r;
}

static int by_wait(const void *pa, const void *pb) {
    const Row *a = pa, *b = pb;
    if (a->s.total_ns != b->s.total_ns) return a->s.total_ns > b->s.total_ns ? -1 : 1;
    if (a->s.contended != b->s.contended) return a->s.contended > b->s.contended ? -1 : 1;
    return a->s.acq > b->s.acq ? -1 : a->s.acq < b->s.acq;
}
static int by_loads(const void *pa, const void *pb) {
    const Row *a = pa, *b = pb;
    return a->s.acq > b->s.acq ? -1 : a->s.acq < b->s.acq;
}

/* Contended sites; the program's own threading locks even when never
 * contended (the library's are shown only when contended); globals that
 * more than one thread loaded often enough to matter. */
#define GLOBAL_MIN_LOADS 100
static bool shown(const Row *r) {
    switch (r->s.k.table) {
    case TAB_CONTENDED: return r->s.contended > 0 || (r->s.kind == SK_TLOCK && r->s.acq > 0 && !r->s.lib);
    case TAB_WAIT: return r->s.acq > 0;
    default: return r->threads > 1 && r->s.acq >= GLOBAL_MIN_LOADS;
    }
}

static void site_text(const InstrSite *s, char *buf, size_t n) {
    const char *f = strrchr(s->file, '/');
    f = f ? f + 1 : s->file;
    if (s->line) snprintf(buf, n, "%s:%d", f, s->line);
    else snprintf(buf, n, "%s", f);
}

static void csv_row(FILE *csv, const char *section, const Row *r) {
    const InstrSite *s = &r->s;
    csv_field(csv, section);
    fputc(',', csv);
    csv_field(csv, s->file);
    fprintf(csv, ",%d,", s->line);
    csv_field(csv, s->op);
    fputc(',', csv);
    csv_field(csv, s->tname);
    if (s->kind == SK_OBJLOCK) fputc(',', csv);
    else fprintf(csv, ",%llu", (unsigned long long)s->acq);
    fprintf(csv, ",%llu,%llu,%llu,%llu,%llu,%llu,%u,\n", (unsigned long long)s->contended, (unsigned long long)s->total_ns,
            (unsigned long long)(s->contended ? s->total_ns / s->contended : (s->acq ? s->total_ns / s->acq : 0)),
            (unsigned long long)s->max_ns, (unsigned long long)s->spins, (unsigned long long)s->sleeps, r->threads);
}

/* A table whose first two columns (site, operation) are as wide as needed. */
static void table(FILE *out, FILE *csv, const char *section, Row *rows, size_t n, int which) {
    char a[32], b[32], c[32], d[32], e[32], f[32], g[32], site[200];
    int ws = 4, wo = 9, wt = 4;
    size_t shown_n = 0;
    for (size_t i = 0; i < n; i++) {
        if (!shown(&rows[i])) continue;
        shown_n++;
        site_text(&rows[i].s, site, sizeof site);
        int l = (int)strlen(site);
        if (l > ws) ws = l;
        l = (int)strlen(rows[i].s.op);
        if (l > wo) wo = l;
        l = (int)strlen(rows[i].s.tname);
        if (l > wt) wt = l;
    }
    if (ws > 48) ws = 48;
    if (wo > 48) wo = 48;
    if (!shown_n) { fprintf(out, "  (none)\n"); return; }
    if (which == TAB_CONTENDED)
        fprintf(out, "  %-*s  %-*s  %-*s %11s %11s %10s %9s %9s %12s %8s\n", ws, "site", wo, "operation", wt, "type",
                "acquired", "contended", "total wait", "mean", "max", "spins", "sleeps");
    else if (which == TAB_WAIT)
        fprintf(out, "  %-*s  %-*s %9s %10s %9s %9s\n", ws, "site", wo, "operation", "calls", "total", "mean", "max");
    else
        fprintf(out, "  %-*s  %-*s  %-*s %12s %8s\n", ws, "site", wo, "operation", wt, "type", "loads", "threads");
    for (size_t i = 0; i < n; i++) {
        const Row *r = &rows[i];
        const InstrSite *s = &r->s;
        if (!shown(r)) continue;
        site_text(s, site, sizeof site);
        if (which == TAB_CONTENDED) {
            uint64_t per = s->contended ? s->total_ns / s->contended : 0;
            fprintf(out, "  %-*.*s  %-*.*s  %-*s %11s %11s %10s %9s %9s %12s %8s\n", ws, ws, site, wo, wo, s->op, wt,
                    s->tname, s->kind == SK_OBJLOCK ? "-" : instr_fmt_count(s->acq, a), instr_fmt_count(s->contended, b),
                    instr_fmt_ns(s->total_ns, c), instr_fmt_ns(per, d), instr_fmt_ns(s->max_ns, e),
                    instr_fmt_count(s->spins, f), instr_fmt_count(s->sleeps, g));
        } else if (which == TAB_WAIT) {
            fprintf(out, "  %-*.*s  %-*.*s %9s %10s %9s %9s\n", ws, ws, site, wo, wo, s->op, instr_fmt_count(s->acq, a),
                    instr_fmt_ns(s->total_ns, b), instr_fmt_ns(s->total_ns / s->acq, c), instr_fmt_ns(s->max_ns, d));
        } else {
            fprintf(out, "  %-*.*s  %-*.*s  %-*s %12s %8u\n", ws, ws, site, wo, wo, s->op, wt, s->tname,
                    instr_fmt_count(s->acq, a), r->threads);
        }
        if (csv) csv_row(csv, section, r);
    }
}

static const char *const wait_name[W_N] = {"GIL", "object locks", "threading locks", "blocking calls", "stopped"};

static void per_thread(FILE *out, FILE *csv) {
    InstrThread *me = instr_me;
    bool used[W_N] = {false};
    size_t nth = 0, live = 0;
    for (InstrThread *th = instr_threads(); th; th = th->next) {
        if (!counted(th, me)) { live++; continue; }
        nth++;
        for (int w = 0; w < W_N; w++) if (th->waits[w]) used[w] = true;
    }
    /* oldest first */
    InstrThread **v = calloc(nth ? nth : 1, sizeof *v);
    if (!v) return;
    size_t k = nth;
    for (InstrThread *th = instr_threads(); th; th = th->next) if (counted(th, me)) v[--k] = th;
    char a[32], b[32];
    fprintf(out, "  %-24s %8s %10s", "thread", "tid", "ran for");
    for (int w = 0; w < W_N; w++) if (used[w]) fprintf(out, " %16s", wait_name[w]);
    fputc('\n', out);
    uint64_t now = instr_now();
    for (size_t i = 0; i < nth; i++) {
        InstrThread *th = v[i];
        uint64_t end = th == me ? now : th->t_end;
        fprintf(out, "  %-24.24s %8lld %10s", th->name, (long long)th->tid, instr_fmt_ns(end - th->t_begin, a));
        for (int w = 0; w < W_N; w++)
            if (used[w]) {
                char cell[40];
                snprintf(cell, sizeof cell, "%s (%s)", instr_fmt_ns(th->wait_ns[w], a), instr_fmt_count(th->waits[w], b));
                fprintf(out, " %16s", cell);
            }
        fputc('\n', out);
        if (csv) {
            fputs("thread,", csv);
            csv_field(csv, th->name);
            fprintf(csv, ",%lld,ran,,,,,,,,,,%llu\n", (long long)th->tid, (unsigned long long)(end - th->t_begin));
        }
        if (csv)
            for (int w = 0; w < W_N; w++) {
                if (!used[w]) continue;
                fputs("thread,", csv);
                csv_field(csv, th->name);
                fprintf(csv, ",%lld,%s,,%llu,,%llu,,,,,,\n", (long long)th->tid, wait_name[w],
                        (unsigned long long)th->waits[w], (unsigned long long)th->wait_ns[w]);
            }
    }
    if (live) fprintf(out, "  (%zu thread%s still running at exit, not counted)\n", live, live > 1 ? "s" : "");
    free(v);
}

void lockstats_report(void) {
    FILE *out = stderr, *csv = NULL;
    if (out_path) {
        out = fopen(out_path, "w");
        if (!out) { fprintf(stderr, "%s: cannot write '%s': %s\n", progname, out_path, strerror(errno)); return; }
        csv = csv_path ? fopen(csv_path, "w") : NULL;
    }
    if (csv) fputs("section,file,line,operation,type,acquisitions,contended,total_wait_ns,mean_wait_ns,max_wait_ns,spins,sleeps,threads,value\n", csv);
    size_t n = 0, nth = 0;
    for (InstrThread *th = instr_threads(); th; th = th->next) nth++;
    Row *rows = merged_rows(&n);
    char a[32];
    fprintf(out, "\n== lockstats: %s, pid %lld, %s, %zu thread%s ==\n", POL_BUILD_NAME, (long long)getpid(),
            instr_fmt_ns(instr_now(), a), nth, nth > 1 ? "s" : "");
    /* rows are sorted by table first: each table is one slice */
    size_t start[TAB_N + 1] = {0};
    for (int t = 0, i = 0; t < TAB_N; t++) {
        start[t] = (size_t)i;
        while ((size_t)i < n && rows[i].s.k.table == t) i++;
        start[t + 1] = (size_t)i;
    }
    qsort(rows + start[TAB_CONTENDED], start[TAB_CONTENDED + 1] - start[TAB_CONTENDED], sizeof *rows, by_wait);
    qsort(rows + start[TAB_WAIT], start[TAB_WAIT + 1] - start[TAB_WAIT], sizeof *rows, by_wait);
    qsort(rows + start[TAB_GLOBAL], start[TAB_GLOBAL + 1] - start[TAB_GLOBAL], sizeof *rows, by_loads);
    fprintf(out, "\nContended sites, by total wait (object locks: contended acquisitions only)\n");
    table(out, csv, "contended", rows + start[TAB_CONTENDED], start[TAB_CONTENDED + 1] - start[TAB_CONTENDED], TAB_CONTENDED);
    fprintf(out, "\nBlocking calls, by total time\n");
    table(out, csv, "blocking", rows + start[TAB_WAIT], start[TAB_WAIT + 1] - start[TAB_WAIT], TAB_WAIT);
    fprintf(out, "\nGlobals that several threads load, %d times or more (each load and release writes the object's refcount)\n",
            GLOBAL_MIN_LOADS);
    table(out, csv, "global", rows + start[TAB_GLOBAL], start[TAB_GLOBAL + 1] - start[TAB_GLOBAL], TAB_GLOBAL);
    fprintf(out, "\nWaits per thread (time and count)\n");
    per_thread(out, csv);
    pol_stats_report(out, csv);
    free(rows);
    fflush(out);
    if (out != stderr) fclose(out);
    if (csv) fclose(csv);
}
