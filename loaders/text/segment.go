package text

import (
	"slices"
	"strings"
	"unicode"
)

// abbrevClass says how an abbreviation with a final period affects sentence ends.
type abbrevClass uint8

const (
	_ abbrevClass = iota // the zero value: not an abbreviation
	// title precedes a name and never ends a sentence (Dr., Gen., Sen.).
	title
	// final may end a sentence (Inc., Jr., U.S.): only before a typical sentence opener.
	final
)

// abbreviations maps an abbreviation without its final period to its class. Dotted
// abbreviations (U.S., a.m.) and single capitals (J.) are recognised by shape.
var abbreviations = map[string]abbrevClass{
	"Mr": title, "Mrs": title, "Ms": title, "Dr": title, "Prof": title, "Gen": title,
	"Sen": title, "Rep": title, "Gov": title, "Lt": title, "Col": title, "Capt": title,
	"Sgt": title, "Maj": title, "Adm": title, "Cmdr": title, "Cpl": title, "Pvt": title,
	"Rev": title, "Fr": title, "Hon": title, "Amb": title, "Pres": title, "Supt": title,
	"Insp": title, "Gens": title, "Sens": title, "Reps": title, "Messrs": title,
	"St": title, "Mt": title, "Ft": title, "No": title, "Nos": title, "vs": title,
	// Place prefixes in capitals, as in a wire dateline ("ST. PETERSBURG, Russia —").
	"ST": title, "MT": title, "FT": title,
	"Jan": title, "Feb": title, "Mar": title, "Apr": title, "Jun": title, "Jul": title,
	"Aug": title, "Sep": title, "Sept": title, "Oct": title, "Nov": title, "Dec": title,
	"e.g": title, "i.e": title, "cf": title, "approx": title, "Ave": final, "Blvd": final,
	"Inc": final, "Corp": final, "Co": final, "Ltd": final, "Jr": final, "Sr": final,
	"Bros": final, "Dept": final, "Univ": final, "etc": final, "Esq": final,
	// U.S. states in AP style.
	"Ala": final, "Ariz": final, "Ark": final, "Calif": final, "Colo": final, "Conn": final,
	"Del": final, "Fla": final, "Ga": final, "Ill": final, "Ind": final, "Kan": final,
	"Ky": final, "La": final, "Md": final, "Mass": final, "Mich": final, "Minn": final,
	"Miss": final, "Mo": final, "Mont": final, "Neb": final, "Nev": final, "Okla": final,
	"Ore": final, "Pa": final, "Tenn": final, "Tex": final, "Va": final, "Vt": final,
	"Wash": final, "Wis": final, "Wyo": final,
}

// sentenceOpeners are capitalised words that, after a "final" abbreviation such as
// "U.S." or "Inc.", mark a new sentence.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "But": true, "And": true, "In": true, "On": true, "At": true,
	"This": true, "That": true, "These": true, "Those": true, "His": true, "Her": true,
	"Its": true, "Their": true, "Our": true, "There": true, "After": true, "Before": true,
	"When": true, "While": true, "If": true, "As": true, "However": true, "Meanwhile": true,
	"Earlier": true, "Later": true, "Some": true, "Many": true, "Officials": true,
}

// minTokensPerSentence is a low estimate of the tokens of a news sentence (about 20 on
// average), to size the sentence slice once.
const minTokensPerSentence = 16

// MaxSentenceTokens is the most tokens a sentence may have: a longer run is cut there.
// News sentences stay far below it; the cut keeps the clause-level work that follows
// linear on text that has no sentence ends.
const MaxSentenceTokens = 200

// segment groups tokens into sentences, which it appends to sents.
func segment(s string, toks []Token, info []tokenInfo, sents []Sentence) []Sentence {
	if len(toks) > 0 {
		sents = slices.Grow(sents, len(toks)/minTokensPerSentence+1)
	}
	first := 0
	emit := func(end int) {
		if end > first {
			bs, be := info[first].byteStart, info[end-1].byteEnd
			sents = append(sents, Sentence{
				Start: toks[first].Start, End: toks[end-1].End,
				Text: s[bs:be], Tokens: toks[first:end:end],
			})
		}
		first = end
	}
	for k := 0; k < len(toks); k++ {
		if k > first && (info[k].newlines >= 2 || info[k].newlines == 1 && !startsLower(toks[k].Text)) ||
			k-first >= MaxSentenceTokens {
			emit(k)
		}
		if !mayEnd(toks[k].Text) {
			continue
		}
		j := k + 1
		for j < len(toks) && !info[j].spaceBefore && (isCloser(toks[j].Text) || isTerminal(toks[j].Text)) {
			j++
		}
		if j == len(toks) || info[j].newlines > 0 {
			k = j - 1 // the line-break rule above decides
			continue
		}
		if endsSentence(toks[k].Text, toks[j].Text) {
			emit(j)
		}
		k = j - 1
	}
	emit(len(toks))
	return sents
}

// mayEnd reports whether tok is terminal punctuation or ends with a period.
func mayEnd(tok string) bool {
	return isTerminal(tok) || len(tok) > 1 && tok[len(tok)-1] == '.'
}

func isTerminal(tok string) bool {
	switch tok {
	case ".", "!", "?", "...", "…":
		return true
	}
	return false
}

func isCloser(tok string) bool {
	switch tok {
	case "\"", "'", "\u201d", "\u2019", ")", "]", "}", "\u00bb":
		return true
	}
	return false
}

func isOpener(tok string) bool {
	switch tok {
	case "\"", "'", "\u201c", "\u2018", "(", "[", "\u00ab":
		return true
	}
	return false
}

// endsSentence decides whether a sentence ends after tok when next follows on the same line.
func endsSentence(tok, next string) bool {
	switch tok {
	case ".", "!", "?":
		return !startsLower(next)
	case "...", "…":
		return startsUpper(next) || isOpener(next)
	}
	word := tok[:len(tok)-1]
	switch abbreviations[word] {
	case title:
		return false
	case final:
		return sentenceOpeners[next] || isOpener(next)
	}
	if len(word) == 1 { // an initial: "Donald J. Trump"
		return false
	}
	if strings.Contains(word, ".") { // U.S., a.m.
		return sentenceOpeners[next] || isOpener(next)
	}
	return !startsLower(next)
}

func startsLower(tok string) bool {
	r, _ := decode(tok, 0)
	return unicode.IsLower(r)
}

func startsUpper(tok string) bool {
	r, _ := decode(tok, 0)
	return unicode.IsUpper(r)
}
