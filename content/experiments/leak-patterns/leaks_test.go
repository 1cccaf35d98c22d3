package leaks

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// settled returns the goroutine count once goroutines that are about to exit have done so.
func settled() int {
	for i := 0; i < 5; i++ {
		runtime.Gosched()
		time.Sleep(10 * time.Millisecond)
	}
	return runtime.NumGoroutine()
}

// leaked runs f and returns how many goroutines it left behind.
func leaked(f func()) int {
	before := settled()
	f()
	return settled() - before
}

func check(t *testing.T, name string, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("%s left %d goroutines, want %d", name, got, want)
	}
}

func TestPattern1FirstErr(t *testing.T) {
	jobs := []func() error{failing, failing, failing}
	check(t, "FirstErrLeaky", leaked(func() { _ = FirstErrLeaky(jobs) }), 2)
	check(t, "FirstErr", leaked(func() { _ = FirstErr(jobs) }), 0)
}

func TestPattern2Poll(t *testing.T) {
	check(t, "PollLeaky", leaked(func() { PollLeaky(func() {}) }), 1)
	check(t, "Poll", leaked(func() {
		ctx, cancel := context.WithCancel(context.Background())
		Poll(ctx, func() {})
		cancel()
	}), 0)
}

func TestPattern3Workers(t *testing.T) {
	check(t, "startWorkersLeaky", leaked(func() { startWorkersLeaky(context.Background()) }), 4)
	check(t, "startWorkers", leaked(func() {
		stop := startWorkers(context.Background())
		stop()
	}), 0)
}

// drain3 reads three values the way a caller would: with a range loop, in its own goroutine.
func drain3(ch <-chan int) {
	go func() {
		for range ch {
		}
	}()
}

func TestPattern4Squares(t *testing.T) {
	check(t, "SquaresLeaky", leaked(func() { drain3(SquaresLeaky([]int{1, 2, 3})) }), 1)
	check(t, "Squares", leaked(func() { drain3(Squares([]int{1, 2, 3})) }), 0)
}

func TestPattern5Counter(t *testing.T) {
	take3 := func(ch <-chan int) {
		for i := 0; i < 3; i++ {
			<-ch
		}
	}
	check(t, "CounterLeaky", leaked(func() {
		ctx, cancel := context.WithCancel(context.Background())
		take3(CounterLeaky(ctx))
		cancel()
	}), 1)
	check(t, "Counter", leaked(func() {
		ctx, cancel := context.WithCancel(context.Background())
		take3(Counter(ctx))
		cancel()
	}), 0)
}
