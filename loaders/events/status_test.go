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
		{"a quoted term keeps the modal before it",
			"Olaf Scholz and Emmanuel Macron will hold regular \"two-plus-two\" talks.",
			[]string{"meeting planned [Emmanuel Macron, Olaf Scholz] absent[] .. @"}},
		{"a quoted term after a past verb",
			"Olaf Scholz held \"frank\" talks with Emmanuel Macron on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @"}},
		{"present simple is the schedule", "Olaf Scholz, who meets Emmanuel Macron in Paris on Monday, warned against haste.",
			[]string{"meeting planned [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"purpose of a planned trip", "Olaf Scholz will travel to Paris next week to meet Emmanuel Macron.",
			[]string{"meeting planned [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-18..2024-03-24 @Paris"}},
	})
}

func TestDependentStatus(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a bare verb after and takes the modal of the first",
			"Joe Biden is to address a crowd of students in Berlin next week and hold talks with Olaf Scholz.",
			[]string{"meeting planned [Joe Biden, Olaf Scholz] absent[] 2024-03-18..2024-03-24 @Berlin"}},
		{"a bare verb after and, with a modal",
			"Olaf Scholz will land in Ottawa and meet Justin Trudeau.",
			[]string{"meeting planned [Justin Trudeau, Olaf Scholz] absent[] .. @Ottawa"}},
		{"a before clause after a scheduled one",
			"Joe Biden is scheduled to tour a factory, before flying to Ottawa for talks with Justin Trudeau.",
			[]string{"meeting planned [Joe Biden, Justin Trudeau] absent[] .. @Ottawa"}},
		{"a before clause after a past one happened",
			"Joe Biden toured a factory on Monday, before flying to Ottawa for talks with Justin Trudeau.",
			[]string{"meeting occurred [Joe Biden, Justin Trudeau] absent[] 2024-03-11..2024-03-11 @Ottawa"}},
		{"due in a place to see someone",
			"On Tuesday Joe Biden is due in Ottawa to see Justin Trudeau.",
			[]string{"meeting planned [Joe Biden, Justin Trudeau] absent[] 2024-03-19..2024-03-19 @Ottawa"}},
		{"pencilled in for talks",
			"Olaf Scholz and Narendra Modi had been pencilled in for talks on Sunday, but the slot came and went.",
			[]string{"meeting planned [Narendra Modi, Olaf Scholz] absent[] 2024-03-10..2024-03-10 @"}},
		{"was at a place to brief someone",
			"On Monday, Olaf Scholz was at the White House to brief Joe Biden.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Washington"}},
		{"flew somewhere to see someone",
			"Olaf Scholz flew to Kyiv on Monday to see Volodymyr Zelensky.",
			[]string{"visit occurred [Olaf Scholz, Ukraine] absent[] 2024-03-11..2024-03-11 @Kyiv",
				"meeting occurred [Olaf Scholz, Volodymyr Zelenskyy] absent[] 2024-03-11..2024-03-11 @Kyiv"}},
		{"a participle meeting a named person",
			"Antony Blinken made a trip to Baghdad on Monday, meeting Prime Minister Mohammed Shia al-Sudani there.",
			[]string{"visit occurred [Antony Blinken, Iraq] absent[] 2024-03-11..2024-03-11 @Baghdad",
				"meeting occurred [Antony Blinken, Mohammed Shia al-Sudani] absent[] 2024-03-11..2024-03-11 @Baghdad"}},
	})
}

func TestPurposeAndIntent(t *testing.T) {
	runContactTests(t, []contactTest{
		{"offered to host is no meeting",
			"Recep Tayyip Erdoğan has offered to host a meeting between Volodymyr Zelensky and Vladimir Putin in Istanbul.",
			[]string{"meeting hypothetical [Vladimir Putin, Volodymyr Zelenskyy] absent[] .. @Istanbul"}},
		{"called for talks is no meeting",
			"Olaf Scholz called for talks between Volodymyr Zelensky and Vladimir Putin.",
			[]string{"meeting hypothetical [Vladimir Putin, Volodymyr Zelenskyy] absent[] .. @"}},
		{"a relative clause before the predicate",
			"A summit with Olaf Scholz and Emmanuel Macron, which Joe Biden had proposed to hold in Rome, never took place.",
			nil},
		{"was in a city for talks with",
			"Fumio Kishida, who was in Seoul on Monday for talks with Yoon Suk Yeol, said relations would improve.",
			[]string{"meeting occurred [Fumio Kishida, Yoon Suk Yeol] absent[] 2024-03-11..2024-03-11 @Seoul"}},
		{"went on from there to see",
			"Ursula von der Leyen travelled to Beijing on Monday and went on from there to Shanghai to see Li Qiang.",
			[]string{
				"visit occurred [China, Ursula von der Leyen] absent[] 2024-03-11..2024-03-11 @Beijing",
				"meeting occurred [Li Qiang, Ursula von der Leyen] absent[] 2024-03-11..2024-03-11 @Shanghai"}},
		{"put off a trip",
			"Olaf Scholz put off a trip to Beijing that had been planned for Wednesday.",
			[]string{"visit cancelled [China, Olaf Scholz] absent[] .. @Beijing"}},
		{"called someone",
			"Joe Biden called Emmanuel Macron on Tuesday.",
			[]string{"call occurred [Emmanuel Macron, Joe Biden] absent[] 2024-03-12..2024-03-12 @"}},
		{"called a titled person",
			"Joe Biden called French President Emmanuel Macron on Tuesday.",
			[]string{"call occurred [Emmanuel Macron, Joe Biden] absent[] 2024-03-12..2024-03-12 @"}},
		{"called someone a name is no call",
			"Donald Trump called Volodymyr Zelensky a dictator on Tuesday.",
			nil},
		{"called on someone is no call",
			"Olaf Scholz called on Vladimir Putin to withdraw on Tuesday.",
			nil},
		{"spoke by phone to",
			"Barack Obama, who spoke by phone to Vladimir Putin on Tuesday, urged restraint.",
			[]string{"call occurred [Barack Obama, Vladimir Putin] absent[] 2024-03-12..2024-03-12 @"}},
		{"a date in a participle phrase is not the story's",
			"Olaf Scholz, Emmanuel Macron and Mario Draghi reached Kyiv on Thursday. For Scholz, sworn in as chancellor on Monday, it was a first. The three sat down with Volodymyr Zelensky.",
			[]string{"meeting occurred [Emmanuel Macron, Mario Draghi, Olaf Scholz, Volodymyr Zelenskyy] absent[] 2024-03-14..2024-03-14 @"}},
	})
}

func TestInfinitiveObject(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a meeting someone was asked to help arrange is planned",
			"Volodymyr Zelensky had asked Naftali Bennett on Monday to help arrange a meeting with Vladimir Putin.",
			[]string{"meeting planned [Vladimir Putin, Volodymyr Zelenskyy] absent[] 2024-03-11..2024-03-11 @"}},
		{"talks someone tried to broker are planned",
			"On Monday Olaf Scholz tried to broker talks between Vladimir Putin and Volodymyr Zelensky.",
			[]string{"meeting planned [Vladimir Putin, Volodymyr Zelenskyy] absent[] 2024-03-11..2024-03-11 @"}},
		{"a light verb after to still decides",
			"Olaf Scholz flew to Paris on Monday to hold talks with Emmanuel Macron.",
			[]string{"visit occurred [France, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Paris"}},
	})
}
