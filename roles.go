package parley

// MergeRoles returns rs with the roles of the same title and entity merged into one that
// spans them all: the earliest From and the latest To, an empty bound staying open. Each
// article states a role as of its own date; merged, they say since when and until when
// the role is known to have been held. The order of first appearance is kept.
func MergeRoles(rs []Role) []Role {
	var out []Role
	at := map[[2]string]int{}
	for _, r := range rs {
		k := [2]string{r.Title, r.Of}
		i, ok := at[k]
		if !ok {
			at[k] = len(out)
			out = append(out, r)
			continue
		}
		m := &out[i]
		if m.From != "" && (r.From == "" || r.From < m.From) {
			m.From = r.From
		}
		if m.To != "" && (r.To == "" || r.To > m.To) {
			m.To = r.To
		}
	}
	return out
}
