// Package leaks assembles the goroutine-leak patterns of the diagnostics chapter
// (/runtime/diagnostics/, "Goroutine leaks"). The functions below are copied from the
// page's snippets unchanged; helpers.go adds what the page leaves out.
package leaks

import (
	"context"
	"time"
)

// FirstErrLeaky returns the first error. The goroutines still running at
// that moment block forever on errc <- ..., because nobody receives.
func FirstErrLeaky(jobs []func() error) error {
	errc := make(chan error) // unbuffered
	for _, job := range jobs {
		go func(job func() error) { errc <- job() }(job)
	}
	for range jobs {
		if err := <-errc; err != nil {
			return err
		}
	}
	return nil
}

// FirstErr gives every sender a slot, so no send can block.
func FirstErr(jobs []func() error) error {
	errc := make(chan error, len(jobs))
	for _, job := range jobs {
		go func(job func() error) { errc <- job() }(job)
	}
	for range jobs {
		if err := <-errc; err != nil {
			return err
		}
	}
	return nil
}

// PollLeaky: the loop has no exit, so the goroutine and its ticker live as
// long as the process.
func PollLeaky(check func()) {
	go func() {
		t := time.NewTicker(time.Second)
		for range t.C {
			check()
		}
	}()
}

func Poll(ctx context.Context, check func()) {
	go func() {
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				check()
			}
		}
	}()
}

// startWorkersLeaky throws the cancel function away: nothing can ever stop
// the workers, and the context stays registered with its parent.
func startWorkersLeaky(parent context.Context) {
	ctx, _ := context.WithCancel(parent)
	for i := 0; i < 4; i++ {
		go worker(ctx, i) // worker returns when <-ctx.Done() fires
	}
}

// startWorkers hands the stop switch to the caller.
func startWorkers(parent context.Context) (stop func()) {
	ctx, cancel := context.WithCancel(parent)
	for i := 0; i < 4; i++ {
		go worker(ctx, i)
	}
	return cancel
}

// SquaresLeaky forgets close(out): the caller's "for v := range" loop never
// ends, and neither does the goroutine running it.
func SquaresLeaky(nums []int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n * n
		}
	}()
	return out
}

func Squares(nums []int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out) // ends the receiver's range loop
		for _, n := range nums {
			out <- n * n
		}
	}()
	return out
}

func CounterLeaky(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case out <- i: // no ctx.Done() case: once the reader stops, this blocks forever
			}
		}
	}()
	return out
}

func Counter(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}
