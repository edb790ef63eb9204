/* atomics.h - the few memory-order helpers shared/ uses.
 *
 * Fields that one thread may read while another writes (the dict tables read
 * without a lock, the range-iterator index, generator flags) are plain C
 * fields accessed only through these macros.  With __ATOMIC_RELAXED they
 * compile to ordinary loads and stores on x86-64, so the locked build pays
 * nothing, while ThreadSanitizer sees a well-defined atomic access in the
 * free-threaded one.  Refcounts and object locks are not here: they belong
 * to the policy (interp-gil/policy.h, interp-nogil/policy.h). */
#ifndef TWINPY_ATOMICS_H
#define TWINPY_ATOMICS_H

#define LOAD_RELAXED(p)     __atomic_load_n((p), __ATOMIC_RELAXED)
#define LOAD_ACQUIRE(p)     __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define STORE_RELAXED(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)
#define STORE_RELEASE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define CAS_ACQ_REL(p, expp, v) \
    __atomic_compare_exchange_n((p), (expp), (v), 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)
#define FENCE_ACQUIRE()     __atomic_thread_fence(__ATOMIC_ACQUIRE)
#define FENCE_RELEASE()     __atomic_thread_fence(__ATOMIC_RELEASE)

#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

#endif
