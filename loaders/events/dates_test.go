package events_test

import "testing"

func TestCallsAndDates(t *testing.T) {
	runContactTests(t, []contactTest{
		{"phone call the previous day", "Emmanuel Macron spoke by phone with Olaf Scholz the previous day.",
			[]string{"call occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-14..2024-03-14 @"}},
		{"discourse date within a paragraph",
			"Emmanuel Macron met Olaf Scholz in Berlin on Tuesday. Scholz later spoke by phone with Giorgia Meloni.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin",
				"call occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @"}},
		{"a new paragraph returns to the story's date",
			"Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.\n\nThe two had last met in Paris in January.\n\nAfterwards Scholz spoke by phone with Giorgia Meloni.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-01-01..2024-01-31 @Paris",
				"call occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @"}},
		{"a day the lead names before any contact is the story's date",
			"PARIS — Olaf Scholz became the first chancellor to address the French parliament on Tuesday.\n\nScholz and Emmanuel Macron then held talks at the Elysee.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"a day named after the lead is not the story's date",
			"PARIS — Olaf Scholz addressed the French parliament.\n\nThe budget passed on Tuesday.\n\nScholz and Emmanuel Macron then held talks at the Elysee.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] .. @Paris"}},
		{"that evening is the day told before",
			"Emmanuel Macron and Olaf Scholz flew in on Tuesday. That evening Macron met Giorgia Meloni.",
			[]string{"meeting occurred [Emmanuel Macron, Giorgia Meloni] absent[] 2024-03-12..2024-03-12 @"}},
		{"that evening is the story's day when the day told is the publication day",
			"Olaf Scholz held talks with Emmanuel Macron in Paris on Tuesday, officials said on Friday.\n\nThat evening Macron met Giorgia Meloni.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris",
				"meeting occurred [Emmanuel Macron, Giorgia Meloni] absent[] 2024-03-12..2024-03-12 @"}},
	})
}

func TestPluralPairs(t *testing.T) {
	runContactTests(t, []contactTest{
		{"the two presidents are the pair named before; they is the previous subject",
			"German Chancellor Olaf Scholz met Italian Prime Minister Giorgia Meloni in Rome on Tuesday. Scholz expects Presidents Emmanuel Macron and Joe Biden to come to Berlin. The two presidents have met once this year. In January they held talks in Paris.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Rome",
				"meeting occurred [Emmanuel Macron, Joe Biden] absent[] 2024-01-01..2024-01-31 @Paris"}},
	})
}

func TestDatesAndPlaces(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a coordinated verb after a comma and shares the date",
			"Kim Jong Un crossed the border on Friday, becoming the first leader to do so, and shook hands with Yoon Suk Yeol.",
			[]string{"meeting occurred [Kim Jong Un, Yoon Suk Yeol] absent[] 2024-03-15..2024-03-15 @"}},
		{"a where clause takes the date of its head",
			"Xi Jinping spoke by phone with Joe Biden last month. Olaf Scholz was in Paris on Tuesday, where he was received by Emmanuel Macron.",
			[]string{"call occurred [Joe Biden, Xi Jinping] absent[] 2024-02-01..2024-02-29 @",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"an unknown venue lies in the dateline's city",
			"GENEVA — Joe Biden met Vladimir Putin at the Villa Zorbetti on Wednesday.",
			[]string{"meeting occurred [Joe Biden, Vladimir Putin] absent[] 2024-03-13..2024-03-13 @Geneva"}},
		{"an adverb before ends no clause",
			"Joe Biden and Xi Jinping had met before, in Bali in November 2022.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2022-11-01..2022-11-30 @Bali"}},
		{"brief is a verb only after to",
			"Jake Sullivan flew to Berlin on Monday to brief Olaf Scholz. Scholz made brief remarks.",
			[]string{"visit occurred [Germany, Jake Sullivan] absent[] 2024-03-11..2024-03-11 @Berlin",
				"meeting occurred [Jake Sullivan, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
		{"a date in a relative clause after a name dates no event",
			"Prime Minister Anwar Ibrahim met Emmanuel Macron on Tuesday. Olaf Scholz, whose government took office in December 2021, received Rishi Sunak in Berlin.",
			[]string{"meeting occurred [Anwar Ibrahim, Emmanuel Macron] absent[] 2024-03-12..2024-03-12 @",
				"meeting occurred [Olaf Scholz, Rishi Sunak] absent[] 2024-03-12..2024-03-12 @Berlin"}},
		{"a relative clause closed by when goes on to tell of the event",
			"Joe Biden, who had questioned the plan in January 2023, when he also spoke by phone with Xi Jinping, stayed home.",
			[]string{"call occurred [Joe Biden, Xi Jinping] absent[] 2023-01-01..2023-01-31 @"}},
		{"earlier in the week counts back from the story's day",
			"BERLIN — Joe Biden met Olaf Scholz on Wednesday. Biden arrived in Berlin after talks in Paris earlier in the week with Emmanuel Macron.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Berlin",
				"visit occurred [Germany, Joe Biden] absent[] 2024-03-13..2024-03-13 @Berlin",
				"meeting occurred [Emmanuel Macron, Joe Biden] absent[] 2024-03-11..2024-03-13 @Paris"}},
		{"later this month is still to come",
			"Joe Biden met Olaf Scholz on Friday. The talks cleared the way for a summit later this month in Rome, where Biden and Scholz are to be joined by Giorgia Meloni.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @"}},
		{"an event told on a day still to come is planned",
			"Emmanuel Macron met Olaf Scholz in Berlin on Thursday. Macron flies on to Rome on March 20. He then travels to Madrid for talks with Pedro Sánchez.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-14..2024-03-14 @Berlin",
				"meeting planned [Emmanuel Macron, Pedro Sánchez] absent[] 2024-03-20..2024-03-20 @Madrid"}},
		{"the dateline is not the subject",
			"PANMUNJOM, South Korea — Kim Jong Un walked across the line on Friday and shook hands with Yoon Suk Yeol.",
			[]string{"meeting occurred [Kim Jong Un, Yoon Suk Yeol] absent[] 2024-03-15..2024-03-15 @Panmunjom"}},
	})
}

func TestSinceWhenDates(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a when clause after since takes its date",
			"It was the first meeting of the group since October 2016, when Olaf Scholz and Giorgia Meloni met in Berlin.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2016-10-01..2016-10-31 @Berlin"}},
		{"a year after since, with a when clause",
			"No Italian leader had made the trip since 2019, when Giuseppe Conte held talks with Emmanuel Macron in Paris.",
			[]string{"meeting occurred [Emmanuel Macron, Giuseppe Conte] absent[] 2019-01-01..2019-12-31 @Paris"}},
		{"since without a when clause is no date of the contact",
			"Olaf Scholz met Giorgia Meloni in Rome, their first talks since 2016.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] .. @Rome"}},
	})
}

func TestDateOfTheAnaphorClause(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a date before \", and the two leaders\" belongs to the clause before",
			"Olaf Scholz and Emmanuel Macron held talks in Paris on Friday. Scholz travelled to Lyon in May and to Nice in September for a forum, and the two leaders talked briefly on the sidelines of a summit in Rome last month.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @Paris",
				"visit occurred [France, Olaf Scholz] absent[] 2023-05-01..2023-05-31 @Lyon",
				"summit occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-02-01..2024-02-29 @Rome"}},
	})
}

func TestNounModifierDateIsNoStoryDay(t *testing.T) {
	runContactTests(t, []contactTest{
		{"that morning after \"the May 25 election\" is the story's day",
			"Olaf Scholz met Emmanuel Macron in Paris on Friday. It was their first talk since Macron won the February 25 election. Scholz had already seen Giorgia Meloni alone that morning.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @Paris",
				"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @"}},
	})
}

func TestListedPlacesAndDates(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a list of places and dates is one meeting each",
			"Olaf Scholz and Emmanuel Macron had met twice last year on the sidelines of international gatherings, in New York in September and in Rome in November.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2023-09-01..2023-09-30 @New York",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2023-11-01..2023-11-30 @Rome"}},
		{"one place and date is one meeting",
			"Olaf Scholz met Emmanuel Macron in Rome in November.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2023-11-01..2023-11-30 @Rome"}},
	})
}

func TestAnchoredDates(t *testing.T) {
	runContactTests(t, []contactTest{
		{"on the day of the first summit",
			"The leaders met at a summit in Abuja on February 20 and again at a second summit there on March 1. Olaf Scholz flew to Niamey on the day of the first Abuja summit and met Emmanuel Macron.",
			[]string{"visit occurred [Niger, Olaf Scholz] absent[] 2024-02-20..2024-02-20 @Niamey",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-02-20..2024-02-20 @Niamey"}},
		{"within hours of landing is the day of the arrival",
			"Olaf Scholz met Joe Biden in Hiroshima on Sunday. He flew in on Saturday from Saudi Arabia.\n\nWithin hours of landing he held talks with Narendra Modi.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-10..2024-03-10 @Hiroshima",
				"meeting occurred [Narendra Modi, Olaf Scholz] absent[] 2024-03-09..2024-03-09 @"}},
		{"the previous two days are the two days before the story's day",
			"Olaf Scholz met Emmanuel Macron in Paris on Friday. He reached Paris from Rome, where he had spent the previous two days in talks with Giorgia Meloni.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @Paris",
				"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-13..2024-03-14 @Rome"}},
		{"two months before that deal",
			"The agreement builds on an interim deal struck in Geneva in November 2013. Two months before that interim deal, Olaf Scholz and Emmanuel Macron spoke by phone.",
			[]string{"call occurred [Emmanuel Macron, Olaf Scholz] absent[] 2013-09-01..2013-09-30 @"}},
	})
}

func TestDateInSinceClause(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a date in a since-clause before the trigger dates the earlier event",
			"Joe Biden and Xi Jinping restored ties frozen since China shot down a balloon in February, in their first talks.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] .. @"}},
		{"a phrase naming the sentence's own contact takes the date of the clause before",
			"Joe Biden and Xi Jinping agreed on Tuesday to restore ties frozen since China shot down a balloon in February, in their first talks.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-12..2024-03-12 @"}},
		{"a date after since and a noun phrase may still date the contact",
			"On Tuesday Joe Biden made his first trip since Russia's invasion, meeting Olaf Scholz in Berlin.",
			[]string{"visit occurred [Joe Biden] absent[] 2024-03-12..2024-03-12 @Berlin",
				"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin"}},
	})
}
