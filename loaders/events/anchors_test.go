package events

import (
	"testing"

	"github.com/parleyhq/parley"
)

func TestShiftDate(t *testing.T) {
	tests := []struct {
		d          parley.DateRange
		n          int
		unit       string
		start, end string
		ok         bool
	}{
		{parley.DateRange{Start: "2013-11-01", End: "2013-11-30", Granularity: parley.Month}, -2, "months", "2013-09-01", "2013-09-30", true},
		{parley.DateRange{Start: "2013-01-01", End: "2013-01-31", Granularity: parley.Month}, -2, "months", "2012-11-01", "2012-11-30", true},
		{parley.DateRange{Start: "2024-03-15", End: "2024-03-15", Granularity: parley.Day}, 3, "days", "2024-03-18", "2024-03-18", true},
		{parley.DateRange{Start: "2024-03-15", End: "2024-03-15", Granularity: parley.Day}, -1, "week", "2024-03-08", "2024-03-08", true},
		// Months from a single day are too loose to tell.
		{parley.DateRange{Start: "2024-03-15", End: "2024-03-15", Granularity: parley.Day}, -2, "months", "", "", false},
		{parley.DateRange{Start: "2024-03-15", End: "2024-03-15", Granularity: parley.Day}, 0, "", "2024-03-15", "2024-03-15", true},
	}
	for _, tt := range tests {
		got, ok := shiftDate(tt.d, tt.n, tt.unit)
		if ok != tt.ok || got.Start != tt.start || got.End != tt.end {
			t.Errorf("shiftDate(%v, %d, %q) = %s..%s %v, want %s..%s %v", tt.d, tt.n, tt.unit, got.Start, got.End, ok, tt.start, tt.end, tt.ok)
		}
	}
}
