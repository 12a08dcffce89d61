package events_test

import "testing"

func TestSubjectsAndObjects(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a coordinated subject with a possessive appositive",
			"Joe Biden and China's president, Xi Jinping, ended talks in San Francisco on Wednesday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-13..2024-03-13 @San Francisco"}},
		{"a subject that is a possessive appositive alone",
			"Japan's prime minister, Fumio Kishida, met Joe Biden in Washington on Wednesday.",
			[]string{"meeting occurred [Fumio Kishida, Joe Biden] absent[] 2024-03-13..2024-03-13 @Washington"}},
		{"a comma and opens a new subject after a place",
			"Narendra Modi was received by Emmanuel Macron at the Elysee Palace, and Olaf Scholz held talks with Macron there on Tuesday.",
			[]string{"meeting occurred [Emmanuel Macron, Narendra Modi] absent[] 2024-03-12..2024-03-12 @Paris",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"a possessive description before an appositive object",
			"Vladimir Putin held a televised meeting with his foreign minister, Sergei Lavrov, on Monday.",
			[]string{"meeting occurred [Sergey Lavrov, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @"}},
		{"a description with a country in it before an appositive object",
			"After the session the two men met with Antony Blinken and the U.S. envoy, Amos Hochstein, on Monday. Benjamin Netanyahu and Mahmoud Abbas had sat down together in Washington on Monday.",
			[]string{"meeting occurred [Amos Hochstein, Antony Blinken] absent[] 2024-03-11..2024-03-11 @",
				"meeting occurred [Benjamin Netanyahu, Mahmoud Abbas] absent[] 2024-03-11..2024-03-11 @Washington"}},
		{"a possessor in a description of the place is not a partner",
			"Giorgia Meloni met Prime Minister Fumio Kishida in Tokyo on Monday. On Friday Rishi Sunak hosted Emmanuel Macron at Chequers, the prime minister's country residence, and promised support.",
			[]string{"meeting occurred [Fumio Kishida, Giorgia Meloni] absent[] 2024-03-11..2024-03-11 @Tokyo",
				"meeting occurred [Emmanuel Macron, Rishi Sunak] absent[] 2024-03-15..2024-03-15 @Chequers"}},
		{"a role after as is not a partner",
			"Keir Starmer held his first meeting as prime minister with Emmanuel Macron in Paris on Thursday.",
			[]string{"meeting occurred [Emmanuel Macron, Keir Starmer] absent[] 2024-03-14..2024-03-14 @Paris"}},
		{"a country's possessive before a listed object is not a partner",
			"Cyril Ramaphosa spoke on Thursday, flanked by Xi Jinping, Brazil's Luiz Inácio Lula da Silva and Narendra Modi.",
			[]string{"meeting occurred [Cyril Ramaphosa, Luiz Inácio Lula da Silva, Narendra Modi, Xi Jinping] absent[] 2024-03-14..2024-03-14 @"}},
		{"a call from someone",
			"Olaf Scholz took a call from Joe Biden on Tuesday.",
			[]string{"call occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @"}},
	})
}

func TestSeparately(t *testing.T) {
	runContactTests(t, []contactTest{
		{"met two people separately",
			"Emmanuel Macron met Olaf Scholz and Giorgia Meloni separately in Brussels on Thursday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-14..2024-03-14 @Brussels",
				"meeting occurred [Emmanuel Macron, Giorgia Meloni] absent[] 2024-03-14..2024-03-14 @Brussels"}},
		{"received three people separately",
			"On Tuesday Joe Biden separately received Olaf Scholz, Giorgia Meloni and Pedro Sanchez at the White House.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Washington",
				"meeting occurred [Giorgia Meloni, Joe Biden] absent[] 2024-03-12..2024-03-12 @Washington",
				"meeting occurred [Joe Biden, Pedro Sánchez] absent[] 2024-03-12..2024-03-12 @Washington"}},
		{"separately with a crown prince and with a deputy crown prince",
			"Emmanuel Macron sat down separately with Crown Prince Mohammed bin Nayef and with Deputy Crown Prince Mohammed bin Salman in Riyadh on Thursday.",
			[]string{"meeting occurred [Emmanuel Macron, Muhammad bin Nayef] absent[] 2024-03-14..2024-03-14 @Riyadh",
				"meeting occurred [Emmanuel Macron, Mohammed bin Salman] absent[] 2024-03-14..2024-03-14 @Riyadh"}},
		{"separate meetings, then all of them together",
			"On Tuesday Joe Biden held separate meetings with Olaf Scholz, Giorgia Meloni and Pedro Sanchez at the White House before hosting all three at a working dinner.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Washington",
				"meeting occurred [Giorgia Meloni, Joe Biden] absent[] 2024-03-12..2024-03-12 @Washington",
				"meeting occurred [Joe Biden, Pedro Sánchez] absent[] 2024-03-12..2024-03-12 @Washington",
				"meeting occurred [Giorgia Meloni, Joe Biden, Olaf Scholz, Pedro Sánchez] absent[] 2024-03-12..2024-03-12 @White House"}},
		{"calls between one and both of two others are one call each",
			"On Monday there were telephone calls between Olaf Scholz and both Emmanuel Macron and Giorgia Meloni.",
			[]string{"call occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @",
				"call occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @"}},
		{"a call between three is one call",
			"On Monday there was a telephone call between Olaf Scholz, Emmanuel Macron and Giorgia Meloni.",
			[]string{"call occurred [Emmanuel Macron, Giorgia Meloni, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @"}},
		{"talks at a person's residence are with that person",
			"Joe Biden spoke with Li Qiang on Sunday. The U.S. president had arrived in New Delhi on Friday and gone straight to Modi's residence for talks, at which the two leaders welcomed progress.",
			[]string{"meeting occurred [Joe Biden, Li Qiang] absent[] 2024-03-10..2024-03-10 @",
				"visit occurred [India, Joe Biden] absent[] 2024-03-15..2024-03-15 @New Delhi",
				"meeting occurred [Joe Biden, Narendra Modi] absent[] 2024-03-15..2024-03-15 @New Delhi"}},
		{"a host's welcome of two guests is one contact with each",
			"Joe Biden and Xi Jinping signed a treaty in Prague on Thursday. Both men were welcomed at the castle by Czech President Petr Pavel.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-14..2024-03-14 @Prague",
				"meeting occurred [Petr Pavel, Xi Jinping] absent[] 2024-03-14..2024-03-14 @",
				"meeting occurred [Joe Biden, Petr Pavel] absent[] 2024-03-14..2024-03-14 @"}},
		{"without separately they met together",
			"Emmanuel Macron met Olaf Scholz and Giorgia Meloni in Brussels on Thursday.",
			[]string{"meeting occurred [Emmanuel Macron, Giorgia Meloni, Olaf Scholz] absent[] 2024-03-14..2024-03-14 @Brussels"}},
	})
}

func TestTalksOnTheMargins(t *testing.T) {
	runContactTests(t, []contactTest{
		{"talks on the margins with three leaders are three bilaterals",
			"On Thursday Joe Biden held talks on the margins with Xi Jinping, Fumio Kishida and Emmanuel Macron.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-14..2024-03-14 @",
				"meeting occurred [Fumio Kishida, Joe Biden] absent[] 2024-03-14..2024-03-14 @",
				"meeting occurred [Emmanuel Macron, Joe Biden] absent[] 2024-03-14..2024-03-14 @"}},
		{"talks on the sidelines of a summit with one leader",
			"On Thursday Joe Biden held talks on the sidelines of the annual assembly with Xi Jinping.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-14..2024-03-14 @"}},
		{"talks with two leaders, no margins: one meeting",
			"On Thursday Joe Biden held talks with Xi Jinping and Fumio Kishida.",
			[]string{"meeting occurred [Fumio Kishida, Joe Biden, Xi Jinping] absent[] 2024-03-14..2024-03-14 @"}},
	})
}

func TestSeparateTalksOfTwoSubjects(t *testing.T) {
	runContactTests(t, []contactTest{
		{"two subjects held separate talks with one partner",
			"Antony Blinken and Jake Sullivan held separate talks with Wang Yi in Beijing on Tuesday.",
			[]string{"meeting occurred [Jake Sullivan, Wang Yi] absent[] 2024-03-12..2024-03-12 @Beijing",
				"meeting occurred [Antony Blinken, Wang Yi] absent[] 2024-03-12..2024-03-12 @Beijing"}},
		{"two subjects separately met one partner",
			"Antony Blinken and Jake Sullivan separately met Wang Yi in Beijing on Tuesday.",
			[]string{"meeting occurred [Jake Sullivan, Wang Yi] absent[] 2024-03-12..2024-03-12 @Beijing",
				"meeting occurred [Antony Blinken, Wang Yi] absent[] 2024-03-12..2024-03-12 @Beijing"}},
		{"two subjects held talks with one partner: one meeting",
			"Antony Blinken and Jake Sullivan held talks with Wang Yi in Beijing on Tuesday.",
			[]string{"meeting occurred [Antony Blinken, Jake Sullivan, Wang Yi] absent[] 2024-03-12..2024-03-12 @Beijing"}},
	})
}

func TestIncludingList(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a group noun, then the names it includes",
			"Joe Biden met business leaders, including Bill Gates and Warren Buffett, on Tuesday.",
			[]string{"meeting occurred [Bill Gates, Joe Biden, Warren Buffett] absent[] 2024-03-12..2024-03-12 @"}},
		{"a lower-case noun, then kin with a possessive",
			"Joe Biden had dinner with relatives, including his sister Valerie Owens and his son, Hunter Biden, on Tuesday.",
			[]string{"meeting occurred [Hunter Biden, Joe Biden, Valerie Owens] absent[] 2024-03-12..2024-03-12 @"}},
		{"a group noun with no names after it",
			"Joe Biden met business leaders, including bankers, on Tuesday.",
			nil},
	})
}

func TestDescriptionAfterThe(t *testing.T) {
	runContactTests(t, []contactTest{
		{"an adjective between the and the titled name",
			"On Tuesday Joe Biden visited the ailing King Charles III at a hospital.",
			[]string{"meeting occurred [Charles III, Joe Biden] absent[] 2024-03-12..2024-03-12 @"}},
		{"the and a lower-case noun with no name after it",
			"On Tuesday Joe Biden visited the ailing veterans at a hospital.",
			[]string{"visit occurred [Joe Biden] absent[] 2024-03-12..2024-03-12 @"}},
	})
}

func TestPlaceOrDateBetweenObjects(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a place with a building noun after the first name only",
			"On Tuesday Joe Biden met President Sergio Mattarella at the Quirinale palace and Prime Minister Giorgia Meloni.",
			[]string{"meeting occurred [Joe Biden, Sergio Mattarella] absent[] 2024-03-12..2024-03-12 @Rome",
				"meeting occurred [Giorgia Meloni, Joe Biden] absent[] 2024-03-12..2024-03-12 @Rome"}},
		{"a date set off by commas after 'and' is the next name's",
			"Joe Biden met Benjamin Netanyahu in Jerusalem on Wednesday and, on Tuesday, Mahmoud Abbas in Bethlehem.",
			[]string{"meeting occurred [Benjamin Netanyahu, Joe Biden] absent[] 2024-03-13..2024-03-13 @Jerusalem",
				"meeting occurred [Joe Biden, Mahmoud Abbas] absent[] 2024-03-12..2024-03-12 @Bethlehem"}},
		{"two names and one place after both: one meeting",
			"On Tuesday Joe Biden met Sergio Mattarella and Giorgia Meloni in Rome.",
			[]string{"meeting occurred [Giorgia Meloni, Joe Biden, Sergio Mattarella] absent[] 2024-03-12..2024-03-12 @Rome"}},
	})
}

func TestVisitToSomeonesHome(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a visit to the home of a described person",
			"On Tuesday Joe Biden paid a visit to the home of opposition leader Aung San Suu Kyi.",
			[]string{"meeting occurred [Aung San Suu Kyi, Joe Biden] absent[] 2024-03-12..2024-03-12 @"}},
		{"visited a person's residence",
			"On Tuesday Joe Biden visited Aung San Suu Kyi's residence.",
			[]string{"meeting occurred [Aung San Suu Kyi, Joe Biden] absent[] 2024-03-12..2024-03-12 @"}},
		{"the home of the late: no one met",
			"On Tuesday Joe Biden visited the home of the late Nelson Mandela.",
			[]string{"visit occurred [Joe Biden] absent[] 2024-03-12..2024-03-12 @"}},
	})
}

func TestWhomObject(t *testing.T) {
	runContactTests(t, []contactTest{
		{"the person before whom is the object",
			"The seat went to South Korean President Park Geun-hye, whom Barack Obama met in Vientiane on Tuesday.",
			[]string{"meeting occurred [Barack Obama, Park Geun-hye] absent[] 2024-03-12..2024-03-12 @Vientiane"}},
		{"with a pronoun subject",
			"Olaf Scholz praised Giorgia Meloni, whom he met in Rome on Tuesday.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Rome"}},
		{"whom someone has never met is no contact",
			"Olaf Scholz criticised Giorgia Meloni, whom he has never met.",
			nil},
	})
}

func TestAgain(t *testing.T) {
	runContactTests(t, []contactTest{
		{"and again with a date of its own is a second meeting",
			"Olaf Scholz and Emmanuel Macron first met in Berlin on January 27 and again, at short notice, in Paris on February 26, when the talks appeared stalled.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-01-27..2024-01-27 @Berlin",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-02-26..2024-02-26 @Paris"}},
		{"again with no date of its own adds nothing",
			"Olaf Scholz met Emmanuel Macron in Berlin on January 27 and again praised the plan.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-01-27..2024-01-27 @Berlin"}},
	})
}
