package timex

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/parleyhq/parley"
)

// tagCase is one sentence, its anchor, and the expression expected in it.
type tagCase struct {
	anchor string
	text   string
	span   string // the expected expression text
	typ    string
	value  string
	from   string // optional
	to     string
}

func runCases(t *testing.T, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.span+"/"+c.anchor, func(t *testing.T) {
			got := find(Tag(c.text, c.anchor), c.span)
			if got == nil {
				t.Fatalf("Tag(%q, %s): no timex %q in %v", c.text, c.anchor, c.span, Tag(c.text, c.anchor))
			}
			want := fmt.Sprintf("%s %s", c.typ, c.value)
			if g := fmt.Sprintf("%s %s", got.Type, got.Value); g != want {
				t.Errorf("Tag(%q, %s) %q = %s, want %s", c.text, c.anchor, c.span, g, want)
			}
			if c.from != "" && (got.From != c.from || got.To != c.to) {
				t.Errorf("%q interval = %s..%s, want %s..%s", c.span, got.From, got.To, c.from, c.to)
			}
		})
	}
}

func find(xs []parley.Timex, text string) *parley.Timex {
	for i := range xs {
		if xs[i].Text == text {
			return &xs[i]
		}
	}
	return nil
}

func TestSeedArticle(t *testing.T) {
	const a = "2024-12-19" // a Thursday
	runCases(t, []tagCase{
		{a, "The minister has recently changed course.", "recently", "DATE", "PAST_REF", "", ""},
		{a, "We don't minimize the challenges of the near term.", "the near term", "DATE", "FUTURE_REF", "", ""},
		{a, "The plan placates holders in the short term.", "the short term", "DATE", "FUTURE_REF", "", ""},
		{a, "Talks stalled last month in Geneva.", "last month", "DATE", "2024-11", "2024-11-01", "2024-11-30"},
		{a, "Earlier this week, the envoys met in Brussels.", "Earlier this week", "DATE", "2024-W51", "2024-12-16", "2024-12-19"},
		{a, "a chance to plan for today and for tomorrow.", "today", "DATE", "PRESENT_REF", "", ""},
		{a, "a chance to plan for today and for tomorrow.", "tomorrow", "DATE", "FUTURE_REF", "", ""},
		{a, "It happened just over a month before the vote.", "just over a month", "DURATION", "P1M", "", ""},
	})
}

func TestAbsoluteDates(t *testing.T) {
	const a = "2024-12-19"
	runCases(t, []tagCase{
		{a, "The accord was signed on December 18, 2024, in Rome.", "December 18, 2024", "DATE", "2024-12-18", "2024-12-18", "2024-12-18"},
		{a, "The accord was signed on 18 December 2024 in Rome.", "18 December 2024", "DATE", "2024-12-18", "", ""},
		{a, "The envoys arrived Dec. 18 for talks.", "Dec. 18", "DATE", "2024-12-18", "", ""},
		{a, "Filed 12/18/2024 with the court.", "12/18/2024", "DATE", "2024-12-18", "", ""},
		{a, "Filed 2024-12-18 with the court.", "2024-12-18", "DATE", "2024-12-18", "", ""},
		{a, "Fighting flared in mid-December near the river.", "mid-December", "DATE", "2024-12", "", ""},
		{a, "The plan dates from early 2024.", "early 2024", "DATE", "2024", "2024-01-01", "2024-12-31"},
		{a, "Prices soared in the 1990s.", "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31"},
		{a, "The treaty dates from 1998.", "1998", "DATE", "1998", "", ""},
		{a, "Profits fell in fiscal 1998.", "fiscal 1998", "DATE", "1998", "", ""},
		{a, "Exports rose in July 1997 after the deal.", "July 1997", "DATE", "1997-07", "", ""},
		{a, "The summit opens on January 20 next year.", "January 20 next year", "DATE", "2025-01-20", "", ""},
		{a, "The new president takes office on January 20.", "January 20", "DATE", "2025-01-20", "", ""},
		{a, "Elections were held in November.", "November", "DATE", "2024-11", "", ""},
		{a, "Unrest grew throughout the twentieth century.", "the twentieth century", "DATE", "19", "1900-01-01", "1999-12-31"},
		{a, "Talks resume January 7.", "January 7", "DATE", "2025-01-07", "", ""},
	})
}

func TestQuarters(t *testing.T) {
	const a = "1995-11-02"
	runCases(t, []tagCase{
		{a, "Sales rose 5% in the third quarter.", "the third quarter", "DATE", "1995-Q3", "1995-07-01", "1995-09-30"},
		{a, "It posted third-quarter profit of $3 million.", "third-quarter", "DATE", "1995-Q3", "", ""},
		{a, "Losses widened in the fourth quarter of 1993.", "the fourth quarter of 1993", "DATE", "1993-Q4", "", ""},
		{a, "Net income fell in the third quarter. A year earlier it earned $2 million.", "A year earlier", "DATE", "1994-Q3", "", ""},
		{a, "Revenue for the first nine months doubled.", "the first nine months", "DURATION", "P9M", "", ""},
	})
}

func TestWeekdays(t *testing.T) {
	runCases(t, []tagCase{
		{"2024-12-08", "The leaders met on Saturday at the palace.", "Saturday", "DATE", "2024-12-07", "", ""},
		{"2024-12-19", "The ministers will meet on Monday in Oslo.", "Monday", "DATE", "2024-12-23", "", ""},
		{"2024-12-19", "The ministers met on Monday in Oslo.", "Monday", "DATE", "2024-12-16", "", ""},
		{"2024-12-19", "The vote came Tuesday morning.", "Tuesday morning", "TIME", "2024-12-17TMO", "2024-12-17", "2024-12-17"},
		{"2024-12-19", "They spoke last Friday by phone.", "last Friday", "DATE", "2024-12-13", "", ""},
		{"2024-12-19", "The envoy arrives next Monday.", "next Monday", "DATE", "2024-12-23", "", ""},
		{"2024-12-19", "The deadline is 9 a.m. Tuesday, officials said.", "9 a.m. Tuesday", "TIME", "2024-12-17T09:00", "", ""},
	})
}

func TestDeicticAndRelative(t *testing.T) {
	const a = "2024-12-19"
	runCases(t, []tagCase{
		{a, "The president spoke yesterday.", "yesterday", "DATE", "2024-12-18", "", ""},
		{a, "The president speaks today.", "today", "DATE", "2024-12-19", "", ""},
		{a, "He flies out tomorrow.", "tomorrow", "DATE", "2024-12-20", "", ""},
		{a, "He flies out tonight.", "tonight", "TIME", "2024-12-19TNI", "", ""},
		{a, "The cabinet met last week.", "last week", "DATE", "2024-W50", "2024-12-09", "2024-12-15"},
		{a, "The cabinet meets next week.", "next week", "DATE", "2024-W52", "", ""},
		{a, "Turnout was high this year.", "this year", "DATE", "2024", "", ""},
		{a, "The talks will end later this month.", "later this month", "DATE", "2024-12", "2024-12-19", "2024-12-31"},
		{a, "The team rested over the weekend.", "the weekend", "DATE", "2024-W50-WE", "2024-12-14", "2024-12-15"},
		{a, "The strike ended last year.", "last year", "DATE", "2023", "", ""},
		{a, "They met in Paris on March 3. The previous day they had been in Bonn.", "The previous day", "DATE", "2024-03-02", "", ""},
		{a, "They met in Paris on March 3. Two days later they signed.", "Two days later", "DATE", "2024-03-05", "", ""},
		{a, "The rebels withdrew a week earlier.", "a week earlier", "DATE", "2024-W50", "", ""},
		{a, "The truce was agreed two years ago.", "two years ago", "DATE", "2022", "", ""},
		{a, "It rained all last fall.", "last fall", "DATE", "2024-FA", "", ""},
		{a, "The parliament is now in recess.", "now", "DATE", "PRESENT_REF", "", ""},
		{a, "The envoys landed on March 3. The next day they met the king.", "The next day", "DATE", "2024-03-04", "", ""},
		{a, "The envoys landed on March 3. The banquet that evening was brief.", "that evening", "TIME", "2024-03-03TEV", "", ""},
		{a, "Shares rose by mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2024-12-18TAF", "", ""},
		{a, "Profit for the year ended June 30 rose.", "the year", "DURATION", "P1Y", "", ""},
		{a, "The deal should close by year end.", "year end", "DATE", "2024", "", ""},
		{a, "She currently leads the party.", "currently", "DATE", "PRESENT_REF", "", ""},
		{a, "Such talks failed in the past.", "the past", "DATE", "PAST_REF", "", ""},
	})
}

func TestDurationsAndSets(t *testing.T) {
	const a = "2024-12-19"
	runCases(t, []tagCase{
		{a, "The siege lasted two years.", "two years", "DURATION", "P2Y", "", ""},
		{a, "They talked for 90 minutes.", "90 minutes", "DURATION", "PT90M", "", ""},
		{a, "The war has gone on for more than five years.", "more than five years", "DURATION", "P5Y", "", ""},
		{a, "a two-day visit", "two-day", "DURATION", "P2D", "", ""},
		{a, "Unemployment rose over the past two months.", "the past two months", "DURATION", "P2M", "", ""},
		{a, "It took several hours.", "several hours", "DURATION", "PTXH", "", ""},
		{a, "No talks in more than half a century.", "more than half a century", "DURATION", "P50Y", "", ""},
		{a, "The council meets every week.", "every week", "SET", "P1W", "", ""},
		{a, "The report is published annually.", "annually", "SET", "P1Y", "", ""},
		{a, "They meet each Thursday.", "each Thursday", "SET", "XXXX-WXX-4", "", ""},
	})
}

func TestUnknownAnchor(t *testing.T) {
	runCases(t, []tagCase{
		{"", "The cabinet met last week.", "last week", "DATE", "PAST_REF", "", ""},
		{"", "The accord was signed on December 18, 2024.", "December 18, 2024", "DATE", "2024-12-18", "", ""},
		{"not a date", "They will meet next year.", "next year", "DATE", "FUTURE_REF", "", ""},
	})
}

func TestNotTemporal(t *testing.T) {
	for _, text := range []string{
		"The company declared a quarterly dividend of 5 cents.",
		"He may march on the capital.",
		"The 6-year-old boy was returned.",
		"They paid $1998 for it.",
		"It grew 2000 percent.",
		"The bid had previously been rejected.", // a sequence, not a time: TimeML leaves it out
		"Iraq imports about three-quarters of its food.",
		"Qantas will fly four flights a week to Bombay.",
		"The route adds 700 seats a week.",
		"Junk bonds make up more than a quarter of the entire market.",
		"The company refinanced the long-term debt.",
		"She spoke in the morning session.",
		"The quarter-to-quarter comparison was also hurt.",
		"Experts concluded he was killed soon after being captured.",
		"The poll was published by USA Today and the Times.",
		"Baker, speaking on ABC News' \"This Week,\" said the request was fair.",
	} {
		if got := Tag(text, "2024-12-19"); len(got) != 0 {
			t.Errorf("Tag(%q) = %v, want none", text, got)
		}
	}
}

func TestOffsetsAreCodePoints(t *testing.T) {
	text := "Zelenskyy’s envoy — in Kyiv — met Erdoğan on Friday."
	got := Tag(text, "2024-12-08")
	if len(got) != 1 {
		t.Fatalf("Tag = %v, want one timex", got)
	}
	runes := []rune(text)
	if s := string(runes[got[0].Start:got[0].End]); s != "Friday" {
		t.Errorf("runes[%d:%d] = %q, want %q", got[0].Start, got[0].End, s, "Friday")
	}
	if got[0].End > utf8.RuneCountInString(text) {
		t.Errorf("End %d past the text", got[0].End)
	}
}
