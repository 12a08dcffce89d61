package coref

import "strings"

// articlePrefixes are the Arabic article forms written lowercase and hyphenated onto a
// family name ("al-Sistani", "el-Sisi", "ash-Sharaa").
var articlePrefixes = []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "ud-", "ul-"}

// prefixedName reports whether w is a family name with a hyphenated article prefix,
// "al-Kadhimi": the prefix in lower case, the name after it capitalised.
func prefixedName(w string) bool {
	return shortOfPrefixed(w) != w
}

// shortOfPrefixed returns a prefixed family name without its article ("al-Sistani" →
// "Sistani"), the form later sentences use alone; any other word is returned unchanged.
func shortOfPrefixed(w string) string {
	for _, p := range articlePrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && isTitleCase(rest) {
			return rest
		}
	}
	return w
}

// isNameWord reports whether w may go on a person's name: a capitalised word that is no
// function word, or a family name with an article prefix.
func isNameWord(w string) bool {
	return isTitleCase(w) && !isFunctionWord(w) || prefixedName(w)
}
