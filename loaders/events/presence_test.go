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
		{"signers with two people standing beside them",
			"Antony Blinken and Sergei Lavrov signed the accord in Geneva on Sunday, as Joe Biden and Vladimir Putin stood beside them.",
			[]string{"meeting occurred [Antony Blinken, Joe Biden, Sergey Lavrov, Vladimir Putin] absent[] 2024-03-10..2024-03-10 @Geneva"}},
		{"met someone as a third person sat next to him",
			"Olaf Scholz met Giorgia Meloni in Rome on Tuesday, as Pedro Sanchez sat next to him.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz, Pedro Sánchez] absent[] 2024-03-12..2024-03-12 @Rome"}},
		{"a host who stood between the two in a when clause",
			"Olaf Scholz and Giorgia Meloni first met in Rome in May 2019, when Sergio Mattarella stood between them.",
			[]string{"meeting occurred [Giorgia Meloni, Olaf Scholz, Sergio Mattarella] absent[] 2019-05-01..2019-05-31 @Rome"}},
		{"stood beside with no contact before is a meeting of its own",
			"As Joe Biden stood beside Olaf Scholz in Berlin on Monday, the crowd cheered.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
		{"a country's presence adds no person",
			"Joe Biden met Olaf Scholz in Berlin on Monday in the presence of France.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
	})
}
