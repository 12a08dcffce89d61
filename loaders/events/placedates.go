package events

// placeDate is one place and date of a contact told several times in one clause.
type placeDate struct {
	loc string
	ti  int
}

// MaxPlaceDateGap is the most tokens the first "in <place>" of a list of places and dates
// may stand after the trigger ("had met twice last year on the sidelines of
// international gatherings, in New York in September").
const MaxPlaceDateGap = 12

// placeDates returns the places and dates a verb trigger ending at end lists in its
// clause [end, R) as "in <place> in/on <date>" two or more times, joined by commas or
// "and" ("Kishida and Yoon had met twice last year ..., in New York in September and in
// Phnom Penh in November"): one contact each. Else nil.
func (x *extractor) placeDates(a *sentence, end, R int) []placeDate {
	var out []placeDate
	k := end
	for k < R && (len(out) > 0 || k-end <= MaxPlaceDateGap) {
		pd, next := x.placeDateAt(a, k, R)
		if next < 0 {
			if len(out) > 0 {
				break
			}
			k++
			continue
		}
		out = append(out, pd)
		k = next
		for k < R && (a.words[k] == "," || a.words[k] == "and") {
			k++
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// placeDateAt reads "in <place> in/on <date>" at token k and returns it with the token
// after the date, or next -1.
func (x *extractor) placeDateAt(a *sentence, k, R int) (pd placeDate, next int) {
	if k+1 >= R || a.words[k] != "in" || a.mention[k+1] < 0 || !x.isPlace(a.mention[k+1]) {
		return pd, -1
	}
	m := x.d.Mentions[a.mention[k+1]]
	j := m.Tok1
	if j+1 >= R || (a.words[j] != "in" && a.words[j] != "on") || a.timex[j+1] < 0 {
		return pd, -1
	}
	ti := a.timex[j+1]
	if tx := x.d.Timexes[ti]; tx.From == "" {
		return pd, -1
	}
	j++
	for j < R && a.timex[j] == ti {
		j++
	}
	return placeDate{loc: m.Entity, ti: ti}, j
}
