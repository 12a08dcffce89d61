package events_test

import "testing"

func TestHabitual(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a summary of many meetings is no meeting",
			"Olaf Scholz has met Emmanuel Macron repeatedly this year.", nil},
		{"nor with a count of times",
			"Olaf Scholz has met Emmanuel Macron several times since January.", nil},
		{"often before the verb",
			"Olaf Scholz and Emmanuel Macron have often met in Strasbourg.", nil},
		{"the summary joins no meetings told apart",
			"Olaf Scholz and Emmanuel Macron held talks in Paris on Friday. Scholz has met Macron repeatedly this year. In October the two leaders talked briefly in Rome.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @Paris",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2023-10-01..2023-10-31 @Rome"}},
		{"a single meeting",
			"Olaf Scholz met Emmanuel Macron in Paris on Friday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-15..2024-03-15 @Paris"}},
	})
}
