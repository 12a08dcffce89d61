package events_test

import "testing"

// These sentences are written for the rules they test; none comes from an evaluation
// article. Each family has several phrasings, so that a rule fitted to one fails here.

func TestContactVerbs(t *testing.T) {
	runContactTests(t, []contactTest{
		{"spoke face to face",
			"Joe Biden and Xi Jinping spoke face to face in Lima on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Lima"}},
		{"came face to face with",
			"Olaf Scholz came face to face with Vladimir Putin in Moscow on Tuesday.",
			[]string{"meeting occurred [Olaf Scholz, Vladimir Putin] absent[] 2024-03-12..2024-03-12 @Moscow"}},
		{"had seen someone",
			"Emmanuel Macron had already seen Olaf Scholz in Berlin on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
		{"saw an idea is no meeting",
			"Emmanuel Macron saw an opening in Berlin on Monday.",
			nil},
		{"took someone to lunch",
			"Fumio Kishida took Joe Biden to lunch in Tokyo on Tuesday.",
			[]string{"meeting occurred [Fumio Kishida, Joe Biden] absent[] 2024-03-12..2024-03-12 @Tokyo"}},
		{"handed someone a letter",
			"Olaf Scholz handed Joe Biden a letter in Washington on Wednesday.",
			[]string{"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @Washington"}},
		{"gave a banquet for",
			"Xi Jinping gave a banquet for Emmanuel Macron in Beijing on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Beijing"}},
		{"dined, with no partner after it",
			"Joe Biden and Emmanuel Macron dined in Paris on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Joe Biden] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"appeared together",
			"Narendra Modi and Joe Biden appeared together in Washington on Thursday.",
			[]string{"meeting occurred [Joe Biden, Narendra Modi] absent[] 2024-03-14..2024-03-14 @Washington"}},
		{"paid a courtesy call on",
			"Joe Biden paid a courtesy call on King Charles III in London on Monday.",
			[]string{"meeting occurred [Charles III, Joe Biden] absent[] 2024-03-11..2024-03-11 @London"}},
		{"spoke by video link",
			"Joe Biden and Xi Jinping spoke by video link on Monday.",
			[]string{"call occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @"}},
		{"had spoken by telephone",
			"Olaf Scholz and Emmanuel Macron had spoken by telephone on Tuesday.",
			[]string{"call occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @"}},
		{"the four leaders",
			"Olaf Scholz, Emmanuel Macron, Vladimir Putin and Volodymyr Zelensky met in Minsk on Monday. The four leaders then held a telephone conversation on Wednesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz, Vladimir Putin, Volodymyr Zelenskyy] absent[] 2024-03-11..2024-03-11 @Minsk",
				"call occurred [Emmanuel Macron, Olaf Scholz, Vladimir Putin, Volodymyr Zelenskyy] absent[] 2024-03-13..2024-03-13 @"}},
	})
}

func TestDescriptions(t *testing.T) {
	runContactTests(t, []contactTest{
		{"the Russian leader is the person named with a Russian office",
			"Russian President Vladimir Putin arrived in Paris on Monday. On Tuesday, Olaf Scholz had talks with the Russian leader.",
			[]string{"visit occurred [France, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @Paris",
				"meeting occurred [Olaf Scholz, Vladimir Putin] absent[] 2024-03-12..2024-03-12 @"}},
		{"a later appearance of the same people is the same event",
			"Joe Biden hosted Fumio Kishida and Yoon Suk Yeol for a summit at Camp David on Friday. After their talks, the three leaders appeared together before reporters.",
			[]string{"summit occurred [Fumio Kishida, Joe Biden, Yoon Suk Yeol] absent[] 2024-03-15..2024-03-15 @Camp David"}},
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

func TestSurnames(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a surname goes to the named person in office, not the latest named",
			"North Korean leader Kim Jong Un met Vladimir Putin in Vladivostok on Monday. His father, Kim Jong Il, had visited Russia in 2011. On Tuesday, Kim met Sergei Shoigu in Vladivostok.",
			[]string{"meeting occurred [Kim Jong Un, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @Vladivostok",
				"visit occurred [Kim Jong Il, Russia] absent[] 2011-01-01..2011-12-31 @Russia",
				"meeting occurred [Kim Jong Un, Sergei Shoigu] absent[] 2024-03-12..2024-03-12 @Vladivostok"}},
		{"a month is not a surname",
			"Theresa May met Olaf Scholz in London in 2019. Scholz met Joe Biden in Berlin in May.",
			[]string{"meeting occurred [Olaf Scholz, Theresa May] absent[] 2019-01-01..2019-12-31 @London",
				"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2023-05-01..2023-05-31 @Berlin"}},
	})
}
