/* dict.c - insertion-ordered hash tables, readable without a lock.
 *
 * Layout: an index table of int32 slots (open addressing, CPython's
 * perturbed probe) pointing into a dense array of entries kept in
 * insertion order.
 *
 * Concurrency (see also Dict in object.h):
 *   - writers run inside the dict's critical section and bracket every
 *     change with seq_begin/seq_end: the counter is odd while the table
 *     may be inconsistent;
 *   - dict_lookup_fast reads without the lock: an acquire load of seq,
 *     the probe with acquire loads of every field it reads, then seq
 *     again.  It answers only when nothing changed and the value is
 *     "stable" (a small int or an immortal object: no refcount to take,
 *     it cannot be freed).  Otherwise the caller retries under the lock.
 *     It never dereferences a key or value it read, so a racing delete
 *     cannot make it touch freed memory;
 *   - growing allocates a new table; the old one may still be read by a
 *     lock-free reader, so it goes to pol_retire(), which frees it once
 *     no reader can hold it.  Compaction and clear() work in place under
 *     the seqlock and retire nothing.
 *   - equality that may run Python code (__eq__ of user classes) is never
 *     called under the lock: the keys with the same hash on the key's probe
 *     path are gathered under it and compared outside it; the ones found
 *     unequal are remembered (with a reference) and skipped on the next
 *     probe, so only a key that came meanwhile is compared again. */
#include <string.h>
#include "runtime.h"

Type DictType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type DictIterType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type DictKeysType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type DictValuesType = {.ob = OBJ_HEAD_INIT(&TypeType)};
Type DictItemsType = {.ob = OBJ_HEAD_INIT(&TypeType)};

#define EMPTY (-1)
#define DUMMY (-2)

/* every change of a dict's table is bracketed by these, inside its lock */
static inline void seq_begin(Dict *d) { POL_ASSERT_HELD(d); STORE_RELAXED(&d->seq, d->seq + 1); }
static inline void seq_end(Dict *d) { STORE_RELEASE(&d->seq, d->seq + 1); }
static inline bool stable_value(Value v) { return IS_SMALL(v) || is_immortal(AS_OBJ(v)); }

static DictTable *table_new(int64_t nslots) {
    int64_t cap = nslots * 2 / 3;
    size_t size = sizeof(DictTable) + (size_t)nslots * sizeof(int32_t) + (size_t)cap * sizeof(DictEntry);
    DictTable *t = malloc(size);
    if (!t) return NULL;
    t->nslots = nslots;
    t->cap = cap;
    t->nentries = 0;
    t->entries = (DictEntry *)(t + 1);
    t->index = (int32_t *)(t->entries + cap);
    memset(t->index, 0xff, (size_t)nslots * sizeof(int32_t));
    return t;
}

static void table_free(DictTable *t) { free(t); }

Value dict_new(void) {
    Dict *d = (Dict *)obj_new(&DictType, sizeof(Dict));
    if (!d) return V_NULL;
    d->table = NULL;
    d->seq = 0;
    d->used = 0;
    return OBJ_VAL(d);
}

int64_t dict_len(Dict *d) { return LOAD_RELAXED(&d->used); }

/* ---- the lock-free read --------------------------------------------------- */
/* 1: *out is the value (stable: no reference taken); 0: definitely absent;
 * -1: ask again under the lock. */
static int dict_lookup_fast(Dict *d, Value key, int64_t hash, Value *out) {
    uint32_t s1 = LOAD_ACQUIRE(&d->seq);
    if (s1 & 1) return -1;
    DictTable *t = LOAD_ACQUIRE(&d->table);
    int rc = 0;
    if (t) {
        uint64_t mask = (uint64_t)t->nslots - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
        for (int64_t n = 0;; n++) {
            if (n > t->nslots) { rc = -1; break; }
            int32_t ix = LOAD_ACQUIRE(&t->index[i]);
            if (ix == EMPTY) break;
            if (ix >= 0) {
                if (ix >= t->cap) { rc = -1; break; }
                DictEntry *e = &t->entries[ix];
                Value k = LOAD_ACQUIRE(&e->key);
                if (k == key) {
                    Value v = LOAD_ACQUIRE(&e->value);
                    uint64_t st = LOAD_ACQUIRE(&e->stable);
                    if (!st || !v) { rc = -1; break; }
                    *out = v;
                    rc = 1;
                    break;
                }
                if (LOAD_ACQUIRE(&e->hash) == hash && k) { rc = -1; break; }
            }
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    if (LOAD_RELAXED(&d->seq) != s1) return -1;
    return rc;
}

/* ---- probing under the lock ------------------------------------------------- */
enum { P_ABSENT = 0, P_FOUND = 1, P_PYTHON = -1, P_RETRY = -2 };

static bool keys_equal_simple(Value a, Value b) {
    if (IS_STR(a) && IS_STR(b)) return str_eq(AS_STR(a), AS_STR(b));
    if (IS_SMALL(a) && IS_SMALL(b)) return false; /* identical ones matched already */
    return obj_eq(a, b) == 1;
}

/* Inside the critical section.  Sets *ix to the entry (P_FOUND) or *slot to
 * where an insertion goes (P_ABSENT).  P_PYTHON: an entry with the same hash
 * needs a comparison that may run Python code, unless it is one of the keys
 * already found `unequal`. */
static int probe(Dict *d, Value key, int64_t hash, bool key_simple, const KeyCands *unequal, int64_t *ix, int64_t *slot) {
    DictTable *t = d->table;
    *slot = -1;
    if (!t) return P_ABSENT;
    uint64_t mask = (uint64_t)t->nslots - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    int64_t dummy = -1;
    for (;;) {
        int32_t e = t->index[i];
        if (e == EMPTY) {
            *slot = dummy >= 0 ? dummy : (int64_t)i;
            return P_ABSENT;
        }
        if (e == DUMMY) {
            if (dummy < 0) dummy = (int64_t)i;
        } else {
            DictEntry *en = &t->entries[e];
            if (en->key == key) { *ix = e; *slot = (int64_t)i; return P_FOUND; }
            if (en->hash == hash && !cands_has(unequal, en->key)) {
                if (key_simple && obj_simple_key(en->key)) {
                    if (keys_equal_simple(en->key, key)) { *ix = e; *slot = (int64_t)i; return P_FOUND; }
                } else return P_PYTHON;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Find the key already in the dict that equals `key`, comparing outside the
 * lock the same-hash keys on its probe path not yet in *unequal.  Returns
 * that key (new ref) or `key` itself (new ref) when none is equal; V_NULL on
 * error. */
static Value resolve_key(Dict *d, Value key, int64_t hash, KeyCands *unequal) {
    KeyCands c;
    cands_init(&c);
    CRITICAL_BEGIN(d);
    DictTable *t = d->table;
    if (t) {
        uint64_t mask = (uint64_t)t->nslots - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
        for (int32_t e; (e = t->index[i]) != EMPTY;) {
            if (e >= 0) {
                DictEntry *en = &t->entries[e];
                if (en->hash == hash && en->key != key && !cands_has(unequal, en->key)) cands_push(&c, en->key);
            }
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    CRITICAL_END();
    bool err;
    Value canon = cands_first_equal(&c, key, unequal, &err);
    if (err) return V_NULL;
    if (!canon) { incref(key); canon = key; }
    return canon;
}

/* ---- get ------------------------------------------------------------------ */
static Value dict_get_hashed(Dict *d, Value key, int64_t hash) {
    Value v;
    int fr = dict_lookup_fast(d, key, hash, &v);
    if (fr == 1) return v; /* stable: no reference needed */
    if (fr == 0) return V_NULL;
    bool simple = obj_simple_key(key);
    KeyCands unequal;
    cands_init(&unequal);
    Value k = key;
    incref(k);
    for (;;) {
        int r;
        int64_t ix, slot;
        v = V_NULL;
        CRITICAL_BEGIN(d);
        r = probe(d, k, hash, simple, &unequal, &ix, &slot);
        if (r == P_FOUND) {
            v = SLOT_READ(d->table->entries[ix].value);
            incref(v);
        }
        CRITICAL_END();
        if (r != P_PYTHON) break;
        Value canon = resolve_key(d, key, hash, &unequal);
        decref(k);
        if (!canon) { cands_release(&unequal); return V_NULL; }
        k = canon;
        simple = false;
    }
    decref(k);
    cands_release(&unequal);
    return v;
}

Value dict_get(Dict *d, Value key) {
    int64_t h = obj_hash(key);
    if (h == -1 && err_occurred()) return V_NULL;
    return dict_get_hashed(d, key, h);
}

Value dict_get_str(Dict *d, Str *key) { return dict_get_hashed(d, OBJ_VAL(key), str_hash(key)); }

/* ---- set ------------------------------------------------------------------- */
/* Inside the critical section: make room for one more entry.  *moved is
 * set when the index was rebuilt (a slot found before is stale). */
static bool make_room(Dict *d, bool *moved) {
    DictTable *t = d->table;
    *moved = false;
    if (t && t->nentries < t->cap) return true;
    *moved = true;
    if (t && d->used < t->cap * 3 / 4) {
        /* many deleted entries: compact in place (readers see an odd seq) */
        int64_t w = 0;
        for (int64_t r = 0; r < t->nentries; r++) {
            DictEntry *e = &t->entries[r];
            if (!e->key) continue;
            if (w != r) {
                STORE_RELEASE(&t->entries[w].hash, e->hash);
                STORE_RELEASE(&t->entries[w].key, e->key);
                STORE_RELEASE(&t->entries[w].value, e->value);
                STORE_RELEASE(&t->entries[w].stable, e->stable);
            }
            w++;
        }
        for (int64_t k = w; k < t->nentries; k++) {
            STORE_RELEASE(&t->entries[k].key, V_NULL);
            STORE_RELEASE(&t->entries[k].value, V_NULL);
        }
        t->nentries = w;
        for (int64_t s = 0; s < t->nslots; s++) STORE_RELEASE(&t->index[s], EMPTY);
        uint64_t mask = (uint64_t)t->nslots - 1;
        for (int64_t k = 0; k < w; k++) {
            uint64_t h = (uint64_t)t->entries[k].hash, perturb = h, i = h & mask;
            while (t->index[i] != EMPTY) { perturb >>= 5; i = (i * 5 + perturb + 1) & mask; }
            STORE_RELEASE(&t->index[i], (int32_t)k);
        }
        return true;
    }
    int64_t nslots = 8;
    while (nslots * 2 / 3 <= d->used * 2 + 1) nslots *= 2;
    if (nslots > (INT64_C(1) << 30)) return false;
    DictTable *n = table_new(nslots);
    if (!n) return false;
    uint64_t mask = (uint64_t)nslots - 1;
    int64_t w = 0;
    if (t) {
        for (int64_t r = 0; r < t->nentries; r++) {
            DictEntry *e = &t->entries[r];
            if (!e->key) continue;
            n->entries[w] = *e;
            uint64_t h = (uint64_t)e->hash, perturb = h, i = h & mask;
            while (n->index[i] != EMPTY) { perturb >>= 5; i = (i * 5 + perturb + 1) & mask; }
            n->index[i] = (int32_t)w;
            w++;
        }
    }
    n->nentries = w;
    STORE_RELEASE(&d->table, n);
    /* a lock-free reader may still be in the old table */
    if (t) pol_retire(cur_ts, t);
    return true;
}

/* Inside the critical section, key absent: append an entry.  Steals k, v. */
static bool insert_new(Dict *d, Value k, Value v, int64_t hash, int64_t slot) {
    bool moved;
    if (!make_room(d, &moved)) return false;
    DictTable *t = d->table;
    if (moved || slot < 0) {
        /* the index was rebuilt (it has no dummies now): find the slot again */
        uint64_t mask = (uint64_t)t->nslots - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
        while (t->index[i] >= 0) { perturb >>= 5; i = (i * 5 + perturb + 1) & mask; }
        slot = (int64_t)i;
    }
    int64_t ix = t->nentries;
    DictEntry *e = &t->entries[ix];
    STORE_RELEASE(&e->hash, hash);
    STORE_RELEASE(&e->value, v);
    STORE_RELEASE(&e->stable, (uint64_t)stable_value(v));
    STORE_RELEASE(&e->key, k);
    t->nentries = ix + 1;
    STORE_RELEASE(&t->index[slot], (int32_t)ix);
    STORE_RELAXED(&d->used, d->used + 1);
    return true;
}

/* Inside the critical section: the entry holding exactly this key (the
 * common case for interned names), or -1. */
static inline int64_t find_identical(Dict *d, Value key, int64_t hash) {
    DictTable *t = d->table;
    if (!t) return -1;
    uint64_t mask = (uint64_t)t->nslots - 1, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int32_t e = t->index[i];
        if (e == EMPTY) return -1;
        if (e >= 0) {
            DictEntry *en = &t->entries[e];
            if (en->key == key) return e;
            if (en->hash == hash) return -1; /* an equal key may need a full compare */
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static int dict_set_hashed(Dict *d, Value key, int64_t hash, Value v) {
    /* replacing the value of a key that is there, identical: the hot path
     * of global and attribute stores */
    {
        Value old = V_NULL;
        incref(v);
        CRITICAL_BEGIN(d);
        int64_t ix = find_identical(d, key, hash);
        if (ix >= 0) {
            DictEntry *e = &d->table->entries[ix];
            old = e->value;
            seq_begin(d);
            STORE_RELEASE(&e->stable, 0);
            STORE_RELEASE(&e->value, v);
            STORE_RELEASE(&e->stable, (uint64_t)stable_value(v));
            seq_end(d);
        }
        CRITICAL_END();
        if (old) { decref(old); return 0; }
        decref(v);
    }
    bool simple = IS_STR(key) || IS_SMALL(key) || obj_simple_key(key);
    KeyCands unequal;
    cands_init(&unequal);
    Value k = key;
    incref(k);
    incref(v);
    for (;;) {
        int r;
        int64_t ix, slot;
        Value old = V_NULL;
        bool ok = true;
        CRITICAL_BEGIN(d);
        r = probe(d, k, hash, simple, &unequal, &ix, &slot);
        if (r == P_ABSENT && k != key) r = P_RETRY; /* the equal key went away meanwhile: store key itself */
        if (r == P_FOUND || r == P_ABSENT) {
            seq_begin(d);
            if (r == P_FOUND) {
                DictEntry *e = &d->table->entries[ix];
                old = e->value;
                STORE_RELEASE(&e->stable, 0);
                STORE_RELEASE(&e->value, v);
                STORE_RELEASE(&e->stable, (uint64_t)stable_value(v));
            } else {
                ok = insert_new(d, k, v, hash, slot);
                if (ok) k = V_NULL; /* stolen */
            }
            seq_end(d);
        }
        CRITICAL_END();
        if (r == P_FOUND || r == P_ABSENT) {
            xdecref(old);
            xdecref(k);
            cands_release(&unequal);
            if (!ok) {
                decref(v);
                err_no_memory();
                return -1;
            }
            return 0;
        }
        if (r == P_RETRY) {
            decref(k);
            k = key;
            incref(k);
            continue;
        }
        Value canon = resolve_key(d, key, hash, &unequal);
        decref(k);
        if (!canon) { decref(v); cands_release(&unequal); return -1; }
        k = canon;
        simple = false;
    }
}

int dict_set(Dict *d, Value key, Value v) {
    int64_t h = obj_hash(key);
    if (h == -1 && err_occurred()) return -1;
    return dict_set_hashed(d, key, h, v);
}

int dict_set_str(Dict *d, Str *key, Value v) { return dict_set_hashed(d, OBJ_VAL(key), str_hash(key), v); }

/* ---- delete ----------------------------------------------------------------- */
/* Removes key; *popped (if not NULL) receives the value.  1, 0 absent, -1 error. */
static int dict_del_hashed(Dict *d, Value key, int64_t hash, Value *popped) {
    bool simple = obj_simple_key(key);
    KeyCands unequal;
    cands_init(&unequal);
    Value k = key;
    incref(k);
    for (;;) {
        int r;
        int64_t ix, slot;
        Value oldk = V_NULL, oldv = V_NULL;
        CRITICAL_BEGIN(d);
        r = probe(d, k, hash, simple, &unequal, &ix, &slot);
        if (r == P_FOUND) {
            seq_begin(d);
            DictTable *t = d->table;
            DictEntry *e = &t->entries[ix];
            oldk = e->key;
            oldv = e->value;
            STORE_RELEASE(&t->index[slot], DUMMY);
            STORE_RELEASE(&e->key, V_NULL);
            STORE_RELEASE(&e->value, V_NULL);
            STORE_RELEASE(&e->stable, 0);
            STORE_RELAXED(&d->used, d->used - 1);
            seq_end(d);
        }
        CRITICAL_END();
        if (r != P_PYTHON) {
            decref(k);
            cands_release(&unequal);
            if (r == P_FOUND) {
                decref(oldk);
                if (popped) *popped = oldv;
                else decref(oldv);
                return 1;
            }
            return 0;
        }
        Value canon = resolve_key(d, key, hash, &unequal);
        decref(k);
        if (!canon) { cands_release(&unequal); return -1; }
        k = canon;
        simple = false;
    }
}

int dict_del(Dict *d, Value key) {
    int64_t h = obj_hash(key);
    if (h == -1 && err_occurred()) return -1;
    return dict_del_hashed(d, key, h, NULL);
}

/* ---- whole-dict operations ------------------------------------------------- */
void dict_clear(Dict *d) {
    DictEntry *copy = NULL;
    int64_t n = 0;
    CRITICAL_BEGIN(d);
    DictTable *t = d->table;
    if (t && t->nentries) {
        copy = malloc((size_t)t->nentries * sizeof(DictEntry));
        if (copy) {
            seq_begin(d);
            memcpy(copy, t->entries, (size_t)t->nentries * sizeof(DictEntry));
            n = t->nentries;
            for (int64_t k = 0; k < t->nentries; k++) {
                STORE_RELEASE(&t->entries[k].key, V_NULL);
                STORE_RELEASE(&t->entries[k].value, V_NULL);
                STORE_RELEASE(&t->entries[k].stable, 0);
            }
            for (int64_t s = 0; s < t->nslots; s++) STORE_RELEASE(&t->index[s], EMPTY);
            t->nentries = 0;
            STORE_RELAXED(&d->used, 0);
            seq_end(d);
        }
    }
    CRITICAL_END();
    for (int64_t k = 0; k < n; k++)
        if (copy[k].key) {
            decref(copy[k].key);
            decref(copy[k].value);
        }
    free(copy);
}

/* Walk without locking: only for dicts no other thread can see (a fresh
 * kwargs dict, a class namespace being built) or during finalization. */
bool dict_next(Dict *d, int64_t *pos, Value *key, Value *val) {
    DictTable *t = d->table;
    if (!t) return false;
    while (*pos < t->nentries) {
        DictEntry *e = &t->entries[(*pos)++];
        if (e->key) {
            *key = e->key;
            if (val) *val = e->value;
            return true;
        }
    }
    return false;
}

/* A consistent copy of the entries as a list of (key, value) tuples or keys. */
static Value snapshot(Dict *d, int what) {
    for (;;) {
        int64_t n = dict_len(d);
        Value *tmp = mem_alloc((size_t)(2 * n + 2) * sizeof(Value));
        if (!tmp) return V_NULL;
        bool fits = true;
        int64_t got = 0;
        CRITICAL_BEGIN(d);
        if (d->used != n) fits = false;
        else if (d->table) {
            DictTable *t = d->table;
            for (int64_t k = 0; k < t->nentries; k++) {
                DictEntry *e = &t->entries[k];
                if (!e->key) continue;
                incref(SLOT_READ(e->key));
                incref(SLOT_READ(e->value));
                tmp[2 * got] = e->key;
                tmp[2 * got + 1] = e->value;
                got++;
            }
        }
        CRITICAL_END();
        if (!fits) { mem_free(tmp); continue; }
        Value list = list_new(got);
        for (int64_t k = 0; k < got; k++) {
            Value item;
            if (what == 0) { item = tmp[2 * k]; decref(tmp[2 * k + 1]); }
            else if (what == 1) { item = tmp[2 * k + 1]; decref(tmp[2 * k]); }
            else item = tuple_pack(2, tmp[2 * k], tmp[2 * k + 1]);
            if (list) {
                AS_LIST(list)->items[k] = item;
                AS_LIST(list)->len = k + 1;
            } else xdecref(item);
        }
        mem_free(tmp);
        return list;
    }
}
Value dict_items_snapshot(Dict *d) { return snapshot(d, 2); }
Value dict_keys_snapshot(Dict *d) { return snapshot(d, 0); }
static Value dict_values_snapshot(Dict *d) { return snapshot(d, 1); }

Value dict_copy(Dict *d) {
    Value items = dict_items_snapshot(d);
    if (!items) return V_NULL;
    Value r = dict_new();
    for (int64_t k = 0; r && k < AS_LIST(items)->len; k++) {
        Tuple *p = AS_TUPLE(AS_LIST(items)->items[k]);
        if (dict_set(AS_DICT(r), p->items[0], p->items[1]) < 0) { decref(r); r = V_NULL; }
    }
    decref(items);
    return r;
}

/* d.update(o) for a dict o whose keys all compare without Python code:
 * both locked, every entry copied in one step, as free-threaded CPython
 * does (no thread sees half an update).  false: not done (a key needs
 * Python code, or no memory), and d may hold some of o's entries already;
 * the caller goes on one key at a time. */
static bool update_locked(Dict *d, Dict *o) {
    bool done = true;
    Value *olds = NULL;
    int64_t nold = 0;
    KeyCands none;
    cands_init(&none);
    CRITICAL_BEGIN2(d, o);
    DictTable *t = o->table;
    int64_t n = t ? t->nentries : 0;
    olds = n ? malloc((size_t)n * sizeof(Value)) : NULL;
    if (n && !olds) done = false;
    seq_begin(d);
    for (int64_t k = 0; done && k < n; k++) {
        DictEntry *e = &o->table->entries[k];
        if (!e->key) continue;
        int64_t ix, slot;
        int r = obj_simple_key(e->key) ? probe(d, e->key, e->hash, true, &none, &ix, &slot) : P_PYTHON;
        if (r == P_FOUND) {
            DictEntry *de = &d->table->entries[ix];
            incref(e->value);
            olds[nold++] = de->value;
            STORE_RELEASE(&de->stable, 0);
            STORE_RELEASE(&de->value, e->value);
            STORE_RELEASE(&de->stable, (uint64_t)stable_value(e->value));
        } else if (r == P_ABSENT) {
            incref(e->key);
            incref(e->value);
            if (!insert_new(d, e->key, e->value, e->hash, slot)) {
                decref(e->key); /* not stolen; o still holds both */
                decref(e->value);
                done = false;
            }
        } else done = false;
    }
    seq_end(d);
    CRITICAL_END2();
    for (int64_t k = 0; k < nold; k++) xdecref(olds[k]);
    free(olds);
    return done;
}

int dict_update(Dict *d, Value other) {
    if (IS_DICT(other) && (AS_DICT(other) == d || update_locked(d, AS_DICT(other)))) return 0;
    if (IS_DICT(other)) {
        Value items = dict_items_snapshot(AS_DICT(other));
        if (!items) return -1;
        for (int64_t k = 0; k < AS_LIST(items)->len; k++) {
            Tuple *p = AS_TUPLE(AS_LIST(items)->items[k]);
            if (dict_set(d, p->items[0], p->items[1]) < 0) { decref(items); return -1; }
        }
        decref(items);
        return 0;
    }
    bool found;
    Value keys = call_method_opt(other, N.keys, NULL, 0, &found);
    if (found) {
        if (!keys) return -1;
        Value it = obj_iter(keys);
        decref(keys);
        if (!it) return -1;
        Value k;
        while ((k = obj_next(it))) {
            Value v = obj_getitem(other, k);
            int r = v ? dict_set(d, k, v) : -1;
            decref(k);
            xdecref(v);
            if (r < 0) { decref(it); return -1; }
        }
        decref(it);
        return err_occurred() ? -1 : 0;
    }
    Value snap = container_snapshot(other); /* dict(d.items()): one step */
    if (!snap && err_occurred()) return -1;
    Value it = obj_iter(snap ? snap : other);
    xdecref(snap);
    if (!it) return -1;
    Value item;
    int64_t idx = 0;
    while ((item = obj_next(it))) {
        Value seq = seq_to_tuple(item);
        if (!seq) {
            decref(item);
            decref(it);
            err_clear();
            err_format(&Exc_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                       (long long)idx);
            return -1;
        }
        decref(item);
        if (AS_TUPLE(seq)->len != 2) {
            err_format(&Exc_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                       (long long)idx, (long long)AS_TUPLE(seq)->len);
            decref(seq);
            decref(it);
            return -1;
        }
        int r = dict_set(d, AS_TUPLE(seq)->items[0], AS_TUPLE(seq)->items[1]);
        decref(seq);
        if (r < 0) { decref(it); return -1; }
        idx++;
    }
    decref(it);
    return err_occurred() ? -1 : 0;
}

/* f(**other): merge into the call's keyword dict. */
int dict_merge_kwargs(Dict *d, Value other, bool err_on_dup, Value callee) {
    if (!IS_DICT(other)) {
        bool found;
        Value keys = call_method_opt(other, N.keys, NULL, 0, &found);
        if (!found) {
            Value desc = callee ? callable_desc(callee) : V_NULL;
            if (desc) {
                err_format(&Exc_TypeError, "%s argument after ** must be a mapping, not %s", AS_STR(desc)->data, type_name(other));
                decref(desc);
            } else if (!err_occurred()) err_format(&Exc_TypeError, "argument after ** must be a mapping, not %s", type_name(other));
            return -1;
        }
        xdecref(keys);
        Value tmp = dict_new();
        if (!tmp || dict_update(AS_DICT(tmp), other) < 0) { xdecref(tmp); return -1; }
        int r = dict_merge_kwargs(d, tmp, err_on_dup, callee);
        decref(tmp);
        return r;
    }
    Value items = dict_items_snapshot(AS_DICT(other));
    if (!items) return -1;
    for (int64_t k = 0; k < AS_LIST(items)->len; k++) {
        Tuple *p = AS_TUPLE(AS_LIST(items)->items[k]);
        if (!IS_STR(p->items[0])) {
            decref(items);
            err_set_str(&Exc_TypeError, "keywords must be strings");
            return -1;
        }
        if (err_on_dup) {
            Value have = dict_get(d, p->items[0]);
            if (have) {
                decref(have);
                Value desc = callee ? callable_desc(callee) : V_NULL; /* "__main__.f()" */
                if (desc) {
                    err_format(&Exc_TypeError, "%s got multiple values for keyword argument '%s'", AS_STR(desc)->data,
                               AS_STR(p->items[0])->data);
                    decref(desc);
                } else if (!err_occurred())
                    err_format(&Exc_TypeError, "function got multiple values for keyword argument '%s'", AS_STR(p->items[0])->data);
                decref(items);
                return -1;
            }
        }
        incref(p->items[0]); /* str_intern takes over a reference */
        Str *name = str_intern(AS_STR(p->items[0]));
        int r = dict_set(d, OBJ_VAL(name), p->items[1]);
        decref(OBJ_VAL(name));
        if (r < 0) { decref(items); return -1; }
    }
    decref(items);
    return 0;
}

/* Finalization of an immortal dict: its entries are already cleared. */
void dict_free_tables(Dict *d) {
    table_free(d->table);
    d->table = NULL;
}

/* ---- slots ------------------------------------------------------------------ */
static void dict_dealloc(Obj *o) {
    Dict *d = (Dict *)o;
    DictTable *t = d->table;
    if (t) {
        for (int64_t k = 0; k < t->nentries; k++) {
            if (t->entries[k].key) {
                decref(t->entries[k].key);
                decref(t->entries[k].value);
            }
        }
        table_free(t);
    }
    obj_free(o);
}

static Value dict_repr(Value v) {
    Dict *d = AS_DICT(v);
    if (dict_len(d) == 0) return str_from_c("{}");
    if (c_recursion_enter(" while getting the repr of an object") < 0) return V_NULL;
    if (!repr_enter(v)) { c_recursion_leave(); return str_from_c("{...}"); }
    Value items = dict_items_snapshot(d);
    SBuf b;
    sb_init(&b);
    sb_addc(&b, '{');
    bool ok = items != V_NULL;
    for (int64_t k = 0; ok && k < AS_LIST(items)->len; k++) {
        Tuple *p = AS_TUPLE(AS_LIST(items)->items[k]);
        if (k) sb_adds(&b, ", ");
        Value r = obj_repr(p->items[0]);
        if (!r) { ok = false; break; }
        sb_add_str(&b, AS_STR(r));
        decref(r);
        sb_adds(&b, ": ");
        r = obj_repr(p->items[1]);
        if (!r) { ok = false; break; }
        sb_add_str(&b, AS_STR(r));
        decref(r);
    }
    xdecref(items);
    repr_leave(v);
    c_recursion_leave();
    if (!ok) { sb_free(&b); return V_NULL; }
    sb_addc(&b, '}');
    return sb_finish(&b);
}

static Value key_error(Value key) {
    incref(key);
    return err_set_value(&Exc_KeyError, key);
}

static Value dict_getitem(Value v, Value key) {
    Value r = dict_get(AS_DICT(v), key);
    if (!r && !err_occurred()) return key_error(key);
    return r;
}

static int dict_setitem(Value v, Value key, Value val) {
    if (val) return dict_set(AS_DICT(v), key, val);
    int r = dict_del(AS_DICT(v), key);
    if (r == 0) { key_error(key); return -1; }
    return r < 0 ? -1 : 0;
}

static int dict_contains(Value v, Value key) {
    Value r = dict_get(AS_DICT(v), key);
    if (r) { decref(r); return 1; }
    return err_occurred() ? -1 : 0;
}

static int64_t dict_len_slot(Value v) { return dict_len(AS_DICT(v)); }
static bool dict_truth(Value v, int *err) { (void)err; return dict_len(AS_DICT(v)) != 0; }

static Value dict_richcmp(Value a, Value b, int op) {
    if (!IS_DICT(b) || (op != CMP_EQ && op != CMP_NE)) return V_NOTIMPL;
    Dict *da = AS_DICT(a), *db = AS_DICT(b);
    bool eq = true;
    if (dict_len(da) != dict_len(db)) eq = false;
    else {
        Value items = dict_items_snapshot(da);
        if (!items) return V_NULL;
        for (int64_t k = 0; eq && k < AS_LIST(items)->len; k++) {
            Tuple *p = AS_TUPLE(AS_LIST(items)->items[k]);
            Value ov = dict_get(db, p->items[0]);
            if (!ov) {
                if (err_occurred()) { decref(items); return V_NULL; }
                eq = false;
                break;
            }
            int r = ov == p->items[1] ? 1 : obj_eq(p->items[1], ov);
            decref(ov);
            if (r < 0) { decref(items); return V_NULL; }
            if (!r) eq = false;
        }
        decref(items);
    }
    return MK_BOOL(op == CMP_EQ ? eq : !eq);
}

/* Iterators over keys, values or items.  Position and the size check are
 * guarded by the dict's lock. */
typedef struct {
    Obj ob;
    Dict *d;
    int64_t pos;
    int64_t used;  /* size when iteration began: a change raises RuntimeError */
    int kind;      /* 0 keys, 1 values, 2 items */
} DictIter;

static Value dictiter_new(Dict *d, int kind) {
    DictIter *it = (DictIter *)obj_new(&DictIterType, sizeof(DictIter));
    if (!it) return V_NULL;
    incref(OBJ_VAL(d));
    it->d = d;
    it->pos = 0;
    it->used = dict_len(d);
    it->kind = kind;
    return OBJ_VAL(it);
}

static Value dictiter_next(Value v) {
    DictIter *it = (DictIter *)AS_OBJ(v);
    Dict *d = it->d;
    Value k = V_NULL, val = V_NULL;
    int changed = 0;
    CRITICAL_BEGIN(d);
    if (it->used >= 0) {
        if (d->used != it->used) {
            changed = 1;
            it->used = -1;
        } else if (d->table) {
            DictTable *t = d->table;
            while (it->pos < t->nentries) {
                DictEntry *e = &t->entries[it->pos++];
                if (e->key) {
                    k = SLOT_READ(e->key);
                    val = SLOT_READ(e->value);
                    incref(k);
                    incref(val);
                    break;
                }
            }
        }
    }
    CRITICAL_END();
    if (changed) return err_set_str(&Exc_RuntimeError, "dictionary changed size during iteration");
    if (!k) return V_NULL;
    if (it->kind == 0) { decref(val); return k; }
    if (it->kind == 1) { decref(k); return val; }
    return tuple_pack(2, k, val);
}

static void dictiter_dealloc(Obj *o) { decref(OBJ_VAL(((DictIter *)o)->d)); obj_free(o); }
static Value dict_iter(Value v) { return dictiter_new(AS_DICT(v), 0); }

/* Views: dict_keys, dict_values, dict_items. */
typedef struct { Obj ob; Dict *d; } DictView;
static Value view_new(Dict *d, Type *t) {
    DictView *w = (DictView *)obj_new(t, sizeof(DictView));
    if (!w) return V_NULL;
    incref(OBJ_VAL(d));
    w->d = d;
    return OBJ_VAL(w);
}
static void view_dealloc(Obj *o) { decref(OBJ_VAL(((DictView *)o)->d)); obj_free(o); }
static int view_kind(Value v) {
    Type *t = TYPE(v);
    return t == &DictKeysType ? 0 : t == &DictValuesType ? 1 : 2;
}
Value container_snapshot(Value v) {
    Type *t = TYPE(v);
    if (t == &DictType) return snapshot(AS_DICT(v), 0);
    if (t == &DictKeysType || t == &DictValuesType || t == &DictItemsType)
        return snapshot(((DictView *)AS_OBJ(v))->d, view_kind(v));
    if (t == &SetType || t == &FrozenSetType) return set_keys_snapshot(v);
    return V_NULL;
}
static Value view_iter(Value v) { return dictiter_new(((DictView *)AS_OBJ(v))->d, view_kind(v)); }
static int64_t view_len(Value v) { return dict_len(((DictView *)AS_OBJ(v))->d); }
Value seq_repr(Value *items, int64_t n, const char *open, const char *close, bool one_comma);
static Value view_repr(Value v) {
    int kind = view_kind(v);
    Value l = snapshot(((DictView *)AS_OBJ(v))->d, kind);
    if (!l) return V_NULL;
    const char *open = kind == 0 ? "dict_keys([" : kind == 1 ? "dict_values([" : "dict_items([";
    Value r = seq_repr(AS_LIST(l)->items, AS_LIST(l)->len, open, "])", false);
    decref(l);
    return r;
}
static int view_contains(Value v, Value x) {
    Dict *d = ((DictView *)AS_OBJ(v))->d;
    int kind = view_kind(v);
    if (kind == 0) return dict_contains(OBJ_VAL(d), x);
    if (kind == 2) {
        if (!IS_TUPLE(x) || AS_TUPLE(x)->len != 2) return 0;
        Value have = dict_get(d, AS_TUPLE(x)->items[0]);
        if (!have) return err_occurred() ? -1 : 0;
        int r = obj_eq(have, AS_TUPLE(x)->items[1]);
        decref(have);
        return r;
    }
    Value l = dict_values_snapshot(d);
    if (!l) return -1;
    int r = 0;
    for (int64_t k = 0; k < AS_LIST(l)->len && r == 0; k++) r = obj_eq(AS_LIST(l)->items[k], x);
    decref(l);
    return r;
}
/* keys and items views behave as sets: compared with sets and views, and
 * combined with any iterable by & | - ^ (the result is a set) */
static bool view_setlike(Value v) { return IS_TYPE(v, DictKeysType) || IS_TYPE(v, DictItemsType); }
static Value set_of(Value iterable) {
    Value s = set_new();
    if (s && set_update(s, iterable) < 0) { decref(s); return V_NULL; }
    return s;
}
static Value view_richcmp(Value a, Value b, int op) {
    if (!view_setlike(a) || !(IS_ANYSET(b) || view_setlike(b))) return V_NOTIMPL;
    Value sa = set_of(a), sb = sa ? set_of(b) : V_NULL;
    Value r = sa && sb ? obj_richcmp(sa, sb, op) : V_NULL;
    xdecref(sa);
    xdecref(sb);
    return r;
}
static Value view_setop(Value left, Value right, int op) {
    Value sa = set_of(left);
    if (!sa) return V_NULL;
    Value sb = set_of(right);
    if (!sb) { decref(sa); return V_NULL; }
    Value r = obj_binop(op, sa, sb);
    decref(sa);
    decref(sb);
    return r;
}
#define VIEW_OP(fn, rfn, op) \
    static Value fn(Value *a, int n, Dict *kw) { (void)n; (void)kw; return view_setop(a[0], a[1], op); } \
    static Value rfn(Value *a, int n, Dict *kw) { (void)n; (void)kw; return view_setop(a[1], a[0], op); }
VIEW_OP(view_and, view_rand, BOP_AND)
VIEW_OP(view_or, view_ror, BOP_OR)
VIEW_OP(view_sub, view_rsub, BOP_SUB)
VIEW_OP(view_xor, view_rxor, BOP_XOR)
static Value view_isdisjoint(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Value it = obj_iter(a[1]);
    if (!it) return V_NULL;
    Value x, r = V_TRUE;
    while ((x = obj_next(it)) != V_NULL) {
        int c = view_contains(a[0], x);
        decref(x);
        if (c != 0) { r = c < 0 ? V_NULL : V_FALSE; break; }
    }
    decref(it);
    if (r == V_TRUE && err_occurred()) return V_NULL;
    return r;
}

/* ---- methods ------------------------------------------------------------------ */
#define SELFD AS_DICT(a[0])
static Value d_get(Value *a, int n, Dict *kw) {
    (void)kw;
    Value r = dict_get(SELFD, a[1]);
    if (r || err_occurred()) return r;
    Value dflt = n > 2 ? a[2] : V_NONE;
    incref(dflt);
    return dflt;
}
static Value d_keys(Value *a, int n, Dict *kw) { (void)n; (void)kw; return view_new(SELFD, &DictKeysType); }
static Value d_values(Value *a, int n, Dict *kw) { (void)n; (void)kw; return view_new(SELFD, &DictValuesType); }
static Value d_items(Value *a, int n, Dict *kw) { (void)n; (void)kw; return view_new(SELFD, &DictItemsType); }
static Value d_pop(Value *a, int n, Dict *kw) {
    (void)kw;
    int64_t h = obj_hash(a[1]);
    if (h == -1 && err_occurred()) return V_NULL;
    Value v;
    int r = dict_del_hashed(SELFD, a[1], h, &v);
    if (r < 0) return V_NULL;
    if (r == 1) return v;
    if (n > 2) { incref(a[2]); return a[2]; }
    return key_error(a[1]);
}
static Value d_popitem(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    Dict *d = SELFD;
    for (;;) {
        Value k = V_NULL;
        int64_t h = 0;
        CRITICAL_BEGIN(d);
        DictTable *t = d->table;
        if (t)
            for (int64_t i = t->nentries - 1; i >= 0; i--)
                if (t->entries[i].key) { k = t->entries[i].key; h = t->entries[i].hash; incref(k); break; }
        CRITICAL_END();
        if (!k) return err_set_str(&Exc_KeyError, "popitem(): dictionary is empty");
        Value v;
        int r = dict_del_hashed(d, k, h, &v); /* the stored hash: no __hash__ runs */
        if (r < 0) { decref(k); return V_NULL; }
        if (r == 1) return tuple_pack(2, k, v);
        decref(k);
    }
}
static Value d_setdefault(Value *a, int n, Dict *kw) {
    (void)kw;
    Dict *d = SELFD;
    Value dflt = n > 2 ? a[2] : V_NONE;
    int64_t h = obj_hash(a[1]);
    if (h == -1 && err_occurred()) return V_NULL;
    if (!obj_simple_key(a[1])) {
        Value r = dict_get_hashed(d, a[1], h);
        if (r || err_occurred()) return r;
        if (dict_set_hashed(d, a[1], h, dflt) < 0) return V_NULL;
        incref(dflt);
        return dflt;
    }
    /* atomic for simple keys: look up and insert in one critical section */
    Value r = V_NULL;
    bool ok = true;
    int64_t ix, slot;
    incref(a[1]);
    incref(dflt);
    Value k = a[1], v = dflt;
    KeyCands none;
    cands_init(&none);
    CRITICAL_BEGIN(d);
    int p = probe(d, k, h, true, &none, &ix, &slot);
    if (p == P_FOUND) {
        r = d->table->entries[ix].value;
        incref(r);
    } else {
        seq_begin(d);
        ok = insert_new(d, k, v, h, slot);
        seq_end(d);
        if (ok) { r = v; incref(r); k = v = V_NULL; }
    }
    CRITICAL_END();
    xdecref(k);
    xdecref(v);
    if (!ok) return err_no_memory();
    return r;
}
/* d.setdefault(k, dflt) from C: the value now at k (new reference) */
Value dict_setdefault(Dict *d, Value k, Value dflt) {
    Value a[3] = {OBJ_VAL(d), k, dflt};
    return d_setdefault(a, 3, NULL);
}
static Value d_update(Value *a, int n, Dict *kw) {
    if (n > 1 && dict_update(SELFD, a[1]) < 0) return V_NULL;
    if (kw && dict_update(SELFD, OBJ_VAL(kw)) < 0) return V_NULL;
    return V_NONE;
}
static Value d_copy(Value *a, int n, Dict *kw) { (void)n; (void)kw; return dict_copy(SELFD); }
static Value d_clear(Value *a, int n, Dict *kw) { (void)n; (void)kw; dict_clear(SELFD); return V_NONE; }
static Value d_fromkeys(Value *a, int n, Dict *kw) {
    (void)kw;
    /* called as dict.fromkeys(iterable[, value]): a[0] is the iterable */
    Value d = dict_new();
    Value v = n > 1 ? a[1] : V_NONE;
    Value it = d ? obj_iter(a[0]) : V_NULL;
    if (!it) { xdecref(d); return V_NULL; }
    Value k;
    while ((k = obj_next(it))) {
        int r = dict_set(AS_DICT(d), k, v);
        decref(k);
        if (r < 0) { decref(it); decref(d); return V_NULL; }
    }
    decref(it);
    if (err_occurred()) { decref(d); return V_NULL; }
    return d;
}

static Value dict_or(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (!IS_DICT(a[1])) return V_NOTIMPL;
    Value r = dict_copy(SELFD);
    if (r && dict_update(AS_DICT(r), a[1]) < 0) { decref(r); return V_NULL; }
    return r;
}
static Value dict_ior(Value *a, int n, Dict *kw) {
    (void)n; (void)kw;
    if (dict_update(SELFD, a[1]) < 0) return V_NULL;
    incref(a[0]);
    return a[0];
}

static Value dict_newobj(Type *t, Value *args, int nargs, Dict *kw) {
    (void)t;
    if (nargs > 1) return err_format(&Exc_TypeError, "dict expected at most 1 argument, got %d", nargs);
    Value d = dict_new();
    if (!d) return V_NULL;
    if (nargs == 1 && dict_update(AS_DICT(d), args[0]) < 0) { decref(d); return V_NULL; }
    if (kw && dict_update(AS_DICT(d), OBJ_VAL(kw)) < 0) { decref(d); return V_NULL; }
    return d;
}

void dict_init_type(void) {
    Type *t = &DictType;
    t->dealloc = dict_dealloc;
    t->repr = dict_repr;
    t->richcmp = dict_richcmp;
    t->len = dict_len_slot;
    t->getitem = dict_getitem;
    t->setitem = dict_setitem;
    t->contains = dict_contains;
    t->iter = dict_iter;
    t->truth = dict_truth;
    t->newobj = dict_newobj;
    DictIterType.dealloc = dictiter_dealloc;
    DictIterType.next = dictiter_next;
    DictIterType.flags = TF_ITER_SELF;
    Type *views[] = {&DictKeysType, &DictValuesType, &DictItemsType};
    for (int i = 0; i < 3; i++) {
        views[i]->dealloc = view_dealloc;
        views[i]->iter = view_iter;
        views[i]->len = view_len;
        views[i]->repr = view_repr;
        views[i]->contains = view_contains;
        views[i]->richcmp = view_richcmp;
    }
}

void dict_init_methods(void) {
    type_ready(&DictType, "dict", &ObjectType);
    type_ready(&DictIterType, "dict_keyiterator", &ObjectType);
    type_ready(&DictKeysType, "dict_keys", &ObjectType);
    type_ready(&DictValuesType, "dict_values", &ObjectType);
    type_ready(&DictItemsType, "dict_items", &ObjectType);
    Type *setlike[] = {&DictKeysType, &DictItemsType};
    for (int i = 0; i < 2; i++) {
        struct { const char *n; NativeFn f; } ops[] = {
            {"__and__", view_and}, {"__rand__", view_rand}, {"__or__", view_or}, {"__ror__", view_ror},
            {"__sub__", view_sub}, {"__rsub__", view_rsub}, {"__xor__", view_xor}, {"__rxor__", view_rxor},
            {"isdisjoint", view_isdisjoint},
        };
        for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) type_add_method(setlike[i], ops[k].n, ops[k].f, 2, 2, false);
    }
    Type *t = &DictType;
    type_add_method(t, "get", d_get, 2, 3, false);
    type_add_method(t, "keys", d_keys, 1, 1, false);
    type_add_method(t, "values", d_values, 1, 1, false);
    type_add_method(t, "items", d_items, 1, 1, false);
    type_add_method(t, "pop", d_pop, 2, 3, false);
    type_add_method(t, "popitem", d_popitem, 1, 1, false);
    type_add_method(t, "setdefault", d_setdefault, 2, 3, false);
    type_add_method(t, "update", d_update, 1, 2, true);
    type_add_method(t, "copy", d_copy, 1, 1, false);
    type_add_method(t, "clear", d_clear, 1, 1, false);
    type_add_method(t, "__or__", dict_or, 2, 2, false);
    type_add_method(t, "__ior__", dict_ior, 2, 2, false);
    Value fk = native_new("fromkeys", d_fromkeys, 1, 2, false, V_NULL);
    Value sm = V_NULL;
    if (fk) {
        Wrapper *w = (Wrapper *)obj_new(&StaticMethodType, sizeof(Wrapper));
        w->func = fk;
        sm = OBJ_VAL(w);
    }
    type_add_value(t, "fromkeys", sm);
}
