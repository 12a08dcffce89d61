package events_test

import "testing"

func TestStatus(t *testing.T) {
	runContactTests(t, []contactTest{
		{"past", "Emmanuel Macron met Olaf Scholz on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @"}},
		{"future modal", "Emmanuel Macron will meet Olaf Scholz next week.",
			[]string{"meeting planned [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-18..2024-03-24 @"}},
		{"negated", "Emmanuel Macron did not meet Olaf Scholz on Monday.", nil},
		{"was due to", "Macron was due to fly to Berlin on Saturday for talks with Chancellor Olaf Scholz.",
			[]string{"meeting planned [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-16..2024-03-16 @Berlin"}},
		{"subject noun, open", "A meeting with President Emmanuel Macron has not been ruled out.", nil},
		{"subject noun, could", "He said a meeting between Emmanuel Macron and Olaf Scholz could take place soon.",
			[]string{"meeting hypothetical [Emmanuel Macron, Olaf Scholz] absent[] .. @"}},
		{"month May is no modal", "Olaf Scholz made a trip to Paris in May to meet Emmanuel Macron.",
			[]string{"visit occurred [France, Olaf Scholz] absent[] 2023-05-01..2023-05-31 @Paris",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2023-05-01..2023-05-31 @Paris"}},
		{"purpose of a planned trip", "Olaf Scholz will travel to Paris next week to meet Emmanuel Macron.",
			[]string{"meeting planned [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-18..2024-03-24 @Paris"}},
	})
}
