// The SPSC ring of the memory-model chapter, as Go source text: the ONE copy that both the
// chapter page and the simulator show (content imports RING_SOURCE; the engine derives its
// variants from it by exact line edits in source.ts, and maps each step to a line of it).
// Edit the ring here and nowhere else; test/unit/spsc/source.test.ts keeps the edits valid.

/** Where events of the ring's own methods point (not a file of the Go tree). */
export const RING_FILE = 'spsc/ring.go';

/** Import path of the package in the chapter's instructions (`go mod init example.com/spsc`). */
export const RING_PACKAGE = 'example.com/spsc';

export const RING_SOURCE = `// Package spsc is a bounded single-producer, single-consumer ring buffer.
//
// Exactly one goroutine may call TryPush and exactly one goroutine may call
// TryPop. Any other use is a data race.
package spsc

import "sync/atomic"

// cacheLine is the padding unit. 128 covers 64-byte lines (amd64) and
// 128-byte lines (Apple M-series arm64, ppc64); s390x uses 256.
const cacheLine = 128

type Ring[T any] struct {
	buf  []T    // read-only after New
	mask uint64 // len(buf)-1; len(buf) is a power of two

	_ [cacheLine]byte

	// Consumer-owned: only TryPop writes these.
	head       atomic.Uint64 // next index to read; monotonically increasing
	cachedTail uint64        // consumer's last observed value of tail

	_ [cacheLine]byte

	// Producer-owned: only TryPush writes these.
	tail       atomic.Uint64 // next index to write; monotonically increasing
	cachedHead uint64        // producer's last observed value of head

	_ [cacheLine]byte
}

// New returns a ring that holds capacity elements. capacity must be a
// power of two.
func New[T any](capacity int) *Ring[T] {
	if capacity <= 0 || capacity&(capacity-1) != 0 {
		panic("spsc: capacity must be a power of two")
	}
	return &Ring[T]{buf: make([]T, capacity), mask: uint64(capacity - 1)}
}

// TryPush adds v and reports whether there was room. Producer only.
func (r *Ring[T]) TryPush(v T) bool {
	t := r.tail.Load()
	if t-r.cachedHead == uint64(len(r.buf)) { // full by our cached view
		r.cachedHead = r.head.Load() // refresh: touches the consumer's line
		if t-r.cachedHead == uint64(len(r.buf)) {
			return false
		}
	}
	r.buf[t&r.mask] = v // plain write to a slot the consumer is not reading
	r.tail.Store(t + 1) // publish: the write above happens before any load that sees t+1
	return true
}

// TryPop removes the oldest element and reports whether there was one.
// Consumer only.
func (r *Ring[T]) TryPop() (T, bool) {
	var zero T
	h := r.head.Load()
	if h == r.cachedTail { // empty by our cached view
		r.cachedTail = r.tail.Load() // refresh: touches the producer's line
		if h == r.cachedTail {
			return zero, false
		}
	}
	v := r.buf[h&r.mask]
	r.buf[h&r.mask] = zero // drop the reference so the GC can free it
	r.head.Store(h + 1)    // hand the slot back to the producer
	return v, true
}

// Cap returns the capacity.
func (r *Ring[T]) Cap() int { return len(r.buf) }
`;
