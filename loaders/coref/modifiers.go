package coref

// peopleNouns are lowercase plural or collective nouns for groups of people. A lone
// capitalised word before one, alone or in a list, is an adjective of faith, people or
// party ("Muslim, Christian and Yazidi representatives", "Iraq's Christian population"),
// not a person's name.
var peopleNouns = map[string]bool{"representatives": true, "leaders": true, "officials": true,
	"clerics": true, "communities": true, "delegates": true, "delegations": true, "figures": true,
	"minorities": true, "militants": true, "fighters": true, "rebels": true, "voters": true,
	"worshippers": true, "pilgrims": true, "lawmakers": true, "elders": true, "scholars": true,
	"activists": true, "refugees": true, "groups": true, "faithful": true, "believers": true,
	"population": true, "community": true, "minority": true, "clergy": true}

// MaxModifierList is the most capitalised words a list of adjectives before a people
// noun may run over after the first.
const MaxModifierList = 6

// modifiesPeopleNoun reports whether the capitalised word ending before token k starts a
// run of capitalised words joined by commas, "and" or "or" that ends before a people
// noun ("Muslim" + ", Christian and Yazidi representatives").
func modifiesPeopleNoun(words []string, k int) bool {
	j, n := k, 0
	for j < len(words) && n <= MaxModifierList {
		switch w := words[j]; {
		case peopleNouns[w]:
			return true
		case w == "," || w == "and" || w == "or":
			if j+1 >= len(words) || !isTitleCase(words[j+1]) || isFunctionWord(words[j+1]) {
				return false
			}
			j += 2
			n++
		default:
			return false
		}
	}
	return false
}
