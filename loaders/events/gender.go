package events

import (
	"strings"

	"github.com/parleyhq/parley"
)

// Pronouns agree in gender with the person they refer to: "he" cannot be Theresa May.
// A person's gender is known only from a gendered title ("Queen", "Crown Prince") or
// from a given name in the small lexicon below; anyone else agrees with any pronoun.

// gender is what a pronoun or a person's title or given name says about their sex.
type gender uint8

// Genders a pronoun, title or given name may tell.
const (
	anyGender gender = iota // unknown: agrees with every pronoun
	male
	female
)

// pronounGender returns the gender a pronoun (lower-case) refers to.
func pronounGender(w string) gender {
	switch w {
	case "he", "him", "his", "himself":
		return male
	case "she", "her", "hers", "herself":
		return female
	}
	return anyGender
}

// genderedTitles are titles (lower-case, as roles or the first word of a name) that tell
// their holder's sex.
var genderedTitles = map[string]gender{"king": male, "prince": male, "crown prince": male,
	"emperor": male, "sultan": male, "emir": male, "sheikh": male, "duke": male, "pope": male,
	"grand duke": male, "lord": male, "sir": male, "queen": female, "princess": female,
	"crown princess": female, "empress": female, "sheikha": female, "duchess": female,
	"lady": female, "dame": female, "first lady": female, "baroness": female}

// givenNames is a small lexicon of given names common in diplomatic news whose bearers'
// sex is unambiguous. It is a fallback for people with no gendered title; a name not
// listed leaves the gender unknown.
var givenNames = map[string]gender{
	// Women.
	"Angela": female, "Annalena": female, "Catherine": female, "Christine": female,
	"Claudia": female, "Dilma": female, "Elizabeth": female, "Federica": female, "Giorgia": female,
	"Hillary": female, "Jacinda": female, "Janet": female, "Jill": female, "Julia": female,
	"Kaja": female, "Kamala": female, "Kristalina": female, "Liz": female, "Madeleine": female,
	"Margaret": female, "Maria": female, "Marine": female, "Melania": female, "Mette": female,
	"Michelle": female, "Nancy": female, "Penny": female, "Roberta": female, "Samantha": female,
	"Sanna": female, "Theresa": female, "Ursula": female, "Victoria": female, "Wendy": female,
	"Yulia": female, "Condoleezza": female, "Gina": female, "Linda": female, "Nikki": female,
	// Men.
	"Abdullah": male, "Alexander": male, "Antony": male, "Barack": male, "Benjamin": male,
	"Bill": male, "Boris": male, "Charles": male, "David": male, "Donald": male, "Dmitry": male,
	"Emmanuel": male, "Friedrich": male, "Fumio": male, "George": male, "Jake": male,
	"Jens": male, "Joe": male, "John": male, "Justin": male, "Keir": male, "Luiz": male,
	"Mark": male, "Mike": male, "Mohammed": male, "Muhammad": male, "Narendra": male,
	"Olaf": male, "Recep": male, "Rex": male, "Rishi": male, "Sergei": male, "Shinzo": male,
	"Vladimir": male, "Volodymyr": male, "William": male, "Wilbur": male, "Xi": male,
	"Yoon": male}

// genderOf returns the sex the person id's titles or given name tell, or anyGender.
func (x *extractor) genderOf(id string) gender {
	e := x.d.Entity(id)
	if e == nil || e.Kind != parley.Person {
		return anyGender
	}
	for _, r := range e.Roles {
		if g := titleGender(r.Title); g != anyGender {
			return g
		}
	}
	first, _, _ := strings.Cut(e.Name, " ")
	if g := titleGender(first); g != anyGender {
		return g
	}
	return givenNames[first]
}

// titleGender returns the sex a title tells, in any case, or anyGender.
func titleGender(title string) gender {
	for t, g := range genderedTitles {
		if strings.EqualFold(t, title) {
			return g
		}
	}
	return anyGender
}

// agrees reports whether the person id may be referred to by a pronoun of gender g.
func (x *extractor) agrees(id string, g gender) bool {
	if g == anyGender {
		return true
	}
	pg := x.genderOf(id)
	return pg == anyGender || pg == g
}
