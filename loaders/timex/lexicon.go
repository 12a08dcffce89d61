package timex

// wordClass says what part a word can play in a temporal expression.
type wordClass uint8

const (
	wFunc      wordClass = iota // glue: the, of, ago, fiscal, ...
	wMonth                      // val 1..12
	wWeekday                    // val time.Weekday
	wNumber                     // spelled cardinal, val its value
	wTens                       // twenty..ninety, val its value
	wOrdinal                    // first..fourth.., val its value
	wUnit                       // val a unit
	wSeason                     // val a season index
	wPartOfDay                  // val a partOfDay index
	wDeictic                    // yesterday, today, tomorrow, tonight: val day offset
	wRef                        // now, recently, ...: val a ref
	wSet                        // daily, weekly, ...: val a unit
	wTense                      // will, was, ...: val a tense
	wHoliday                    // a word of a holiday's name: thanksgiving, christmas, eve
)

// lexEntry is one word of the lexicon. Word is the lower-case key itself, so a token can
// carry its word without allocating.
type lexEntry struct {
	word   string
	class  wordClass
	val    int
	start  bool // the word can begin a temporal expression
	strong bool // the word is temporal by itself; weak starters need one nearby
}

// Units of time, finest first.
const (
	uSecond = iota
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// Parts of day (TIMEX3 codes in partOfDayCodes).
const (
	podMorning = iota
	podAfternoon
	podEvening
	podNight
	podNoon
	podMidnight
)

var partOfDayCodes = []string{"MO", "AF", "EV", "NI", "12:00", "24:00"}

// Seasons (TIMEX3 codes in seasonCodes).
var seasonCodes = []string{"SP", "SU", "FA", "WI"}

// refs
const (
	refPresent = iota
	refPast
	refFuture
)

var refValues = []string{"PRESENT_REF", "PAST_REF", "FUTURE_REF"}

// tenses
const (
	tenseNone = iota
	tensePast
	tenseFuture
)

// lexicon is the word table the tokenizer looks words up in. Most words of a text are
// not in it: lastLetters, a bit per last letter of the words of each length and first
// letter, turns most of them away before the table is read. The table is open-addressed
// by an FNV-1a hash of the word, which the slots keep, so a probe compares words only
// when their hashes agree.
type lexicon struct {
	slots       []lexSlot // a power of two of them, at most 1/lexTableLoad full
	lastLetters [maxLexWord + 1][26]uint32
}

// lexSlot is one slot of the lexicon's table; a nil entry marks a free slot.
type lexSlot struct {
	hash  uint32
	word  string
	entry *lexEntry
}

// lexTableLoad is the fewest slots the table has per word: a sparse table keeps probe
// runs short.
const lexTableLoad = 4

// FNV-1a, 32 bits, for the lexicon's table.
const (
	lexHashSeed  uint32 = 2166136261
	lexHashPrime uint32 = 16777619
)

// lexHash returns the FNV-1a hash of w.
func lexHash[T string | []byte](w T) uint32 {
	h := lexHashSeed
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * lexHashPrime
	}
	return h
}

// newLexicon returns the lexicon of words, which are keyed by their lower-case text.
func newLexicon(words map[string]*lexEntry) *lexicon {
	size := 1
	for size < lexTableLoad*len(words) {
		size <<= 1
	}
	l := &lexicon{slots: make([]lexSlot, size)}
	for w, e := range words {
		if n := len(w); n <= maxLexWord && isLowerWord(w) {
			l.lastLetters[n][w[0]-'a'] |= 1 << (w[n-1] - 'a')
		}
		h := lexHash(w)
		i := int(h) & (size - 1)
		for l.slots[i].entry != nil {
			i = (i + 1) & (size - 1)
		}
		l.slots[i] = lexSlot{hash: h, word: w, entry: e}
	}
	return l
}

// isLowerWord reports whether w is a non-empty run of ASCII lower-case letters, the
// only words the tokenizer looks up.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// lookup returns the entry of w, a run of 1 to maxLexWord lower-case ASCII letters, or
// nil.
func (l *lexicon) lookup(w []byte) *lexEntry {
	n := len(w)
	if l.lastLetters[n][w[0]-'a']&(1<<(w[n-1]-'a')) == 0 {
		return nil
	}
	h := lexHash(w)
	mask := len(l.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := &l.slots[i]
		if s.entry == nil {
			return nil
		}
		if s.hash == h && s.word == string(w) {
			return s.entry
		}
	}
}

// lexiconWords returns the words of the built-in English lexicon by lower-case text.
func lexiconWords() map[string]*lexEntry {
	m := map[string]*lexEntry{}
	add := func(class wordClass, val int, start bool, words ...string) {
		for _, w := range words {
			m[w] = &lexEntry{word: w, class: class, val: val, start: start}
		}
	}
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ws := range months {
		add(wMonth, i+1, true, ws...)
	}
	days := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
	}
	for i, ws := range days {
		add(wWeekday, i, true, ws...)
		add(wWeekday, i, true, ws[0]+"s") // "on Fridays": a set
	}
	ones := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range ones {
		add(wNumber, i, true, w)
	}
	add(wNumber, 1, true, "a", "an")
	add(wNumber, 12, true, "dozen")
	add(wNumber, -1, true, "several", "few", "couple", "many", "some")
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(wTens, 20+10*i, true, w)
	}
	for i, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
		"ninth", "tenth", "eleventh", "twelfth"} {
		add(wOrdinal, i+1, true, w)
	}
	units := []struct {
		u  int
		ws []string
	}{
		{uSecond, []string{"seconds"}}, // "second" is an ordinal, handled in rules
		{uMinute, []string{"minute", "minutes", "min", "mins"}},
		{uHour, []string{"hour", "hours", "hr", "hrs"}},
		{uDay, []string{"day", "days"}},
		{uWeekend, []string{"weekend", "weekends"}},
		{uWeek, []string{"week", "weeks"}},
		{uMonth, []string{"month", "months"}},
		{uQuarter, []string{"quarter", "quarters"}},
		{uYear, []string{"year", "years"}},
		{uDecade, []string{"decade", "decades"}},
		{uCentury, []string{"century", "centuries"}},
	}
	for _, u := range units {
		add(wUnit, u.u, true, u.ws...)
	}
	for i, w := range []string{"thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth"} {
		add(wOrdinal, 13+i, true, w)
	}
	add(wOrdinal, 30, true, "thirtieth")
	add(wSeason, 0, true, "spring")
	add(wSeason, 1, true, "summer")
	add(wSeason, 2, true, "fall", "autumn")
	add(wSeason, 3, true, "winter")
	add(wPartOfDay, podMorning, true, "morning")
	add(wPartOfDay, podAfternoon, true, "afternoon")
	add(wPartOfDay, podEvening, true, "evening")
	add(wPartOfDay, podNight, true, "night", "overnight")
	add(wPartOfDay, podNoon, true, "noon", "midday")
	add(wPartOfDay, podMidnight, true, "midnight")
	add(wDeictic, -1, true, "yesterday")
	add(wDeictic, 0, true, "today")
	add(wDeictic, 1, true, "tomorrow")
	add(wDeictic, 100, true, "tonight")
	add(wRef, refPresent, true, "now", "currently", "nowadays", "presently")
	// "previously" orders events rather than naming a time; TimeML corpora mostly leave
	// it untagged, so it is not a temporal word here.
	add(wRef, refPast, true, "recently", "formerly", "lately")
	add(wRef, refFuture, true, "soon")
	add(wSet, uDay, true, "daily")
	add(wSet, uWeek, true, "weekly")
	add(wSet, uMonth, true, "monthly")
	add(wSet, uQuarter, true, "quarterly")
	add(wSet, uYear, true, "annually", "yearly")
	add(wSet, uHour, true, "hourly")
	add(wFunc, 0, true, "the", "last", "next", "this", "past", "coming", "previous", "following",
		"latest", "current", "recent", "early", "earlier", "late", "later", "mid", "middle", "end",
		"beginning", "start", "fiscal", "every", "each", "more", "less", "nearly", "almost", "about",
		"around", "approximately", "roughly", "over", "just", "at", "up", "no",
		"future", "these", "right", "that", "within", "half", "its", "upcoming", "once")
	add(wFunc, 0, false, "of", "ago", "than", "least", "to", "before", "after", "hence", "from", "s",
		"am", "pm", "m", "p", "est", "edt", "gmt", "utc", "cst", "cdt", "pst", "pdt", "et",
		"or", "and", "so", "beyond", "in", "on", "ahead", "old", "same", "period", "ended", "ending", "hundred",
		"thousand", "st", "nd", "rd", "th", "under", "for", "until", "till", "since", "by",
		"during", "through", "other", "near", "short", "long", "term", "moment", "additional", "corresponding", "comparable",
		"extra", "further", "consecutive", "straight", "earliest", "be", "been", "being",
		"is", "are", "per", "as", "percent", "million", "billion", "points", "shares", "people",
		"feet", "miles", "meters", "tons")
	add(wTense, tenseFuture, false, "will", "ll", "shall", "scheduled", "expected",
		"plans", "planned", "plan", "planning", "due", "going", "intends", "hopes", "wo", "would",
		"effective", "payable",
		"expects", "tomorrow's", "upcoming")
	add(wTense, tensePast, false, "was", "were", "had", "did", "said", "met", "went", "came", "held",
		"told", "made", "took", "gave", "saw", "began", "left", "spoke", "flew", "won", "lost", "fell",
		"rose", "sold", "bought", "paid", "got", "became", "ran", "led", "sent", "put", "set", "hit",
		"struck", "broke", "wrote", "brought", "found", "thought", "felt", "kept", "meant")
	for _, w := range holidayWords() {
		if m[w] == nil {
			m[w] = &lexEntry{word: w, class: wHoliday}
		}
	}
	for _, h := range holidays {
		e := m[h.words[0]]
		e.start = true
		e.strong = e.strong || !h.capital // "Labor Day" has its strong "day"
	}
	add(wFunc, 0, false, "full", "eve", "his", "her", "their", "our", "average", "could", "might")
	for w := range decadeWords {
		add(wFunc, 0, true, w) // "the nineties": matched by matchYear
	}
	for _, e := range m {
		switch e.class {
		case wHoliday:
		case wFunc, wTense, wNumber:
			e.strong = weakButTemporal[e.word]
		default:
			e.strong = true
		}
	}
	return m
}

// weakButTemporal are function words that are temporal expressions by themselves.
var weakButTemporal = map[string]bool{"future": true, "past": true, "current": true, "recent": true,
	"nineteen": true, "these": true, "period": true, "term": true, "twenties": true, "thirties": true,
	"forties": true, "fifties": true, "sixties": true, "seventies": true, "eighties": true,
	"nineties": true}
