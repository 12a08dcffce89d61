package events_test

import "testing"

// These sentences are written for the rules they test; none comes from an evaluation
// article.

func TestPronounAgreement(t *testing.T) {
	runContactTests(t, []contactTest{
		{"he skips a woman named last",
			"Olaf Scholz arrived in London on Monday. On Tuesday he held talks with Prime Minister Theresa May, and on Wednesday he met King Charles III.",
			[]string{"visit occurred [Olaf Scholz, United Kingdom] absent[] 2024-03-11..2024-03-11 @London",
				"meeting occurred [Olaf Scholz, Theresa May] absent[] 2024-03-12..2024-03-12 @",
				"meeting occurred [Charles III, Olaf Scholz] absent[] 2024-03-13..2024-03-13 @"}},
		{"his prefers the subject over the object",
			"Antony Blinken laid the groundwork when he met Wang Yi in Beijing on Monday, on his first trip to China.",
			[]string{"meeting occurred [Antony Blinken, Wang Yi] absent[] 2024-03-11..2024-03-11 @Beijing",
				"visit occurred [Antony Blinken, China] absent[] 2024-03-11..2024-03-11 @China"}},
		{"a sentence-initial subject before a parenthetical",
			"Emmanuel Macron met Vladimir Putin in Moscow on Monday. Olaf Scholz, for his part, was in Washington on Monday, where he was received by Joe Biden.",
			[]string{"meeting occurred [Emmanuel Macron, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @Moscow",
				"meeting occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Washington"}},
	})
}

func TestPluralAnaphors(t *testing.T) {
	runContactTests(t, []contactTest{
		{"the two presidents are not a president and a prime minister",
			"Joe Biden and Russian President Vladimir Putin met in Geneva on Wednesday. Biden then held talks with Prime Minister Rishi Sunak in London on Thursday. The two presidents had met before, in Rome in October 2021.",
			[]string{"meeting occurred [Joe Biden, Vladimir Putin] absent[] 2024-03-13..2024-03-13 @Geneva",
				"meeting occurred [Joe Biden, Rishi Sunak] absent[] 2024-03-14..2024-03-14 @London",
				"meeting occurred [Joe Biden, Vladimir Putin] absent[] 2021-10-01..2021-10-31 @Rome"}},
		{"the two includes the person the sentence names",
			"Emmanuel Macron met Olaf Scholz in Berlin on Monday. Xi Jinping met Vladimir Putin in Moscow on Tuesday. Macron proposed the meeting when the two spoke by phone in January.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin",
				"meeting occurred [Vladimir Putin, Xi Jinping] absent[] 2024-03-12..2024-03-12 @Moscow",
				"call occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-01-01..2024-01-31 @"}},
	})
}

func TestSubjectsAndObjects(t *testing.T) {
	runContactTests(t, []contactTest{
		{"a coordinated subject with a possessive appositive",
			"Joe Biden and China's president, Xi Jinping, ended talks in San Francisco on Wednesday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-13..2024-03-13 @San Francisco"}},
		{"a subject that is a possessive appositive alone",
			"Japan's prime minister, Fumio Kishida, met Joe Biden in Washington on Wednesday.",
			[]string{"meeting occurred [Fumio Kishida, Joe Biden] absent[] 2024-03-13..2024-03-13 @Washington"}},
		{"a comma and opens a new subject after a place",
			"Narendra Modi was received by Emmanuel Macron at the Elysee Palace, and Olaf Scholz held talks with Macron there on Tuesday.",
			[]string{"meeting occurred [Emmanuel Macron, Narendra Modi] absent[] 2024-03-12..2024-03-12 @Paris",
				"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"a possessive description before an appositive object",
			"Vladimir Putin held a televised meeting with his foreign minister, Sergei Lavrov, on Monday.",
			[]string{"meeting occurred [Sergey Lavrov, Vladimir Putin] absent[] 2024-03-11..2024-03-11 @"}},
		{"a role after as is not a partner",
			"Keir Starmer held his first meeting as prime minister with Emmanuel Macron in Paris on Thursday.",
			[]string{"meeting occurred [Emmanuel Macron, Keir Starmer] absent[] 2024-03-14..2024-03-14 @Paris"}},
		{"a call from someone",
			"Olaf Scholz took a call from Joe Biden on Tuesday.",
			[]string{"call occurred [Joe Biden, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @"}},
	})
}

func TestMeetingPhrases(t *testing.T) {
	runContactTests(t, []contactTest{
		{"spent hours alone",
			"Joe Biden and Xi Jinping spent more than three hours alone in Bali on Monday.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali"}},
		{"talked for hours",
			"Emmanuel Macron and Olaf Scholz talked for more than four hours in Berlin on Monday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-11..2024-03-11 @Berlin"}},
		{"exchanged a few words at a gathering",
			"Joe Biden and Xi Jinping exchanged a few words at a regional gathering in Lima, Peru, in November 2023.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2023-11-01..2023-11-30 @Lima"}},
		{"had dinner with",
			"Olaf Scholz had dinner with Emmanuel Macron in Paris on Tuesday.",
			[]string{"meeting occurred [Emmanuel Macron, Olaf Scholz] absent[] 2024-03-12..2024-03-12 @Paris"}},
		{"since hosting him",
			"Emmanuel Macron has courted Narendra Modi since hosting him in Paris in July 2023.",
			[]string{"meeting occurred [Emmanuel Macron, Narendra Modi] absent[] 2023-07-01..2023-07-31 @Paris"}},
		{"a handshake after a relative clause with another date",
			"Joe Biden met Xi Jinping in Bali in November 2022. The two leaders, who first met in Bali in November 2022, renewed their ties on Wednesday with a handshake in San Francisco.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2022-11-01..2022-11-30 @Bali",
				"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-13..2024-03-13 @San Francisco"}},
	})
}

func TestJoinersAndVisits(t *testing.T) {
	runContactTests(t, []contactTest{
		{"aides joined them afterward: a second meeting",
			"Joe Biden and Xi Jinping met alone in Bali on Monday. Aides including Antony Blinken and Wang Yi joined them afterward for lunch.",
			[]string{"meeting occurred [Joe Biden, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali",
				"meeting occurred [Antony Blinken, Joe Biden, Wang Yi, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali"}},
		{"joined someone at the table; accompanied by a described aide",
			"Joe Biden met Xi Jinping in Bali on Monday. Antony Blinken joined Biden at the table; Xi was accompanied by Wang Yi, his top diplomat, and Foreign Minister Qin Gang.",
			[]string{"meeting occurred [Antony Blinken, Joe Biden, Qin Gang, Wang Yi, Xi Jinping] absent[] 2024-03-11..2024-03-11 @Bali"}},
		{"wives accompany without taking part",
			"Joe Biden dined with Emmanuel Macron in Paris on Monday, accompanied by their wives, Jill Biden and Brigitte Macron.",
			[]string{"meeting occurred [Emmanuel Macron, Joe Biden] absent[] 2024-03-11..2024-03-11 @Paris"}},
		{"a visit received by a host is a meeting with the host",
			"Fumio Kishida was received by Joe Biden at the White House on Wednesday, on the first state visit to Washington by a Japanese leader in nine years.",
			[]string{"meeting occurred [Fumio Kishida, Joe Biden] absent[] 2024-03-13..2024-03-13 @Washington"}},
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
		{"the dateline is not the subject",
			"PANMUNJOM, South Korea — Kim Jong Un walked across the line on Friday and shook hands with Yoon Suk Yeol.",
			[]string{"meeting occurred [Kim Jong Un, Yoon Suk Yeol] absent[] 2024-03-15..2024-03-15 @Panmunjom"}},
	})
}
