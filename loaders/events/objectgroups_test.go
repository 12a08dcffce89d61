package events_test

import "testing"

func TestCountedPluralObjects(t *testing.T) {
	runContactTests(t, []contactTest{
		{"received the two ministers named together before, separately",
			"The foreign ministers of France and Italy, Jean-Noel Barrot and Antonio Tajani, issued a statement on Monday. Antony Blinken received the two ministers separately in Washington on Thursday.",
			[]string{"meeting occurred [Antony Blinken, Jean-Noël Barrot] absent[] 2024-03-14..2024-03-14 @Washington",
				"meeting occurred [Antonio Tajani, Antony Blinken] absent[] 2024-03-14..2024-03-14 @Washington"}},
		{"met the two leaders of the contact just told",
			"Olaf Scholz and Giorgia Meloni held talks in Rome on Tuesday. Later that day Pope Francis met the two leaders at the Vatican.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Rome",
				"meeting occurred [Giorgia Meloni, Olaf Scholz, Pope Francis] absent[] 2024-03-12..2024-03-12 @Holy See"}},
		{"spoke by phone with both leaders: two calls",
			"Olaf Scholz and Giorgia Meloni held talks in Rome on Tuesday. On Wednesday Joe Biden spoke by phone with both leaders.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Rome",
				"call occurred [Giorgia Meloni, Joe Biden] absent[] 2024-03-13..2024-03-13 @",
				"call occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @"}},
		{"a host's greeting of the two leaders is no new meeting",
			"Olaf Scholz and Giorgia Meloni held talks in Geneva on Tuesday. The Swiss president, Viola Amherd, greeted the two leaders at the entrance.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Geneva"}},
	})
}
