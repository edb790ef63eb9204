/* objlock.c - the slow paths of the per-object lock (see policy.h).
 *
 * The lock word: 0 free, 1 held, 2 held and someone may be sleeping on it.
 * Taking it spins briefly (critical sections are a few dozen instructions),
 * then marks it contended and sleeps in the kernel (futex) until woken. */
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "runtime.h"
#include "nogil_instr.h"

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

static void futex_wait(uint32_t *w, uint32_t val) {
    syscall(SYS_futex, w, FUTEX_WAIT_PRIVATE, val, NULL, NULL, 0);
}
static void futex_wake(uint32_t *w, int n) {
    syscall(SYS_futex, w, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
}

/* With the instruments on, the wait is timed and its spins and sleeps
 * counted (nogil_instr.c); off, that costs the one test of INSTR_ON(). */
void pol_lock_slow(uint32_t *w) {
    uint64_t t0 = INSTR_ON() ? instr_now() : 0;
    uint32_t spins = 0, sleeps = 0;
    for (int i = 0; i < 64; i++) {
        uint32_t expect = 0;
        if (LOAD_RELAXED(w) == 0 &&
            __atomic_compare_exchange_n(w, &expect, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            goto taken;
        cpu_relax();
        spins++;
    }
    while (__atomic_exchange_n(w, 2, __ATOMIC_ACQUIRE) != 0) {
        futex_wait(w, 2);
        sleeps++;
    }
taken:
    if (INSTR_ON()) nogil_instr_lock(w, t0, spins, sleeps);
}

void pol_unlock_slow(uint32_t *w) { futex_wake(w, 1); }
