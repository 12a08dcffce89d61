package timex

import (
	"testing"
	"time"

	"github.com/parleyhq/parley"
)

// TestAppendDay checks appendDay against time.Format, including the years it leaves to
// time.Format.
func TestAppendDay(t *testing.T) {
	for _, y := range []int{-1, 0, 7, 99, 999, 1000, 2024, 9999, 10000} {
		d := day(y, 3, 4)
		if got, want := string(appendDay(nil, d)), d.Format(dayLayout); got != want {
			t.Errorf("appendDay(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestAppendValue(t *testing.T) {
	withClock := dayPeriod(day(2024, 12, 19))
	withClock.clock = "10:35"
	withPod := dayPeriod(day(2024, 12, 19))
	withPod.pod = "EV"
	weekend := weekPeriod(day(2024, 12, 19))
	weekend.weekend = true
	half := yearPeriod(2024)
	half.half = 2
	tests := []struct {
		p    period
		want string
	}{
		{dayPeriod(day(2024, 12, 19)), "2024-12-19"},
		{withClock, "2024-12-19T10:35"},
		{withPod, "2024-12-19TEV"},
		{weekPeriod(day(2024, 1, 3)), "2024-W01"},
		{weekend, "2024-W51-WE"},
		{weekPeriod(day(2021, 1, 1)), "2020-W53"},
		{monthPeriod(2024, 3), "2024-03"},
		{monthPeriod(2024, 11), "2024-11"},
		{quarterPeriod(2024, 2), "2024-Q2"},
		{seasonPeriod(2024, 1), "2024-SU"},
		{yearPeriod(1998), "1998"},
		{half, "2024-H2"},
		{decadePeriod(1994), "199"},
		{centuryPeriod(1900), "19"},
		{period{gran: parley.Vague}, ""},
	}
	for _, tt := range tests {
		if got := string(tt.p.appendValue([]byte("x"))); got != "x"+tt.want {
			t.Errorf("appendValue(%s %v) = %q, want %q", tt.p.gran, tt.p.t.Format(time.DateOnly), got, "x"+tt.want)
		}
	}
}
