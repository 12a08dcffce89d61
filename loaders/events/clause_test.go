package events_test

import "testing"

func TestParticipants(t *testing.T) {
	runContactTests(t, []contactTest{
		{"coordinated subjects", "Emmanuel Macron and Olaf Scholz met in Berlin on Tuesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin"}},
		{"appositive subjects", "The two countries' leaders, Emmanuel Macron and Olaf Scholz, met in Berlin on Tuesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin"}},
		{"possessive appositive object", "Antony Blinken met China's top diplomat, Wang Yi, on Thursday.",
			[]string{"meeting occurred [Antony Blinken, Wang Yi] absent[] 2024-03-14..2024-03-14 @"}},
		{"hosted at a place", "Emmanuel Macron hosted Olaf Scholz at the Elysee Palace in Paris on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Paris"}},
		{"held talks with", "Olaf Scholz held talks with Emmanuel Macron in Paris on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Paris"}},
		{"noun with between", "A meeting between Emmanuel Macron and Olaf Scholz ended without agreement on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @"}},
		{"noun modified by as-phrase", "Emmanuel Macron and Olaf Scholz held their first meeting as leaders on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @"}},
		{"verb with a later with", "Olaf Scholz discussed the proposal with Emmanuel Macron in Paris on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Paris"}},
		{"relative clause and coordinated verbs",
			"It was a success for Chancellor Olaf Scholz, who visited Paris on Monday and met Emmanuel Macron.",
			[]string{"visit occurred [France, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"plural anaphor", "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday. On Wednesday the two leaders met Giorgia Meloni in Rome.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Berlin",
				"meeting occurred [Emmanuel Macron, Giorgia Meloni, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Rome"}},
	})
}

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
	})
}

func TestAbsence(t *testing.T) {
	runContactTests(t, []contactTest{
		{"unable to attend",
			"Emmanuel Macron met Olaf Scholz, Giorgia Meloni and Pedro Sánchez in Brussels on Thursday. Meloni and Sánchez were unable to attend.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[Giorgia Meloni, Pedro Sánchez] 2024-03-14..2024-03-14 @Brussels"}},
	})
}
