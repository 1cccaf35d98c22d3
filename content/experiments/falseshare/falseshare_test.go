package falseshare

import (
	"sync"
	"sync/atomic"
	"testing"
)

// Two counters in the same 64-byte block: each write by one core
// invalidates the other core's copy of the line.
type adjacent struct {
	a atomic.Uint64
	b atomic.Uint64
}

// The same counters, 128 bytes apart.
type padded struct {
	a atomic.Uint64
	_ [120]byte
	b atomic.Uint64
}

// run has one goroutine add to a and another add to b, b.N times each.
func run(b *testing.B, a, c *atomic.Uint64) {
	var wg sync.WaitGroup
	wg.Add(2)
	for _, ctr := range []*atomic.Uint64{a, c} {
		go func(ctr *atomic.Uint64) {
			defer wg.Done()
			for i := 0; i < b.N; i++ {
				ctr.Add(1)
			}
		}(ctr)
	}
	wg.Wait()
}

func BenchmarkAdjacent(b *testing.B) {
	var s adjacent
	run(b, &s.a, &s.b)
}

func BenchmarkPadded(b *testing.B) {
	var s padded
	run(b, &s.a, &s.b)
}
