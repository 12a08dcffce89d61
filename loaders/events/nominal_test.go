package events_test

import "testing"

func TestOfficeOfNamedCountry(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a described head of another country in apposition is no earlier president",
			"President Joe Biden met Narendra Modi in Delhi on Monday. On Tuesday Biden and Modi joined the president of the United Arab Emirates, Mohammed bin Zayed Al Nahyan, in a virtual summit.",
			[]string{"meeting occurred [Joe Biden, Narendra Modi] absent[] 2024-03-11..2024-03-11 @Delhi",
				"summit occurred [Joe Biden, Mohamed bin Zayed Al Nahyan, Narendra Modi] absent[] 2024-03-12..2024-03-12 @"}},
		{"the president of a named country is its president",
			"President Joe Biden arrived in Paris on Sunday. On Monday he met the president of France at the Elysee.",
			[]string{"visit occurred [France, Joe Biden] absent[] 2024-03-10..2024-03-10 @Paris",
				"meeting occurred [Emmanuel Macron, Joe Biden] absent[] 2024-03-11..2024-03-11 @Paris"}},
	})
}

func TestHeirDescription(t *testing.T) {
	runContactTests(t, []contactTest{
		{"the heir of a country is its crown prince",
			"Emmanuel Macron met Saudi Crown Prince Mohammed bin Salman in Jeddah on Saturday. The French president and the Saudi heir then telephoned Lebanese Prime Minister Najib Mikati together.",
			[]string{"meeting occurred [Emmanuel Macron, Mohammed bin Salman] absent[] 2024-03-09..2024-03-09 @Jeddah",
				"call occurred [Emmanuel Macron, Mohammed bin Salman, Najib Mikati] absent[] 2024-03-09..2024-03-09 @"}},
	})
}
