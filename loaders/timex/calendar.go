package timex

import (
	"strconv"
	"time"

	"github.com/parleyhq/parley"
)

// period is a normalised calendar period: a day, week, month, quarter, season, year,
// decade or century, optionally with a part of day or a clock time.
type period struct {
	gran    parley.Granularity
	t       time.Time // the first day of the period (any day of it for Day)
	season  int       // for Season
	half    int       // 1 or 2 for a half year (gran Year)
	pod     string    // part-of-day code for a day: MO, AF, EV, NI
	clock   string    // HH:MM for a day
	weekend bool      // for Week: the weekend of that week
	from    time.Time // overrides the interval's first day when set
	to      time.Time // overrides the interval's last day when set
}

const dayLayout = "2006-01-02"

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// startOfWeek returns the Monday of t's ISO week.
func startOfWeek(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7 // Monday 0
	return t.AddDate(0, 0, -wd)
}

func dayPeriod(t time.Time) period  { return period{gran: parley.Day, t: t} }
func weekPeriod(t time.Time) period { return period{gran: parley.Week, t: startOfWeek(t)} }
func monthPeriod(y, m int) period   { return period{gran: parley.Month, t: day(y, m, 1)} }
func quarterPeriod(y, q int) period { return period{gran: parley.Quarter, t: day(y, 3*q-2, 1)} }
func yearPeriod(y int) period       { return period{gran: parley.Year, t: day(y, 1, 1)} }
func decadePeriod(y int) period     { return period{gran: parley.Decade, t: day(y-y%10, 1, 1)} }
func centuryPeriod(y int) period    { return period{gran: parley.Century, t: day(y-y%100, 1, 1)} }

// seasonPeriod returns season s (0 spring .. 3 winter) of year y; winter starts in December.
func seasonPeriod(y, s int) period {
	return period{gran: parley.Season, t: day(y, 3+3*s, 1), season: s}
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// appendValue appends p in TIMEX3 form to b and returns the extended slice.
func (p period) appendValue(b []byte) []byte {
	y := int64(p.t.Year())
	switch p.gran {
	case parley.Day:
		b = appendDay(b, p.t)
		switch {
		case p.clock != "":
			b = append(append(b, 'T'), p.clock...)
		case p.pod != "":
			b = append(append(b, 'T'), p.pod...)
		}
	case parley.Week:
		wy, w := p.t.ISOWeek()
		b = appendPad2(append(strconv.AppendInt(b, int64(wy), 10), "-W"...), w)
		if p.weekend {
			b = append(b, "-WE"...)
		}
	case parley.Month:
		b = appendPad2(append(strconv.AppendInt(b, y, 10), '-'), int(p.t.Month()))
	case parley.Quarter:
		b = strconv.AppendInt(append(strconv.AppendInt(b, y, 10), "-Q"...), int64(quarterOf(p.t)), 10)
	case parley.Season:
		b = append(append(strconv.AppendInt(b, y, 10), '-'), seasonCodes[p.season]...)
	case parley.Year:
		b = strconv.AppendInt(b, y, 10)
		if p.half > 0 {
			b = strconv.AppendInt(append(b, "-H"...), int64(p.half), 10)
		}
	case parley.Decade:
		b = strconv.AppendInt(b, y/10, 10)
	case parley.Century:
		b = strconv.AppendInt(b, y/100, 10)
	}
	return b
}

// maxPlainYear is the last year appendDay writes itself; time.Format writes the rest.
const maxPlainYear = 9999

// appendDay appends t as YYYY-MM-DD (dayLayout) to b, without time.Format's
// allocation.
func appendDay(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 0 || y > maxPlainYear {
		return t.AppendFormat(b, dayLayout)
	}
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = appendPad2(b, int(m))
	return appendPad2(append(b, '-'), d)
}

// interval returns the inclusive first and last day of p.
func (p period) interval() (time.Time, time.Time) {
	a, b := p.t, p.t
	switch p.gran {
	case parley.Week:
		b = a.AddDate(0, 0, 6)
		if p.weekend {
			a = a.AddDate(0, 0, 5)
		}
	case parley.Month:
		b = a.AddDate(0, 1, -1)
	case parley.Quarter:
		b = a.AddDate(0, 3, -1)
	case parley.Season:
		b = a.AddDate(0, 3, -1)
	case parley.Year:
		b = a.AddDate(1, 0, -1)
		if p.half == 1 {
			b = a.AddDate(0, 6, -1)
		} else if p.half == 2 {
			a = a.AddDate(0, 6, 0)
		}
	case parley.Decade:
		b = a.AddDate(10, 0, -1)
	case parley.Century:
		b = a.AddDate(100, 0, -1)
	}
	if !p.from.IsZero() {
		a = p.from
	}
	if !p.to.IsZero() {
		b = p.to
	}
	return a, b
}

// shift returns p moved by n units of its own granularity.
func (p period) shift(n int) period {
	q := p
	q.from, q.to = time.Time{}, time.Time{}
	switch p.gran {
	case parley.Day:
		q.t = p.t.AddDate(0, 0, n)
	case parley.Week:
		q.t = p.t.AddDate(0, 0, 7*n)
	case parley.Month:
		q.t = p.t.AddDate(0, n, 0)
	case parley.Quarter:
		q.t = p.t.AddDate(0, 3*n, 0)
	case parley.Season, parley.Year:
		q.t = p.t.AddDate(n, 0, 0)
	case parley.Decade:
		q.t = p.t.AddDate(10*n, 0, 0)
	case parley.Century:
		q.t = p.t.AddDate(100*n, 0, 0)
	}
	return q
}

// unitPeriod returns the period of unit u that contains t.
func unitPeriod(u int, t time.Time) period {
	switch u {
	case uWeek:
		return weekPeriod(t)
	case uWeekend:
		p := weekPeriod(t)
		p.weekend = true
		return p
	case uMonth:
		return monthPeriod(t.Year(), int(t.Month()))
	case uQuarter:
		return quarterPeriod(t.Year(), quarterOf(t))
	case uYear:
		return yearPeriod(t.Year())
	case uDecade:
		return decadePeriod(t.Year())
	case uCentury:
		return centuryPeriod(t.Year())
	}
	return dayPeriod(t)
}

// appendPad2 appends n with a leading zero below 10, as pad2 returns it.
func appendPad2(b []byte, n int) []byte {
	if n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
