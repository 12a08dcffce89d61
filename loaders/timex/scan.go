package timex

import (
	"strings"
	"time"
)

// scan is the state of one Tag call.
type scan struct {
	text   string
	toks   []token
	anchor time.Time
	known  bool   // anchor was given
	ref    period // the last date mentioned, for "a year earlier", "that quarter"
	hasRef bool
	refDay time.Time // the last day mentioned, for "the next day", "that evening"
	hasDay bool
	found  hit                 // the expression found at the current token
	cand   hit                 // core's scratch: a rule's match while another is already found
	values [maxValueBytes]byte // emit's scratch for a value and its interval
}

// maxValueBytes is the room emit needs for a value ("2024-12-19T10:35") and two days.
const maxValueBytes = 64

// w returns the lexicon word of token i, or "".
func (s *scan) w(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].lex == nil {
		return ""
	}
	return s.toks[i].lex.word
}

// is reports whether token i is one of words.
func (s *scan) is(i int, words ...string) bool {
	w := s.w(i)
	if w == "" {
		return false
	}
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// textIs reports whether token i, a word, is one of words, ignoring case: for words
// outside the lexicon.
func (s *scan) textIs(i int, words ...string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return false
	}
	t := s.text[s.toks[i].b0:s.toks[i].b1]
	for _, w := range words {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// class returns the lexicon entry of token i when it is of class c.
func (s *scan) class(i int, c wordClass) (*lexEntry, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].lex == nil || s.toks[i].lex.class != c {
		return nil, false
	}
	return s.toks[i].lex, true
}

// punct reports whether token i is the mark c.
func (s *scan) punct(i int, c byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tPunct && s.toks[i].punct == c
}

// tight reports whether token i follows token i-1 with no space.
func (s *scan) tight(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].gap }

// hyphen reports whether tokens i, i+1 are a hyphen glued to both neighbours; it
// returns the token after the hyphen.
func (s *scan) hyphen(i int) (int, bool) {
	if s.punct(i, '-') && s.tight(i) && s.tight(i+1) {
		return i + 1, true
	}
	return i, false
}

// digits returns the value of token i when it is a run of n digits (n 0 means any of at
// most maxNumDigits).
func (s *scan) digits(i int, n int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tDigits || s.toks[i].num < 0 {
		return 0, false
	}
	if n > 0 && s.toks[i].ndig != n {
		return 0, false
	}
	return s.toks[i].num, true
}

// abbrevDot returns i+1 when token i is a glued period (Dec. p.m.), else i.
func (s *scan) abbrevDot(i int) int {
	if s.punct(i, '.') && s.tight(i) {
		return i + 1
	}
	return i
}

// maxTenseReach is how many tokens either side of an expression tense words are sought.
const maxTenseReach = 12

// maxModalReach is how far back a future modal ("will", "would") still sets the tense of
// a clause with no nearer tense word.
const maxModalReach = 20

// tense returns the tense of the clause around tokens [i, j): a deadline ("until
// Thursday", "by March": future unless the clause is past perfect, "until Thursday they
// had not"), "since", else the nearest tense word within the sentence, else tenseNone.
func (s *scan) tense(i, j int) int {
	switch {
	case s.is(i-1, "until", "till", "by"):
		if s.perfect(i, j) {
			return tensePast
		}
		return tenseFuture
	case s.is(i-1, "since"):
		return tensePast
	}
	return s.tenseNear(i, j)
}

// perfect reports whether "had" stands within the sentence around [i, j).
func (s *scan) perfect(i, j int) bool {
	for k := i - 1; k >= 0 && i-k <= maxTenseReach && !s.sentenceEnd(k); k-- {
		if s.is(k, "had") {
			return true
		}
	}
	for k := j; k < len(s.toks) && k-j < maxTenseReach && !s.sentenceEnd(k); k++ {
		if s.is(k, "had") {
			return true
		}
	}
	return false
}

// tenseNear returns the tense of the nearest tense word around [i, j). The search
// forward stops at a closing quote, after which a reporting verb ("...,” Castro
// said") tells nothing of the quoted clause.
func (s *scan) tenseNear(i, j int) int {
	best, dist := tenseNone, maxTenseReach+1
	for k := i - 1; k >= 0 && i-k <= maxModalReach; k-- {
		if s.sentenceEnd(k) {
			break
		}
		if i-k > maxTenseReach {
			if s.is(k, "will", "would", "shall") {
				best = tenseFuture // "will be named commander of ... for a mission in December"
				break
			}
			continue
		}
		if t := s.tenseOf(k); t != tenseNone {
			best, dist = t, i-k
			break
		}
	}
	for k := j; k < len(s.toks) && k-j+1 < dist; k++ {
		if s.sentenceEnd(k) || s.closingQuote(k) {
			break
		}
		if t := s.tenseOf(k); t != tenseNone {
			return t
		}
	}
	return best
}

// closingQuote reports whether token k is a double quotation mark (” or ").
func (s *scan) closingQuote(k int) bool {
	return s.punct(k, '"') || s.punct(k, '\'') && (s.punct(k+1, '\'') || s.punct(k-1, '\''))
}

// passiveWords before a past-tense word make it a passive or an infinitive.
var passiveWords = []string{"be", "been", "being", "to", "is", "are"}

// participleWords before a word in -ed make it a passive, an adjective or an infinitive.
var participleWords = []string{"be", "been", "being", "the", "a", "an", "to", "is", "are"}

// tenseOf returns the tense word k stands for.
func (s *scan) tenseOf(k int) int {
	t := &s.toks[k]
	if t.lex != nil {
		switch t.lex.class {
		case wTense:
			w := t.lex.word
			switch {
			case w == "going" && !s.is(k+1, "to"):
				return tenseNone
			case w == "set" && s.is(k+1, "to", "for"):
				return tenseFuture
			case t.lex.val == tenseFuture && s.is(k-1, "had", "been"):
				return tensePast // "had been planned for February"
			case t.lex.val == tensePast && s.is(k-1, passiveWords...):
				return tenseNone // passive or infinitive: "would be paid", "to set"
			case (w == "was" || w == "were") && s.futureWord(k+1):
				return tenseFuture // "were planning to drive"
			}
			return t.lex.val
		case wDeictic:
			if t.lex.val < 0 {
				return tensePast
			}
			if t.lex.val == 1 {
				return tenseFuture
			}
		}
		switch t.lex.word {
		case "next", "coming":
			return tenseFuture
		case "early", "soon":
			if s.is(k-1, "as") && s.is(k+1, "as") || t.lex.word == "soon" && s.is(k-1, "as") {
				return tenseFuture // "as early as Tuesday"
			}
		case "until", "till":
			return tenseFuture
		case "is", "are":
			if s.is(k+1, "to") {
				return tenseFuture // "is to resume trading in Paris Tuesday"
			}
		case "ago", "last":
			return tensePast
		}
	}
	if t.ed && !s.is(k-1, participleWords...) {
		return tensePast
	}
	return tenseNone
}

// futureWord reports whether token k is a word of plan or expectation ("planning",
// "expected", "scheduled", "due", "going to").
func (s *scan) futureWord(k int) bool {
	e, ok := s.class(k, wTense)
	if !ok || e.val != tenseFuture || e.word == "will" || e.word == "would" {
		return false
	}
	return e.word != "going" || s.is(k+1, "to")
}

// sentenceEnd reports whether token k ends a sentence.
func (s *scan) sentenceEnd(k int) bool {
	t := &s.toks[k]
	if t.para && k > 0 {
		return true
	}
	if t.kind != tPunct {
		return false
	}
	switch t.punct {
	case '!', '?', ';':
		return true
	case '.':
		if k > 0 && s.toks[k-1].kind == tWord && s.toks[k-1].b1-s.toks[k-1].b0 <= 2 {
			return false // an initial or abbreviation
		}
		if _, ok := s.class(k-1, wMonth); ok {
			return false
		}
		return true
	}
	return false
}
