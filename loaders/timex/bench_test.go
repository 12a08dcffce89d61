package timex

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// benchCopies is how many copies of the fixture one benchmark input holds.
const benchCopies = 50

func benchText(b *testing.B) string {
	b.Helper()
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatalf("read fixture: %v", err)
	}
	return strings.Repeat(string(raw)+"\n", benchCopies)
}

// BenchmarkTag measures the tagger over news text.
func BenchmarkTag(b *testing.B) {
	text := benchText(b)
	tg := NewTagger()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text, "2024-12-19")
	}
}

// BenchmarkTagArticle measures the tagger on one article-sized text, as the pipeline
// calls it: per-call costs weigh more than in BenchmarkTag's long input.
func BenchmarkTagArticle(b *testing.B) {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatalf("read fixture: %v", err)
	}
	text := string(raw)
	tg := NewTagger()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text, "2024-12-19")
	}
}

// naivePatterns is the baseline: one regular expression per rule family, each run over
// the whole text, as a first-cut tagger would be written. It only recognises; it does
// not normalise.
var naivePatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`),
	regexp.MustCompile(`(?i)\b\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?\b`),
	regexp.MustCompile(`(?i)\b(?:early|mid|late)-?\s*(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b`),
	regexp.MustCompile(`(?i)\b(?:last|next|this|past|coming)\s+(?:week|month|year|quarter|weekend|spring|summer|fall|autumn|winter)\b`),
	regexp.MustCompile(`(?i)\b(?:earlier|later)\s+this\s+(?:week|month|year)\b`),
	regexp.MustCompile(`(?i)\b(?:last|next|this)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\b`),
	regexp.MustCompile(`(?i)\b(?:yesterday|today|tomorrow|tonight|now|currently|recently|formerly)\b`),
	regexp.MustCompile(`(?i)\b(?:(?:more|less)\s+than\s+|about\s+|nearly\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:\s+(?:ago|earlier|later))?\b`),
	regexp.MustCompile(`(?i)\b(?:the\s+)?(?:first|second|third|fourth)[\s-]quarter\b`),
	regexp.MustCompile(`\b(?:19|20)\d{2}s?\b`),
	regexp.MustCompile(`\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`),
	regexp.MustCompile(`(?i)\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?`),
	regexp.MustCompile(`(?i)\b(?:every|each)\s+(?:day|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:daily|weekly|monthly|annually|yearly)\b`),
}

// BenchmarkNaiveRegexp is the baseline BenchmarkTag is compared with.
func BenchmarkNaiveRegexp(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, re := range naivePatterns {
			n += len(re.FindAllStringIndex(text, -1))
		}
		if n == 0 {
			b.Fatal("baseline found nothing")
		}
	}
}
