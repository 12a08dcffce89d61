package events

// habitualAdverbs say that a contact verb sums up many contacts rather than telling one
// ("Abe has met Putin repeatedly this year"): there is no single event to record, and
// merging the summary would join meetings told apart.
var habitualAdverbs = map[string]bool{"repeatedly": true, "regularly": true, "frequently": true,
	"often": true}

// timesCounts count the contacts a verb sums up before "times": "met several times".
var timesCounts = map[string]bool{"several": true, "many": true, "numerous": true, "multiple": true,
	"three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "dozen": true}

// habitual reports whether the verb trigger at t in the clause [L, R) is modified by a
// habitual adverb right before it or anywhere after it in its clause, or by a count of
// times after it.
func habitual(a *sentence, L, R, t int) bool {
	if t > L && habitualAdverbs[a.words[t-1]] {
		return true // "have often met"
	}
	for k := t + 1; k < R; k++ {
		if habitualAdverbs[a.words[k]] || a.words[k] == "times" && timesCounts[a.words[k-1]] {
			return true
		}
	}
	return false
}
