package leaks

import (
	"context"
	"errors"
)

// worker stands in for the page's worker: it runs until its context is cancelled.
func worker(ctx context.Context, id int) { <-ctx.Done() }

// failing is a job that fails at once.
func failing() error { return errors.New("job failed") }
