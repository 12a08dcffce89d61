package events_test

import "testing"

func TestCompanionsAtTheTable(t *testing.T) {
	runContactTests(t, []contactTest{
		{"joined with a place between the verb and by",
			"Olaf Scholz met Emmanuel Macron in Paris on Monday. Scholz was joined at the table by Annalena Baerbock and Robert Habeck.",
			[]string{"meeting occurred [Annalena Baerbock, Emmanuel Macron, Olaf Scholz, Robert Habeck] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"a plural subject joined later by",
			"Joe Biden met Xi Jinping in Woodside on Wednesday. The two were then joined in the garden by Antony Blinken.",
			[]string{"meeting occurred [Antony Blinken, Joe Biden, Xi Jinping] absent[] 2024-03-13..2024-03-13 @Woodside"}},
		{"came with an aide",
			"Antony Blinken held talks with Wang Yi in Beijing on Monday. Wang came with Liu Jianchao, a senior party official.",
			[]string{"meeting occurred [Antony Blinken, Liu Jianchao, Wang Yi] absent[] 2024-03-11..2024-03-11 @Beijing"}},
		{"came with a warning is no companion",
			"Antony Blinken held talks with Wang Yi in Beijing on Monday. Wang came with a warning about Taiwan.",
			[]string{"meeting occurred [Antony Blinken, Wang Yi] absent[] 2024-03-11..2024-03-11 @Beijing"}},
		{"accompanied by, before the verb",
			"Joe Biden, accompanied by Antony Blinken, met Olaf Scholz in Berlin on Monday.",
			[]string{"meeting occurred [Antony Blinken, Joe Biden, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
		{"gathered leaders including",
			"On Monday, Emmanuel Macron gathered leaders including Olaf Scholz and Giorgia Meloni in Paris for talks on Ukraine.",
			[]string{"meeting occurred [Emmanuel Macron, Giorgia Meloni, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"hosted ministers including",
			"Olaf Scholz hosted ministers including Antony Blinken and Wang Yi in Berlin on Tuesday.",
			[]string{"meeting occurred [Antony Blinken, Olaf Scholz, Wang Yi] absent[] 2024-03-12..2024-03-12 @Berlin"}},
		{"the four after a named list",
			"Olaf Scholz, Emmanuel Macron, Mario Draghi and Klaus Iohannis arrived by train on Thursday. The four laid wreaths in the city before sitting down with Volodymyr Zelensky.",
			[]string{"meeting occurred [Emmanuel Macron, Klaus Iohannis, Mario Draghi, Olaf Scholz, Volodymyr Zelenskyy] absent[] 2024-03-14..2024-03-14 @"}},
		{"the five leaders rang",
			"Olaf Scholz, Emmanuel Macron, Mario Draghi and Klaus Iohannis met Volodymyr Zelensky in Kyiv on Thursday. Midway through the talks the five leaders rang Joe Biden.",
			[]string{
				"meeting occurred [Emmanuel Macron, Klaus Iohannis, Mario Draghi, Olaf Scholz, Volodymyr Zelenskyy] absent[] 2024-03-14..2024-03-14 @Kyiv",
				"call occurred [Emmanuel Macron, Joe Biden, Klaus Iohannis, Mario Draghi, Olaf Scholz, Volodymyr Zelenskyy] absent[] 2024-03-14..2024-03-14 @"}},
		{"in which others took part",
			"Xi Jinping was received by Joe Biden in Woodside on Wednesday for a longer session in which Antony Blinken and Janet Yellen took part.",
			[]string{"meeting occurred [Antony Blinken, Janet Yellen, Joe Biden, Xi Jinping] absent[] 2024-03-13..2024-03-13 @Woodside"}},
		{"who both took part in it",
			"Vladimir Putin met Petro Poroshenko in Paris on Friday. Their encounter was arranged by Angela Merkel and François Hollande, who both took part in it.",
			[]string{"meeting occurred [Angela Merkel, François Hollande, Petro Poroshenko, Vladimir Putin] absent[] 2024-03-15..2024-03-15 @Paris"}},
		{"did not take part",
			"Vladimir Putin met Petro Poroshenko in Paris on Friday. Angela Merkel did not take part.",
			[]string{"meeting occurred [Petro Poroshenko, Vladimir Putin] absent[Angela Merkel] 2024-03-15..2024-03-15 @Paris"}},
		{"with others alongside them",
			"Joe Biden and Vladimir Putin held talks in Geneva on Wednesday. The first session was small, with only Antony Blinken and Sergei Lavrov alongside the two presidents.",
			[]string{"meeting occurred [Antony Blinken, Joe Biden, Sergey Lavrov, Vladimir Putin] absent[] 2024-03-13..2024-03-13 @Geneva"}},
		{"a person of a country in a list of subjects",
			"Prime Minister Narendra Modi of India and Joe Biden appeared together in Houston on Sunday.",
			[]string{"meeting occurred [Joe Biden, Narendra Modi] absent[] 2024-03-10..2024-03-10 @Houston"}},
	})
}

func TestCompanionSkipsCall(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a companion joins the meeting, not a call told after it",
			"Naftali Bennett met Vladimir Putin in Moscow on Saturday. He also telephoned Volodymyr Zelensky. Bennett was accompanied by Housing Minister Zeev Elkin.",
			[]string{"meeting occurred [Naftali Bennett, Vladimir Putin, Zeev Elkin] absent[] 2024-03-09..2024-03-09 @Moscow",
				"call occurred [Naftali Bennett, Volodymyr Zelenskyy] absent[] 2024-03-09..2024-03-09 @"}},
	})
}

func TestCallAfterMeeting(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a call told after a meeting with then is its own event",
			"Naftali Bennett held talks with Vladimir Putin in Moscow on Saturday, then spoke by phone with Volodymyr Zelensky.",
			[]string{"meeting occurred [Naftali Bennett, Vladimir Putin] absent[] 2024-03-09..2024-03-09 @Moscow",
				"call occurred [Naftali Bennett, Volodymyr Zelenskyy] absent[] 2024-03-09..2024-03-09 @Moscow"}},
		{"a companion then joins the meeting, not the call",
			"Naftali Bennett held talks with Vladimir Putin in Moscow on Saturday, then spoke by phone with Volodymyr Zelensky. Bennett was accompanied by Housing Minister Zeev Elkin.",
			[]string{"meeting occurred [Naftali Bennett, Vladimir Putin, Zeev Elkin] absent[] 2024-03-09..2024-03-09 @Moscow",
				"call occurred [Naftali Bennett, Volodymyr Zelenskyy] absent[] 2024-03-09..2024-03-09 @Moscow"}},
		{"a passive host after a verb still continues the event",
			"Emmanuel Macron met Olaf Scholz at the Elysee on Monday, hosted by Brigitte Macron.",
			[]string{"meeting occurred [Brigitte Macron, Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris"}},
	})
}
