/* instr.c - the instruments' core (see instr.h): start-up, the per-thread
 * event buffers, the recording operations, and the trace writer.
 *
 * The trace file is Chrome's Trace Event format (what Perfetto and
 * chrome://tracing open): {"traceEvents":[ ... ], ...}, one object per
 * event, "ts" in microseconds (with nanosecond digits), "pid" the process,
 * "tid" the kernel's thread id, so each thread is one track.  Spans are
 * B/E pairs on the thread that lived them; "i" events are instants.
 *
 * Buffers: a thread fills chunks of INSTR_CHUNK_EVENTS events.  A full
 * chunk is pushed on a lock-free stack that the writer thread drains
 * (appending the events to the file as JSON); at exit the main thread
 * stops the writer and writes what is left, then the thread names.
 * A thread publishes each event by a release store of its chunk's count;
 * whoever writes the chunk reads the count with acquire first.
 *
 * Forked children start a trace (and report) of their own: FILE becomes
 * FILE with the child's pid before its extension (trace.json ->
 * trace.12345.json), and the events the parent recorded before the fork
 * stay the parent's to write.  A child has no writer thread: its chunks
 * are all written when it exits. */
#include <errno.h>
#include <semaphore.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "instr_impl.h"

extern const char *progname;

uint32_t instr_mode;
uint64_t instr_t0_ns;
_Thread_local InstrThread *instr_me;

/* Object-lock waits shorter than this that never slept are counted in the
 * report but not drawn: a spin of a few hundred nanoseconds is invisible
 * on any timeline and would make the file huge. */
#define TRACE_MIN_LOCK_WAIT_NS 1000

static char *trace_path, *trace_base; /* the file, and the name a child's is made from */
static FILE *trace_out;
static bool trace_any;                /* an event was written (commas) */
static pthread_mutex_t file_mu = PTHREAD_MUTEX_INITIALIZER;
static uint64_t events_written;

static pthread_mutex_t threads_mu = PTHREAD_MUTEX_INITIALIZER;
static InstrThread *threads;          /* every InstrThread, newest first */
static uint32_t next_seq;

static InstrChunk *full_chunks;       /* pushed by the owners, taken by the writer (atomic) */
static pthread_t writer;
static uint32_t writer_running;      /* atomic: read by the threads that push */
static sem_t writer_sem;
static uint32_t writer_stop;          /* atomic */
static uint32_t closed;               /* atomic: instr_finish has begun: record nothing more */
static int64_t my_pid;

static uint64_t mono_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}
uint64_t instr_now(void) { return mono_ns() - instr_t0_ns; }
InstrThread *instr_threads(void) { return LOAD_ACQUIRE(&threads); }

/* ---- the trace file -------------------------------------------------------- */
static const char *const kind_name[] = {
#define X(k, name, cat) name,
    INSTR_EVENT_KINDS(X)
#undef X
};
static const char *const kind_cat[] = {
#define X(k, name, cat) cat,
    INSTR_EVENT_KINDS(X)
#undef X
};
static const char *const drop_reason[] = {"switch request", "blocking call", "thread exit", "interpreter exit"};
static const char *const block_cat[] = {"sleep", "lock", "io", "process", "runtime"};

/* s as a JSON string body (quotes and control characters escaped) */
static void json_str(FILE *o, const char *s) {
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') { fputc('\\', o); fputc(c, o); }
        else if (c < 0x20) fprintf(o, "\\u%04x", c);
        else fputc(c, o);
    }
}

static void json_site(FILE *o, const InstrSite *s) {
    if (!s) return;
    fputs(",\"args\":{\"site\":\"", o);
    json_str(o, s->file);
    fprintf(o, ":%d\",\"op\":\"", s->line);
    json_str(o, s->op);
    fputs("\"", o);
    if (s->k.type && s->k.table != TAB_GLOBAL) { fputs(",\"type\":\"", o); json_str(o, s->tname); fputs("\"", o); }
}

static void write_event(FILE *o, const InstrThread *th, const InstrEvent *e) {
    const char *name = kind_name[e->kind];
    if (e->kind == EV_BLOCK || e->kind == EV_TLOCK_WAIT) name = e->site ? e->site->op : ((const InstrBlock *)e->p)->name;
    fputs(trace_any ? ",\n{\"name\":\"" : "\n{\"name\":\"", o);
    trace_any = true;
    json_str(o, name);
    fprintf(o, "\",\"cat\":\"%s\",\"ph\":\"%c\",\"ts\":%llu.%03llu,\"pid\":%lld,\"tid\":%lld", kind_cat[e->kind], e->ph,
            (unsigned long long)(e->t / 1000), (unsigned long long)(e->t % 1000), (long long)my_pid, (long long)th->tid);
    if (e->ph == 'i') fputs(",\"s\":\"t\"", o);
    switch (e->kind) {
    case EV_GIL_HOLD:
        if (e->ph == 'B' && e->n1) fprintf(o, ",\"args\":{\"after\":%u}", e->n1);
        else if (e->ph == 'E') fprintf(o, ",\"args\":{\"reason\":\"%s\"}", drop_reason[e->sub]);
        break;
    case EV_DROP_REQUEST: fprintf(o, ",\"args\":{\"holder\":%u}", e->n1); break;
    case EV_FORCED_SWITCH: fprintf(o, ",\"args\":{\"to\":%u}", e->n1); break;
    case EV_FORK: fprintf(o, ",\"args\":{\"child\":%lld}", (long long)(intptr_t)e->p); break;
    case EV_LOCK_WAIT:
        if (e->ph == 'B') { json_site(o, e->site); fputs("}", o); }
        else fprintf(o, ",\"args\":{\"spins\":%u,\"sleeps\":%u}", e->n1, e->n2);
        break;
    case EV_BLOCK: case EV_TLOCK_WAIT: /* (the end carries the site only for its name) */
        if (e->ph == 'B') {
            json_site(o, e->site);
            if (e->site) fprintf(o, ",\"kind\":\"%s\"}", block_cat[e->sub]);
            else fprintf(o, ",\"args\":{\"kind\":\"%s\"}", block_cat[e->sub]);
        }
        break;
    default: break;
    }
    fputs("}", o);
    events_written++;
}

static void write_chunk(const InstrChunk *c, uint32_t n) {
    pthread_mutex_lock(&file_mu);
    if (trace_out)
        for (uint32_t i = 0; i < n; i++) write_event(trace_out, c->owner, &c->ev[i]);
    pthread_mutex_unlock(&file_mu);
}

/* Take every queued chunk, oldest first, write and free it. */
static void drain(void) {
    InstrChunk *c = __atomic_exchange_n(&full_chunks, NULL, __ATOMIC_ACQUIRE), *rev = NULL;
    while (c) { InstrChunk *nx = c->next; c->next = rev; rev = c; c = nx; }
    while (rev) {
        InstrChunk *nx = rev->next;
        write_chunk(rev, LOAD_ACQUIRE(&rev->n));
        free(rev);
        rev = nx;
    }
}

static void *writer_main(void *arg) {
    (void)arg;
    while (!LOAD_ACQUIRE(&writer_stop)) {
        while (sem_wait(&writer_sem) < 0 && errno == EINTR) {}
        drain();
    }
    drain();
    return NULL;
}

static void start_writer(void) {
    sem_init(&writer_sem, 0, 0);
    STORE_RELAXED(&writer_stop, 0);
    STORE_RELEASE(&writer_running, pthread_create(&writer, NULL, writer_main, NULL) == 0);
}

/* Without a writer (in a forked child) full chunks wait in the queue for
 * the exit: the owner may hold an object lock and must not write. */
static void push_full(InstrChunk *c) {
    InstrChunk *head = __atomic_load_n(&full_chunks, __ATOMIC_RELAXED);
    do c->next = head;
    while (!__atomic_compare_exchange_n(&full_chunks, &head, c, 1, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
    if (LOAD_ACQUIRE(&writer_running)) sem_post(&writer_sem);
}

static FILE *open_trace(const char *path) {
    FILE *o = fopen(path, "w");
    if (!o) return NULL;
    fputs("{\"traceEvents\":[", o);
    trace_any = false;
    events_written = 0;
    return o;
}

/* ---- recording ------------------------------------------------------------ */
void instr_emit(InstrThread *me, uint8_t kind, char ph, uint8_t sub, uint32_t n1, uint32_t n2,
                const InstrSite *site, const void *p, uint64_t t) {
    if (!(instr_mode & INSTR_TRACE) || LOAD_RELAXED(&closed)) return;
    if (!t) t = instr_now();
    if (t <= me->last_t) t = me->last_t + 1;
    STORE_RELAXED(&me->last_t, t); /* also read at exit, for threads still running */
    InstrChunk *c = me->cur;
    if (!c || c->n == INSTR_CHUNK_EVENTS) {
        InstrChunk *nc = malloc(sizeof *nc);
        if (!nc) return; /* out of memory: the trace loses this event */
        nc->owner = me;
        nc->n = 0;
        nc->next = NULL;
        STORE_RELEASE(&me->cur, nc);
        if (c) push_full(c);
        c = nc;
    }
    InstrEvent *e = &c->ev[c->n];
    e->t = t;
    e->kind = kind;
    e->ph = ph;
    e->sub = sub;
    e->n1 = n1;
    e->n2 = n2;
    e->site = site;
    e->p = p;
    STORE_RELEASE(&c->n, c->n + 1);
    me->nrecorded++;
    uint32_t d = me->depth;
    if (ph == 'B' && d < sizeof me->open) { STORE_RELAXED(&me->open[d], kind); STORE_RELEASE(&me->depth, d + 1); }
    else if (ph == 'E' && d > 0) STORE_RELEASE(&me->depth, d - 1);
}

static InstrThread *thread_new(const char *name, int64_t tid) {
    InstrThread *th = calloc(1, sizeof *th);
    if (!th) return NULL;
    th->tid = tid;
    th->t_begin = instr_now();
    pthread_mutex_lock(&threads_mu);
    th->seq = next_seq++;
    if (name) snprintf(th->name, sizeof th->name, "%s", name);
    else snprintf(th->name, sizeof th->name, "thread %u", th->seq);
    th->next = threads;
    STORE_RELEASE(&threads, th);
    pthread_mutex_unlock(&threads_mu);
    return th;
}

int instr_init(const char *tpath, bool stats, const char *spath) {
    instr_t0_ns = mono_ns();
    my_pid = (int64_t)getpid();
    if (tpath) {
        trace_out = open_trace(tpath);
        if (!trace_out) {
            fprintf(stderr, "%s: cannot write the trace to '%s': %s\n", progname, tpath, strerror(errno));
            return -1;
        }
        trace_path = strdup(tpath);
        trace_base = strdup(tpath);
    }
    if (stats && lockstats_open(spath) < 0) return -1;
    instr_mode = (tpath ? INSTR_TRACE : 0) | (stats ? INSTR_STATS : 0);
    if (!instr_mode) return 0;
    InstrThread *me = thread_new("main", (int64_t)syscall(SYS_gettid));
    if (!me) return 0;
    instr_me = me;
    if (tpath) start_writer();
    vm_instrument_dispatch();
    instr_emit(me, EV_THREAD, 'B', 0, 0, 0, NULL, NULL, 0);
    return 0;
}

void instr_thread_begin(ThreadState *ts) {
    InstrThread *me = thread_new(NULL, ts->native_id);
    instr_me = me;
    if (me) instr_emit(me, EV_THREAD, 'B', 0, 0, 0, NULL, NULL, 0);
}

/* The track's name: the threading.Thread's name when func is its
 * _bootstrap method, else the function's name. */
void instr_thread_named(ThreadState *ts, Value func) {
    (void)ts;
    InstrThread *me = instr_me;
    if (!me || !func || !IS_OBJ(func)) return;
    const char *name = NULL;
    Value nm = V_NULL;
    Obj *fo = AS_OBJ(func);
    if (fo->type == &MethodType) {
        Value self = ((Method *)fo)->self;
        if (self && IS_OBJ(self) && (TYPE(self)->flags & TF_INSTANCE)) {
            nm = dict_get_str(((Instance *)AS_OBJ(self))->dict, str_intern_c("_name"));
            if (nm && IS_STR(nm)) name = AS_STR(nm)->data;
            if (!nm) err_clear();
        }
        if (!name) func = ((Method *)fo)->func;
    }
    if (!name && IS_FUNC(func)) name = AS_FUNC(func)->qualname->data;
    if (name) snprintf(me->name, sizeof me->name, "%s", name);
    xdecref(nm);
}

void instr_thread_end(ThreadState *ts) {
    (void)ts;
    InstrThread *me = instr_me;
    if (!me) return;
    instr_emit(me, EV_THREAD, 'E', 0, 0, 0, NULL, NULL, 0);
    me->t_end = instr_now();
    STORE_RELEASE(&me->done, 1);
    instr_me = NULL;
}

void instr_block_begin(const InstrBlock *b) {
    InstrThread *me = instr_me;
    if (!me) return;
    bool lockc = b->cat == BLK_LOCK && !instr_frame_is_wait();
    me->block = b;
    me->block_is_lock = lockc;
    me->block_site = instr_site_at(me, lockc ? TAB_CONTENDED : TAB_WAIT, WHERE_USER, NULL, b->name);
    if (me->block_site) me->block_site->kind = lockc ? SK_TLOCK : SK_WAIT;
    me->block_t0 = instr_now();
    instr_emit(me, lockc ? EV_TLOCK_WAIT : EV_BLOCK, 'B', (uint8_t)b->cat, 0, 0, me->block_site, b, me->block_t0);
}

void instr_block_end(void) {
    InstrThread *me = instr_me;
    if (!me || !me->block) return;
    uint64_t t = instr_now(), d = t - me->block_t0;
    instr_emit(me, me->block_is_lock ? EV_TLOCK_WAIT : EV_BLOCK, 'E', (uint8_t)me->block->cat, 0, 0, me->block_site,
               me->block, t);
    me->last_block_ns = d;
    if (me->block_is_lock) {
        me->wait_ns[W_TLOCK] += d;
        me->waits[W_TLOCK]++;
    } else {
        me->wait_ns[W_BLOCK] += d;
        me->waits[W_BLOCK]++;
        if (me->block_site) { me->block_site->kind = SK_WAIT; instr_site_add(me->block_site, false, d, 0, 0); }
    }
    me->block = NULL;
}

void instr_lock_acquired(bool rlock, bool waited) {
    InstrThread *me = instr_me;
    if (!me || !(instr_mode & INSTR_STATS)) return;
    if (instr_frame_is_wait()) return; /* a notification or a join, not a lock */
    InstrSite *s = instr_site_at(me, TAB_CONTENDED, WHERE_USER, NULL,
                                 rlock ? "threading.RLock.acquire" : "threading.Lock.acquire");
    if (!s) return;
    s->kind = SK_TLOCK;
    instr_site_add(s, waited, waited ? me->last_block_ns : 0, 0, waited);
}

void instr_global_load(Frame *f, Str *name, Value v) {
    (void)f; (void)name;
    InstrThread *me = instr_me;
    if (!me || !(instr_mode & INSTR_STATS)) return;
    InstrSite *s = instr_site_at(me, TAB_GLOBAL, WHERE_INNERMOST, AS_OBJ(v), NULL);
    if (s) { s->kind = SK_GLOBAL; s->acq++; }
}

/* A lock on the module's globals (every LOAD_GLOBAL of a value that is not
 * immortal takes it) is shown as such, not as some dict. */
static Type module_globals = {.ob = OBJ_HEAD_INIT(&TypeType), .cname = "dict (module globals)"};

void instr_objlock_contended(Obj *o, uint64_t t0, uint32_t spins, uint32_t sleeps) {
    InstrThread *me = instr_me;
    if (!me || LOAD_RELAXED(&closed)) return;
    const Frame *f = cur_ts ? cur_ts->frame : NULL;
    const Type *t = f && (Obj *)f->globals == o ? &module_globals : o->type;
    InstrSite *s = instr_site_at(me, TAB_CONTENDED, WHERE_INNERMOST, t, NULL);
    uint64_t t1 = instr_now(), d = t1 > t0 ? t1 - t0 : 0;
    me->wait_ns[W_OBJLOCK] += d;
    me->waits[W_OBJLOCK]++;
    if (s) { s->kind = SK_OBJLOCK; instr_site_add(s, true, d, spins, sleeps); }
    if (sleeps || d >= TRACE_MIN_LOCK_WAIT_NS) {
        instr_emit(me, EV_LOCK_WAIT, 'B', 0, 0, 0, s, NULL, t0);
        instr_emit(me, EV_LOCK_WAIT, 'E', 0, spins, sleeps, NULL, NULL, t1);
    }
}

/* ---- the GIL and stop-the-world (called by the policies) ---------------------- */
uint64_t instr_gil_wait_begin(void) {
    InstrThread *me = instr_me;
    uint64_t t = instr_now();
    if (me) instr_emit(me, EV_GIL_WAIT, 'B', 0, 0, 0, NULL, NULL, t);
    return t;
}

void instr_gil_taken(int64_t prev_tid, bool waited, uint64_t t0) {
    InstrThread *me = instr_me;
    if (!me) return;
    uint64_t t = instr_now();
    if (waited) {
        instr_emit(me, EV_GIL_WAIT, 'E', 0, 0, 0, NULL, NULL, t);
        me->wait_ns[W_GIL] += t - t0;
        me->waits[W_GIL]++;
    }
    if (instr_mode & INSTR_STATS) {
        InstrSite *s = instr_site_at(me, TAB_CONTENDED, WHERE_USER, NULL, "the GIL");
        if (s) { s->kind = SK_GIL; instr_site_add(s, waited, waited ? t - t0 : 0, 0, waited); }
    }
    uint32_t after = prev_tid != me->tid ? (uint32_t)prev_tid : 0;
    instr_emit(me, EV_GIL_HOLD, 'B', 0, after, 0, NULL, NULL, 0);
}

void instr_gil_released(InstrDropReason why) {
    InstrThread *me = instr_me;
    if (me) instr_emit(me, EV_GIL_HOLD, 'E', (uint8_t)why, 0, 0, NULL, NULL, 0);
}
void instr_gil_drop_request(int64_t holder_tid) {
    InstrThread *me = instr_me;
    if (me) instr_emit(me, EV_DROP_REQUEST, 'i', 0, (uint32_t)holder_tid, 0, NULL, NULL, 0);
}
void instr_gil_drop_seen(void) {
    InstrThread *me = instr_me;
    if (me) instr_emit(me, EV_DROP_SEEN, 'i', 0, 0, 0, NULL, NULL, 0);
}
void instr_gil_forced_switch(int64_t to_tid) {
    InstrThread *me = instr_me;
    if (me) instr_emit(me, EV_FORCED_SWITCH, 'i', 0, (uint32_t)to_tid, 0, NULL, NULL, 0);
}

void instr_stw_begin(void) {
    InstrThread *me = instr_me;
    if (me) instr_emit(me, EV_STW, 'B', 0, 0, 0, NULL, NULL, 0);
}
void instr_stw_end(void) {
    InstrThread *me = instr_me;
    if (me) instr_emit(me, EV_STW, 'E', 0, 0, 0, NULL, NULL, 0);
}
uint64_t instr_paused_begin(void) {
    InstrThread *me = instr_me;
    uint64_t t = instr_now();
    if (me) instr_emit(me, EV_PAUSED, 'B', 0, 0, 0, NULL, NULL, t);
    return t;
}
void instr_paused_end(uint64_t t0) {
    InstrThread *me = instr_me;
    if (!me) return;
    uint64_t t = instr_now();
    instr_emit(me, EV_PAUSED, 'E', 0, 0, 0, NULL, NULL, t);
    me->wait_ns[W_PAUSED] += t - t0;
    me->waits[W_PAUSED]++;
}

/* ---- fork ------------------------------------------------------------------ */
void instr_fork_parent(int64_t child) {
    InstrThread *me = instr_me;
    if (me) instr_emit(me, EV_FORK, 'i', 0, 0, 0, NULL, (const void *)(intptr_t)child, 0);
}

/* base.json -> base.PID.json (or base.PID without an extension) */
char *instr_child_name(const char *base, int64_t pid) {
    const char *slash = strrchr(base, '/'), *dot = strrchr(base, '.');
    if (dot && slash && dot < slash) dot = NULL;
    if (dot == base || (slash && dot == slash + 1)) dot = NULL;
    size_t n = strlen(base) + 32;
    char *s = malloc(n);
    if (!s) return NULL;
    if (dot) snprintf(s, n, "%.*s.%lld%s", (int)(dot - base), base, (long long)pid, dot);
    else snprintf(s, n, "%s.%lld", base, (long long)pid);
    return s;
}

void instr_fork_child(void) {
    InstrThread *me = instr_me;
    if (!instr_mode || !me) return;
    my_pid = (int64_t)getpid();
    pthread_mutex_init(&file_mu, NULL);
    pthread_mutex_init(&threads_mu, NULL);
    /* the other threads, the queued chunks and this thread's events so
     * far belong to the parent's trace */
    full_chunks = NULL;
    STORE_RELAXED(&writer_running, 0);
    me->next = NULL;
    threads = me;
    me->seq = 0;
    me->tid = (int64_t)syscall(SYS_gettid);
    snprintf(me->name, sizeof me->name, "main (child of %lld)", (long long)getppid());
    if (me->cur) me->cur->n = 0;
    memset(me->wait_ns, 0, sizeof me->wait_ns);
    memset(me->waits, 0, sizeof me->waits);
    for (uint32_t i = 0; i < me->nbuckets; i++)
        for (InstrSite *s = me->buckets[i]; s; s = s->hnext)
            s->acq = s->contended = s->total_ns = s->max_ns = s->spins = s->sleeps = 0;
    me->t_begin = instr_now();
    me->nrecorded = 0;
    pol_stats_reset();
    lockstats_fork_child(my_pid);
    if (trace_out) {
        /* the parent's FILE* buffer must not be flushed twice */
        int fd = fileno(trace_out);
        trace_out = NULL;
        close(fd);
        char *p = instr_child_name(trace_base, my_pid);
        free(trace_path);
        trace_path = p;
        trace_out = p ? open_trace(p) : NULL;
        /* the child goes on inside the spans that are still open: its thread
         * and, with a GIL, holding it (a stop-the-world span ends here) */
        uint32_t d = me->depth, k = 0;
        uint8_t keep[sizeof me->open];
        for (uint32_t i = 0; i < d; i++)
            if (me->open[i] == EV_THREAD || me->open[i] == EV_GIL_HOLD) keep[k++] = me->open[i];
        me->depth = 0;
        /* no writer thread here: a child of a threaded process should not
         * start threads of its own for this (its full chunks are written
         * at its exit) */
        for (uint32_t i = 0; i < k; i++) instr_emit(me, keep[i], 'B', 0, 0, 0, NULL, NULL, 0);
    }
}

/* ---- exit ------------------------------------------------------------------ */
static void write_metadata(FILE *o) {
    fprintf(o, ",\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":%lld,\"args\":{\"name\":\"", (long long)my_pid);
    json_str(o, POL_BUILD_NAME);
    fprintf(o, " (pid %lld)\"}}", (long long)my_pid);
    for (InstrThread *th = threads; th; th = th->next) {
        fprintf(o, ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":%lld,\"tid\":%lld,\"args\":{\"name\":\"",
                (long long)my_pid, (long long)th->tid);
        json_str(o, th->name);
        fprintf(o, "\"}}");
        fprintf(o, ",\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":%lld,\"tid\":%lld,\"args\":{\"sort_index\":%u}}",
                (long long)my_pid, (long long)th->tid, th->seq);
    }
}

static void finish_trace(void) {
    InstrThread *me = instr_me;
    uint64_t t = instr_now();
    /* this thread's open spans end now (the GIL is held to the end) */
    if (me)
        while (me->depth > 0) {
            uint8_t k = me->open[me->depth - 1];
            instr_emit(me, k, 'E', k == EV_GIL_HOLD ? DROP_INTERP_EXIT : 0, 0, 0, NULL, NULL, t);
        }
    STORE_RELEASE(&closed, 1);
    if (LOAD_ACQUIRE(&writer_running)) {
        STORE_RELEASE(&writer_stop, 1);
        sem_post(&writer_sem);
        pthread_join(writer, NULL);
        STORE_RELEASE(&writer_running, 0);
    }
    drain();
    for (InstrThread *th = threads; th; th = th->next) {
        InstrChunk *c = LOAD_ACQUIRE(&th->cur);
        if (c) write_chunk(c, LOAD_ACQUIRE(&c->n));
    }
    pthread_mutex_lock(&file_mu);
    FILE *o = trace_out;
    /* threads still running (daemons): their open spans end at exit */
    for (InstrThread *th = threads; th && o; th = th->next) {
        if (th == me || LOAD_ACQUIRE(&th->done)) continue;
        uint64_t at = t > LOAD_RELAXED(&th->last_t) ? t : LOAD_RELAXED(&th->last_t) + 1;
        for (uint32_t d = LOAD_ACQUIRE(&th->depth); d > 0; d--) {
            InstrEvent e = {at++, LOAD_RELAXED(&th->open[d - 1]), 'E', DROP_INTERP_EXIT, 0, 0, 0, NULL, NULL};
            write_event(o, th, &e);
        }
    }
    if (o) {
        write_metadata(o);
        fprintf(o, "\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"build\":\"%s\",\"events\":%llu}}\n", POL_BUILD_NAME,
                (unsigned long long)events_written);
        if (fclose(o) != 0) fprintf(stderr, "%s: writing the trace to '%s' failed\n", progname, trace_path);
        trace_out = NULL;
    }
    pthread_mutex_unlock(&file_mu);
}

void instr_finish(void) {
    static bool finished;
    if (!instr_mode || finished) return;
    finished = true;
    if (instr_mode & INSTR_TRACE) finish_trace();
    else STORE_RELEASE(&closed, 1);
    if (instr_mode & INSTR_STATS) lockstats_report();
}
