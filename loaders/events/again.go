package events

// MaxAgainGap is the most tokens between "and again" and the date of the repeated
// contact ("and again, at short notice, on the northern side of the village on May 26").
const MaxAgainGap = 14

// againAt returns the token after "again" when "and again" (or ", again") follows the
// trigger ending at end in its clause [end, R) and a date of its own comes after it
// within MaxAgainGap tokens: the same people met a second time ("They first met at
// Panmunjom on April 27 and again ... on May 26"). Else -1.
func againAt(a *sentence, end, R int) int {
	for k := end + 1; k < R; k++ {
		if a.words[k] != "again" || a.mention[k] >= 0 || a.words[k-1] != "and" && a.words[k-1] != "," {
			continue
		}
		for j := k + 1; j < R && j-k <= MaxAgainGap; j++ {
			if a.timex[j] >= 0 {
				return k + 1
			}
		}
		return -1
	}
	return -1
}

// repeated adds the second contact a clause tells with "and again" and a date of its
// own: ev's people and status, the date and place after "again". first is the event
// ev was recorded as.
func (x *extractor) repeated(a *sentence, ev event, first *event, end, R int) {
	k := againAt(a, end, R)
	if k < 0 || first == nil || !ev.Type.IsContact() || ev.negated {
		return
	}
	ti := x.nearestTimex(a, k, R, k)
	if ti < 0 {
		return
	}
	if d := x.rangeOf(ti); d.Start == first.Date.Start && d.End == first.Date.End {
		return
	}
	again := ev
	again.Participants = nil
	x.fill(&again, a, ev.Participants, nil, x.location(a, k, R, k), ti)
	x.add(again)
}
