package main

import (
	"fmt"
	"runtime/debug"
)

// DefaultGCPercent is the garbage collector's target of `parley serve` and `parley bench
// serve`: the heap may grow to 1 + 400/100 = 5 times what is live before a collection.
// The server's live heap is mostly its long-lived read index (about 700 MB at 10M quads),
// which every collection marks again while requests allocate little, so Go's default of
// 100 spends a third of the CPU marking the same index (docs/performance.md).
const DefaultGCPercent = 400

// tuneGC sets the garbage collector's target to percent, unless the GOGC environment
// variable is set, which then wins as everywhere in Go. It returns the setting in force
// as GOGC spells it, or an error for a percent below 1.
func (m *Main) tuneGC(percent int) (string, error) {
	if env := m.Getenv("GOGC"); env != "" {
		return env, nil
	}
	if percent < 1 {
		return "", fmt.Errorf("--gc-percent %d must be at least 1", percent)
	}
	debug.SetGCPercent(percent)
	return fmt.Sprint(percent), nil
}
