package events_test

import "testing"

func TestPresence(t *testing.T) {
	runContactTests(t, []contactTest{
		{"signed with someone in a third person's presence",
			"Joe Biden signed a trade pact with Prime Minister Olaf Scholz in Emmanuel Macron's presence on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Joe Biden, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @"}},
		{"met someone in the presence of two others",
			"Joe Biden met Olaf Scholz in Berlin on Monday in the presence of Emmanuel Macron and Giorgia Meloni.",
			[]string{"meeting occurred [Emmanuel Macron, Giorgia Meloni, Joe Biden, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
		{"a presence with no contact before it adds no one",
			"Emmanuel Macron's presence in Berlin on Monday surprised Olaf Scholz.",
			nil},
		{"a country's presence adds no person",
			"Joe Biden met Olaf Scholz in Berlin on Monday in the presence of France.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
	})
}
