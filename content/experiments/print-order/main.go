// Print-order experiment for the scheduler chapter (runtime/scheduler, "runnext").
// Same program as on the page; with the argument "gosched" it yields once after
// GOMAXPROCS(1), so main continues on a fresh time slice.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	if len(os.Args) > 1 && os.Args[1] == "gosched" {
		runtime.Gosched()
	}
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("goroutine", id)
		}(i)
	}
	wg.Wait() // main parks; the scheduler picks the next goroutine
}
